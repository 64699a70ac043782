"""Pages lg05-lg08 of handmade63 (development set; all papers, firms, names, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, spaced, wrap


# ---------------------------------------------------------------------------
def lg05() -> Page:
    """Evening paper 房产·家居 page extracted with a blank line after EVERY line: a property 软文 marked 【广告】
    with a slogan line; ordinary market news; a display advertisement of the same project; an ordinary
    subsidy item with run-in dateline."""
    pg = Page("lg05.txt", cols=22, indent=FW * 2, blanks="every", seed=6305,
              style="evening paper 房产·家居 page extracted with a blank line after EVERY line: header on two lines; a property 软文 marked 【广告】 on a line of its own over its headline, with a slogan line in quotation marks under the headline and no byline; ordinary market news with byline line 本报记者 X; a display advertisement of the project (name, 耀世加推, sizes, 营销中心 address, 品鉴热线, 本广告仅为要约邀请; not an article); ordinary 家装补贴 item with run-in 本报讯（记者 X）; footer")
    pg.furniture(["湄城晚报　" + cn_date(2034, 4, 16),
                  "B4　房产·家居"], "page header")
    pg.furniture(["【广告】"], "the mark 【广告】 over the advertorial (not part of it)")
    a = Article(
        "a", "云栖府：把公园搬到家门口",
        notes="**new** Property advertorial (软文) marked 【广告】: headline and running prose, so an article (kind "
              "article) with no byline and no authors. The slogan line “湖居生活　从云栖开始” under the headline is "
              "neither subtitle nor body. Page extracted with a blank line after every line.",
        paras=[
            "推开窗，是一片波光粼粼的湖面；走下楼，是绿树成荫的湖滨公园。位于湄城东湖板块的云栖府，正把这样的生活变成现实。",
            "项目紧邻占地1200亩的东湖公园，规划建设18栋湖景洋房，社区绿地率达到40%。项目周边3公里内配建有幼儿园、九年一贯制学校和三甲医院分院，地铁3号线东湖站步行约8分钟可达。",
        ])
    pg.headline(a)
    pg.line(a, "“湖居生活　从云栖开始”", "slogan")
    pg.body(a)
    b = Article(
        "b", "3月新房成交面积环比增长12%",
        byline="本报记者　钟离雪", authors=["钟离雪"],
        notes="Ordinary market news on the advertorial page; byline line 本报记者 X.",
        paras=[
            "湄城市房地产交易中心数据显示，3月份全市新建商品住房成交面积62.8万平方米，环比增长12%，同比增长5.4%。改善型住房成交占比明显提升，120平方米以上户型成交套数占比达到37%。",
            "业内人士认为，随着一季度多项购房支持政策落地，市场信心正在逐步恢复。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["云栖府　二期　耀世加推",
                  "建面约98—143㎡湖景洋房",
                  "营销中心：湄城市东湖路2号",
                  "品鉴热线：0×××-6688××××",
                  "（本广告仅为要约邀请）"], "display advertisement of the project (not an article)")
    c = Article(
        "c", "家装消费补贴开始申领",
        byline="本报讯（记者　钟离雪）", authors=["钟离雪"], lead="本报讯（记者　钟离雪）",
        notes="Ordinary item after the display advertisement. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "4月15日起，湄城市民购买绿色建材、智能家居等产品并开展旧房装修的，可通过“湄城消费”平台申领补贴，单户最高补贴5000元，补贴资金总额3000万元，先到先得。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["编辑：庄一禾　　校对：邵北"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lg06() -> Page:
    """Business weekly 专题 page with column breaks: long 专题 feature (kicker 专题报道·…, headline, ——副题,
    byline line ■文／本刊记者 X, crossheads); a 声音 box of quotes from the feature; a 企业风采 profile; a 名单 list;
    an ordinary item signed at the end; 协办 line."""
    pg = Page("lg06.txt", cols=28, indent=FW * 2, blanks="some", colbreak=12, seed=6306, p_para=0.4, p_gap=0.85,
              style="business weekly 专题 page, blank lines sometimes plus column breaks (a blank line every 12 body lines, also inside paragraphs): header on two lines; 专题 feature with 引题 kicker 专题报道·产业数字化, headline with a quoted phrase, ——副题, byline line ■文／本刊记者 X and three 一、二、三 crossheads; label 声音 over a box of three quotes each ending with ——NAME post (pull quotes, not an article); label 企业风采 over a company profile with headline, slogan line and 服务热线 line; 专精特新 名单 list; ordinary item with the credit （通讯员 X） run in at the end; footer with 本版由…协办")
    pg.furniture(["汉石财经周刊　2038年11月26日　第47期",
                  "专题　SPECIAL REPORT"], "page header")
    pg.blank()
    a = Article(
        "a", "数字化转型的“石川样本”",
        subtitle="——石川经开区推进中小企业数字化转型调查",
        byline="■文／本刊记者　欧阳知微", authors=["欧阳知微"],
        notes="专题 feature on a page the park sponsors (本版由…协办 at the foot): article by the weekly's reporter. "
              "The 引题 kicker 专题报道·产业数字化 is neither title nor subtitle; the ——副题 is the subtitle. Byline "
              "line ■文／本刊记者 X: the writer is the author. Crossheads 一、二、三 are body. Page with column breaks.",
        paras=[
            "数字化转型，中小企业“不敢转、不会转、转不起”的难题如何破解？石川经济技术开发区用三年时间给出了自己的答案：全区1460家规上中小企业中，已有1130家完成数字化改造，改造后平均生产效率提高23%，运营成本下降14%。",
            Cross("一、“小快轻准”降门槛"),
            "“一套系统动辄上百万元，我们这样的小厂根本用不起。”石川宏达五金制品公司总经理柯书远回忆说。转机出现在2036年，经开区引入6家工业软件服务商，开发出按月付费的轻量化应用，企业每月花几千元就能用上设备联网和订单管理系统。",
            Cross("二、“链主”带动“链群”"),
            "经开区还推动龙头企业开放自身的数字化平台，带动上下游配套企业“上云用数”。仅汉石汽车一家，就带动了186家配套企业接入其供应链协同平台，订单交付周期平均缩短5天。",
            Cross("三、真金白银给支持"),
            "三年来，经开区累计安排数字化转型专项资金4.2亿元，对企业改造投入给予最高30%的补助，并联合银行推出“数改贷”，累计放款27亿元。",
        ])
    pg.article(a, kicker="专题报道·产业数字化")
    pg.gap()
    pg.furniture(["声音",
                  "“数字化不是选择题，而是必答题。”",
                  "——石川宏达五金制品公司总经理　柯书远",
                  "“平台开放出去，整条链都跑得更快。”",
                  "——汉石汽车信息中心主任　邢以宁",
                  "“我们要做的，是让企业转得起、转得好。”",
                  "——石川经开区经济发展局局长　沈立"], "声音 box of quotes lifted from the feature (pull quotes, not an article)")
    pg.gap()
    pg.furniture(["企业风采"], "column label 企业风采")
    b = Article(
        "b", "石川云帆工业软件有限公司", section="企业风采",
        notes="Company profile under the label 企业风采 (section); company name as the headline is the title; the "
              "slogan line 让每一台设备都会“说话” is neither subtitle nor body; no byline; the 服务热线 line after "
              "the body is not body.",
        paras=[
            "石川云帆工业软件有限公司是经开区引进的首批数字化转型服务商之一，专注于为中小制造企业提供设备联网、生产管理等轻量化工业软件。公司已服务企业620余家，去年营业收入增长58%。",
        ])
    pg.headline(b)
    pg.line(b, "让每一台设备都会“说话”", "slogan")
    pg.gap()
    pg.body(b)
    pg.furniture(["服务热线：400-×××-6868"], "服务热线 line of the profile (not body)")
    pg.gap()
    pg.furniture(["2038年石川市专精特新中小企业（第一批）",
                  "石川云帆工业软件有限公司",
                  "石川宏达五金制品有限公司",
                  "石川精诚模具有限公司",
                  "石川恒泰液压科技有限公司"], "名单 list (not an article)")
    pg.gap()
    c = Article(
        "c", "经开区举办数字化转型供需对接会",
        byline="（通讯员　蓝小禾）", authors=["蓝小禾"], tail="（通讯员　蓝小禾）",
        notes="Ordinary item on the sponsored page; the credit （通讯员 X） run in at the end is the byline, excluded "
              "from last.",
        paras=[
            "11月24日，石川经开区举办中小企业数字化转型供需对接会，42家服务商与210余家企业面对面交流，现场达成合作意向68项，意向金额1.3亿元。",
        ])
    pg.article(c, order=("kicker", "headline", "subtitle", "body"))  # run-in byline: no byline line
    pg.blank()
    pg.furniture(["本版由石川经济技术开发区管委会协办　　责编：甘棠　美编：晏秋"], "footer with sponsor line")
    return pg


# ---------------------------------------------------------------------------
def lg07() -> Page:
    """City daily 金融 page sponsored by a bank: 协办 line under the header; a bank advertorial with byline
    文／图　BANK　X and a photo caption with credit after it; ordinary finance news with run-in dateline; 温馨提示
    box; community item signed at the end; hotline + QR box."""
    pg = Page("lg07.txt", cols=38, indent="  ", blanks="some", seed=6307, p_para=0.3, p_gap=0.9,
              style="city daily 金融·理财 page, blank lines sometimes: header on two lines and the line 本版由…协办 under it; bank advertorial with headline quoting a pun (“贷”), byline line 文／图　泓州农商银行　X (the bank's name between the mark and the writer), a photo caption with credit X　摄 after the body; ordinary finance news with run-in 本报讯（记者 X）; 温馨提示 risk-warning box (not an article); 反诈 item with the credit （通讯员 X） run in at the end; 服务热线 + QR-code box of the bank; footer")
    pg.furniture(["泓州日报　" + cn_date(2033, 6, 9) + "　第10版",
                  "金融·理财　　责任编辑：尹朝露"], "page header")
    pg.furniture(["本版由泓州农村商业银行协办"], "sponsor line (furniture)")
    pg.blank()
    a = Article(
        "a", "普惠金融“贷”动小微成长",
        byline="文／图　泓州农商银行　宁小帆", authors=["宁小帆"],
        notes="**new** The sponsoring bank's own publicity text (no 广告 mark, but written by the bank): headline and "
              "running prose, an article. Byline 文／图　BANK　X: the bank's name is not a person; the writer 宁小帆 is "
              "the author. The photo caption with credit 宁小帆　摄 after the body is not body. Customers quoted "
              "are not authors.",
        paras=[
            "“要不是农商银行的‘快贷’，这批订单差点就接不下来了。”泓州市南塘镇一家箱包厂的负责人付青说。今年4月，工厂接到一笔外贸订单，急需采购原材料，泓州农商银行客户经理上门调查，3天内就发放了80万元信用贷款。",
            "今年以来，泓州农商银行持续加大对小微企业和个体工商户的信贷支持，推出“快贷”“税易贷”“码商贷”等线上产品。截至5月末，该行普惠小微贷款余额达到186亿元，比年初增加21亿元，贷款平均利率较去年同期下降0.35个百分点。",
        ])
    pg.article(a)
    pg.furniture(["▲泓州农商银行客户经理在南塘镇走访小微企业。",
                  "宁小帆　摄"], "photo caption with credit (not body)")
    pg.blank()
    b = Article(
        "b", "前5个月全市新增人民币贷款1126亿元",
        byline="本报讯（记者　甄书言）", authors=["甄书言"], lead="本报讯（记者　甄书言）",
        notes="Ordinary finance news on the sponsored page. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从人民银行泓州市分行获悉，今年1月至5月，全市新增人民币贷款1126亿元，同比多增87亿元。5月末，全市本外币各项贷款余额1.46万亿元，同比增长10.2%，其中制造业中长期贷款增长24.6%。",
        ])
    pg.article(b, order=("kicker", "headline", "subtitle", "body"))  # run-in byline: no byline line
    pg.blank()
    pg.furniture(["温馨提示",
                  "理财非存款，产品有风险，投资须谨慎。",
                  "本产品由泓州农商银行代销，具体以产品说明书为准。"], "温馨提示 risk-warning box (not an article)")
    pg.blank()
    c = Article(
        "c", "反诈宣传走进夜市",
        byline="（通讯员　丘若）", authors=["丘若"], tail="（通讯员　丘若）",
        notes="Short community item; the credit （通讯员 X） run in at the end is the byline, excluded from last.",
        paras=[
            "6月7日晚，泓州农商银行组织青年志愿者走进城西夜市，向摊主和市民发放防范电信网络诈骗宣传手册1200余份，提醒大家不要出租出借银行卡，不轻信“刷单返利”等信息。",
        ])
    pg.article(c, order=("kicker", "headline", "subtitle", "body"))  # run-in byline: no byline line
    pg.blank()
    pg.furniture(["泓州农商银行服务热线：96××8",
                  "（二维码）扫码下载泓州农商手机银行"], "hotline and QR-code caption of the bank (not an article)")
    pg.blank()
    pg.furniture(["版式：岳小川　　校对：霍宁"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lg08() -> Page:
    """Provincial daily 招商推介 page in a wide column, no indent: display slogan spread over two lines; 推介
    feature; 招商项目 table; an ordinary news item whose body is printed BEFORE its headline and byline line
    记者 X　报道; 投资热线 + QR box; ordinary item with run-in dateline."""
    pg = Page("lg08.txt", cols=40, indent="", blanks="para", seed=6308,
              style="provincial daily 招商推介 page, NO indent, blank lines between paragraphs and blocks: header on three lines; display slogan 向海图强 / 青屿港城 letter-spaced over two lines (furniture); 推介 feature with headline of two phrases parted by a colon, byline line 青屿日报记者 X; 招商项目 table (title, header row, four rows; not an article); ordinary forum news whose body is printed BEFORE its headline and the byline line 记者　X　报道; 投资热线 + QR-code box (not an article); ordinary item with run-in 本报讯（记者 X）; footer")
    pg.furniture(["青屿日报",
                  cn_date(2039, 5, 20) + "　第9版",
                  "招商推介·临港新区"], "page header")
    pg.blank()
    pg.furniture(["向　海　图　强", "青　屿　港　城"], "display slogan letter-spaced over two lines (not an article)")
    pg.blank()
    a = Article(
        "a", "临港新区：一座产业新城正在崛起",
        byline="青屿日报记者　谷雨辰", authors=["谷雨辰"],
        notes="推介 feature on the 招商推介 page written by the paper's reporter: article. Byline line with the paper's "
              "name 青屿日报记者 X: the reporter is the author. Officials named are not authors.",
        paras=[
            "站在临港新区规划展示馆的顶层远眺，一边是吞吐繁忙的深水码头，一边是拔地而起的厂房。五年前，这里还是大片的盐田和养殖塘。",
            "依托青屿港的深水岸线，临港新区重点发展海洋装备、绿色石化和冷链物流三大产业，累计引进项目152个，总投资超过1300亿元。去年，新区实现地区生产总值468亿元，同比增长11.8%。",
            "“我们为每个重大项目配备一名‘项目管家’，从签约到开工最快只用了47天。”临港新区管委会主任华秉正说。今年，新区还将推出总面积3200亩的标准化产业用地，面向海内外招商。",
        ])
    pg.article(a)
    pg.blank()
    pg.furniture(["临港新区重点招商项目（部分）",
                  "项目名称　　　　　　　　投资额（亿元）　合作方式",
                  "海洋工程装备产业园　　　　　60　　　　　独资／合资",
                  "冷链物流枢纽（二期）　　　　25　　　　　合资",
                  "海上风电运维基地　　　　　　18　　　　　独资",
                  "绿色甲醇储运项目　　　　　　32　　　　　合资"], "招商项目 table (not an article)")
    pg.blank()
    b = Article(
        "b", "首届青屿海洋经济论坛开幕",
        byline="记者　谷雨辰　报道", authors=["谷雨辰"],
        notes="Ordinary news item whose body is printed FIRST and whose headline and byline line 记者 X　报道 come "
              "AFTER it (as extraction read the column). The reporter is the author.",
        paras=[
            "5月19日，首届青屿海洋经济论坛在临港新区开幕。来自国内外的300余名专家学者和企业代表围绕海洋装备、海洋能源、智慧港口等议题展开研讨。论坛期间，临港新区与16家企业签约，项目总投资212亿元。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    pg.furniture(["临港新区投资服务热线：0×××-8666××××",
                  "电子邮箱：invest@lgxq.gov.cn",
                  "（二维码）扫一扫　获取招商政策"], "投资热线 and QR-code box (not an article)")
    pg.blank()
    c = Article(
        "c", "青屿港前4个月集装箱吞吐量增长14%",
        byline="本报讯（记者　季明川）", authors=["季明川"], lead="本报讯（记者　季明川）",
        notes="Ordinary port news. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从青屿港集团获悉，今年1月至4月，青屿港完成集装箱吞吐量286万标箱，同比增长14%；新开通外贸航线5条，航线总数达到118条。",
        ])
    pg.article(c, order=("kicker", "headline", "subtitle", "body"))  # run-in byline: no byline line
    pg.blank()
    pg.furniture(["本版编辑：宫远　　美术编辑：卢晓　　校对：柏川"], "footer")
    return pg


PAGES = [lg05, lg06, lg07, lg08]
