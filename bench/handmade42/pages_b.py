"""Pages kl05-kl08 of handmade42 (development set; all papers, firms, stock codes, indices, exchanges,
people, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date

GUARANTEE_SH = ("本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
                "准确性和完整性承担法律责任。")
GUARANTEE_SZ = "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"

ANNOUNCEMENT_NOTE = (
    "**new:** a listed company's announcement (公告) on a 信息披露 page is an article: the line 证券代码：…　证券简称：…"
    "　公告编号：… above it is neither title nor body (printed like a kicker); the title is the company's name and "
    "the 关于…的公告 line, joined when printed on two lines; the body runs from the 董事会保证 paragraph (part of "
    "the text) through the numbered sections (一、二、 crossheads are body, as are the ● 重要内容提示 items) to "
    "特此公告。 inclusive; the board's signature and the date after it are not body. The signature is the byline "
    "as printed; a board is not a person: no authors.")


def sign(cols: float, text: str) -> str:
    """A right-aligned signature or date line."""
    return FW * int(cols - len(text)) + text


# ---------------------------------------------------------------------------
def kl05() -> Page:
    """信息披露 page of a securities daily: three company announcements (股份质押 with a table printed inside
    the body; 权益分派实施公告; 股票交易异常波动 with a 风险提示 section and the signature on two lines with a
    date in Chinese numerals), blank lines only between announcements."""
    cols = 46
    pg = Page("kl05.txt", cols=cols, indent=FW * 2, blanks="arts", seed=4205,
              style="securities daily 信息披露 page, blank lines only between announcements: header on two lines (B5　信息披露; paper + date with weekday); three company announcements, each under its line 证券代码：…　证券简称：…　公告编号：…: (1) 控股股东股份质押 (title on two lines: company / 关于…的公告; 董事会保证 paragraph; 重要内容提示： with ● items; sections 一、二、三、; a pledge TABLE printed inside the body between two paragraphs; 特此公告。; right-aligned board signature and date); (2) 年度权益分派实施公告 (title on two lines, numbered sub-items 1. 2. 3.); (3) 股票交易异常波动 (title on ONE line, the 深市 form of the 保证 sentence, sections up to 四、风险提示, signature on TWO lines company / 董事会 and a date in Chinese numerals); footer with disclosure hotline and editor")
    pg.furniture(["B5　信息披露",
                  "瀚海证券报　" + cn_date(2035, 6, 13)], "page header")
    pg.blank()
    a = Article(
        "a", "衡川科技股份有限公司关于控股股东部分股份质押的公告",
        head=["衡川科技股份有限公司", "关于控股股东部分股份质押的公告"],
        byline="衡川科技股份有限公司董事会",
        notes=ANNOUNCEMENT_NOTE + " The pledge table printed between two paragraphs of section 一 is not body.",
        paras=[
            GUARANTEE_SH,
            Cross("重要内容提示："),
            "●截至本公告披露日，公司控股股东衡川投资控股集团有限公司（以下简称“衡川控股”）持有公司股份21,486.52万股，占公司总股本的34.27%。本次质押后，衡川控股累计质押公司股份9,860.00万股，占其所持公司股份的45.89%，占公司总股本的15.73%。",
            Cross("一、本次股份质押的基本情况"),
            "公司于2035年6月12日接到控股股东衡川控股的通知，获悉其将所持有的本公司部分股份办理了质押业务，具体情况如下：",
            "本次质押股份不存在被用作重大资产重组业绩补偿等事项的担保或其他保障用途的情况。",
            Cross("二、控股股东累计质押股份情况"),
            "截至本公告披露日，衡川控股累计质押公司股份9,860.00万股，其中已质押股份中不存在限售股份，亦不存在被冻结的情况。未来半年内到期的质押股份数量为2,300.00万股，占其所持公司股份的10.70%，对应融资余额3.2亿元；未来一年内到期的质押股份数量为4,150.00万股（含半年内到期部分），对应融资余额5.8亿元。",
            Cross("三、其他说明"),
            "衡川控股资信状况良好，还款资金来源主要为其自有及自筹资金，具备相应的资金偿还能力，本次质押风险可控，不会导致公司实际控制权发生变更，不会对公司生产经营和公司治理产生影响。公司将持续关注控股股东股份质押情况，并按规定及时履行信息披露义务，敬请广大投资者注意投资风险。",
            "特此公告。",
        ])
    pg.kicker(a, "证券代码：603718　证券简称：衡川科技　公告编号：临2035-031")
    pg.headline(a)
    pg.body(a, end=5)
    pg.furniture(["股东名称　是否为控股股东　本次质押股数（万股）　是否为限售股",
                  "衡川控股　是　　　　　　1,560.00　　　　　　　否",
                  "质押起始日　　质押到期日　　质权人　　　　　　　　　占其所持股份比例",
                  "2035年6月11日　2036年6月10日　瀚海银行股份有限公司滨江支行　7.26%",
                  "占公司总股本比例　质押融资资金用途",
                  "2.49%　　　　　　补充流动资金"], "pledge table inside the announcement (ragged rows; not body)")
    pg.body(a, start=5)
    pg.line(a, sign(cols, "衡川科技股份有限公司董事会"), "byline")
    pg.line(a, sign(cols, "2035年6月13日"), "date")
    pg.blank()
    b = Article(
        "b", "芯朗微电子股份有限公司2034年年度权益分派实施公告",
        head=["芯朗微电子股份有限公司", "2034年年度权益分派实施公告"],
        byline="芯朗微电子股份有限公司董事会",
        notes=ANNOUNCEMENT_NOTE + " Title on two lines (company / 2034年年度权益分派实施公告), joined. The numbered "
              "sub-items (1.发放年度 …) and the contact lines of section 四 are body.",
        paras=[
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。",
            Cross("重要内容提示："),
            "●每股分配比例：A股每股现金红利0.32元（含税）",
            "●相关日期：股权登记日2035年6月18日，除权（息）日2035年6月19日，现金红利发放日2035年6月19日",
            "●差异化分红送转：否",
            Cross("一、通过分配方案的股东大会届次和日期"),
            "本次利润分配方案经公司2035年5月16日召开的2034年年度股东大会审议通过。",
            Cross("二、分配方案"),
            "1.发放年度：2034年年度",
            "2.分派对象：截至股权登记日下午望潮证券交易所收市后，在九州证券登记结算有限责任公司（以下简称“九州结算”）登记在册的本公司全体股东。",
            "3.分配方案：本次利润分配以方案实施前的公司总股本415,680,000股为基数，每股派发现金红利0.32元（含税），共计派发现金红利133,017,600元（含税）。",
            Cross("三、分配实施办法"),
            "除公司自行发放对象外，公司股东的现金红利委托九州结算通过其资金清算系统向股权登记日收市后登记在册并在望潮证券交易所各会员办理了指定交易的股东派发。已办理指定交易的投资者可于红利发放日在其指定的证券营业部领取现金红利，未办理指定交易的股东红利暂由九州结算保管，待办理指定交易后再进行派发。",
            "公司控股股东芯朗控股有限公司的现金红利由公司自行发放。",
            Cross("四、有关咨询办法"),
            "关于本次权益分派如有疑问，请按以下联系方式咨询：",
            "联系部门：公司证券事务部　　联系电话：0755-8642××××",
            "特此公告。",
        ])
    pg.kicker(b, "证券代码：688342　证券简称：芯朗微　公告编号：2035-027")
    pg.headline(b)
    pg.body(b)
    pg.line(b, sign(cols, "芯朗微电子股份有限公司董事会"), "byline")
    pg.line(b, sign(cols, "2035年6月13日"), "date")
    pg.blank()
    c = Article(
        "c", "澄光精密科技股份有限公司关于股票交易异常波动的公告",
        byline="澄光精密科技股份有限公司董事会",
        notes=ANNOUNCEMENT_NOTE + " Title on ONE line. The section 四、风险提示 is part of the announcement (body; "
              "unlike a free-standing 风险提示 box). The signature printed on two lines (company / 董事会) is the "
              "byline, written as one string; the date in Chinese numerals after it is not body.",
        paras=[
            GUARANTEE_SZ,
            Cross("一、股票交易异常波动的情况介绍"),
            "澄光精密科技股份有限公司（以下简称“公司”）股票（证券简称：澄光精密，证券代码：002873）于2035年6月8日、6月11日、6月12日连续三个交易日收盘价格涨幅偏离值累计超过20%，根据澄江证券交易所的有关规定，属于股票交易异常波动的情况。",
            Cross("二、公司关注并核实相关情况的说明"),
            "针对公司股票交易异常波动，公司董事会通过电话及现场问询等方式，对公司控股股东、实际控制人及全体董事、监事、高级管理人员就相关问题进行了核实，现将有关情况说明如下：",
            "1.公司前期披露的信息不存在需要更正、补充之处；",
            "2.公司未发现近期公共传媒报道了可能或已经对公司股票交易价格产生较大影响的未公开重大信息；",
            "3.公司近期经营情况正常，内外部经营环境未发生重大变化；",
            "4.经核查，公司控股股东、实际控制人在公司股票交易异常波动期间不存在买卖公司股票的情形。",
            Cross("三、是否存在应披露而未披露信息的说明"),
            "公司董事会确认，公司目前没有任何根据《澄江证券交易所股票上市规则》等有关规定应予以披露而未披露的事项或与该事项有关的筹划、商谈、意向、协议等；董事会也未获悉公司有根据相关规定应予以披露而未披露的、对公司股票交易价格产生较大影响的信息。",
            Cross("四、风险提示"),
            "1.经自查，公司不存在违反信息公平披露的情形。",
            "2.公司郑重提醒广大投资者：《瀚海证券报》《衢江证券导报》和澄江证券交易所网站为公司指定的信息披露媒体，公司所有信息均以在上述指定媒体刊登的信息为准。请广大投资者理性投资，注意风险。",
            "特此公告。",
        ])
    pg.kicker(c, "证券代码：002873　证券简称：澄光精密　公告编号：2035-045")
    pg.headline(c)
    pg.body(c)
    pg.line(c, sign(cols, "澄光精密科技股份有限公司"), "byline")
    pg.line(c, sign(cols, "董事会"), "byline")
    pg.line(c, sign(cols, "二〇三五年六月十三日"), "date")
    pg.blank()
    pg.furniture(["信息披露热线：0755-8316××××　　传真：0755-8316××××　　本版编辑：俞小阑"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kl06() -> Page:
    """信息披露 page indented with ONE U+3000 and NO blank line anywhere: 回购进展公告; a fund company's
    announcement (no 证券代码 line, its own 风险提示 section); an announcement cut off by the jump line
    （下转C4版） with no 特此公告 and no signature on this page."""
    cols = 38
    pg = Page("kl06.txt", cols=cols, indent=FW, blanks="never", seed=4206,
              style="securities guide 信息披露 page indented with ONE U+3000 and NO blank line anywhere: header on two lines (paper + date with weekday; C3　信息披露); three announcements run together: (1) 回购股份进展公告 under its 证券代码 line (title on two lines, ● 重要内容提示, sections 一、二、三、, 特此公告。, signature and date); (2) a FUND COMPANY's announcement with no 证券代码 line and no 保证 paragraph (title broken over two lines in mid-phrase, numbered fund list, web addresses, its own section 四、风险提示, signature of the company and date); (3) 一致性评价 announcement under its 证券代码 line whose text breaks off in mid-sentence at the jump line （下转C4版）: no 特此公告 and no signature on this page; footer")
    pg.furniture(["衢江证券导报　" + cn_date(2035, 6, 13),
                  "C3　信息披露"], "page header")
    a = Article(
        "a", "北辰通联科技股份有限公司关于以集中竞价交易方式回购股份的进展公告",
        head=["北辰通联科技股份有限公司", "关于以集中竞价交易方式回购股份的进展公告"],
        byline="北辰通联科技股份有限公司董事会",
        notes=ANNOUNCEMENT_NOTE + " No blank line on the page: the next announcement's title follows the date line "
              "directly.",
        paras=[
            GUARANTEE_SH,
            Cross("重要内容提示："),
            "●截至2035年6月12日，公司通过集中竞价交易方式已累计回购股份856.40万股，占公司总股本的0.73%，回购成交的最高价为19.26元/股，最低价为16.58元/股，已支付的总金额为15,218.37万元（不含交易费用）。",
            Cross("一、回购股份的基本情况"),
            "公司于2035年3月26日召开第六届董事会第十一次会议，审议通过了《关于以集中竞价交易方式回购公司股份方案的议案》，同意公司使用自有资金以集中竞价交易方式回购公司股份，回购资金总额不低于人民币1.5亿元（含）且不超过人民币3亿元（含），回购价格不超过人民币25元/股（含），回购期限为自董事会审议通过回购方案之日起12个月内。本次回购的股份将全部用于注销并减少公司注册资本。",
            Cross("二、回购股份的进展情况"),
            "2035年5月1日至6月12日，公司通过集中竞价交易方式回购股份318.20万股，支付金额5,862.15万元（不含交易费用）。截至6月12日，公司累计回购情况详见“重要内容提示”。上述回购进展符合相关法律法规的规定及公司回购股份方案的要求。",
            Cross("三、其他事项"),
            "公司将严格按照相关规定，在回购期限内根据市场情况择机作出回购决策并予以实施，同时根据回购股份事项进展情况及时履行信息披露义务，敬请广大投资者注意投资风险。",
            "特此公告。",
        ])
    pg.kicker(a, "证券代码：600936　证券简称：北辰通联　公告编号：临2035-052")
    pg.headline(a)
    pg.body(a)
    pg.line(a, sign(cols, "北辰通联科技股份有限公司董事会"), "byline")
    pg.line(a, sign(cols, "2035年6月13日"), "date")
    b = Article(
        "b", "澄溪基金管理有限公司关于旗下部分基金新增瀚海银行为销售机构的公告",
        head=["澄溪基金管理有限公司关于旗下部分基金", "新增瀚海银行为销售机构的公告"],
        byline="澄溪基金管理有限公司",
        notes=ANNOUNCEMENT_NOTE + " A fund company's announcement: no 证券代码 line and no 保证 paragraph, so the "
              "body starts with its first sentence; title broken over two lines in mid-phrase, joined. The "
              "numbered fund list, the contact lines with web addresses and the section 四、风险提示 are body. "
              "The signature is the company's name.",
        paras=[
            "根据澄溪基金管理有限公司（以下简称“本公司”）与瀚海银行股份有限公司（以下简称“瀚海银行”）签署的销售协议，自2035年6月14日起，瀚海银行开始销售本公司旗下部分基金。现将有关事项公告如下：",
            Cross("一、适用基金"),
            "1.澄溪成长精选混合型证券投资基金（A类份额代码：018264；C类份额代码：018265）",
            "2.澄溪稳健添利债券型证券投资基金（A类份额代码：009371；C类份额代码：009372）",
            "3.澄溪九州300指数增强型证券投资基金（A类份额代码：012951）",
            Cross("二、业务办理"),
            "自2035年6月14日起，投资者可在瀚海银行办理上述基金的开户、申购、赎回、定期定额投资等业务，具体业务办理流程以瀚海银行的规定为准。上述基金参加瀚海银行费率优惠活动的，具体优惠规则以瀚海银行的公告为准。",
            Cross("三、投资者可通过以下途径咨询有关详情"),
            "1.瀚海银行股份有限公司　客户服务电话：400-630-××××　网址：www.hanhaiyh.cn",
            "2.澄溪基金管理有限公司　客户服务电话：400-018-××××　网址：www.chengxifund.cn",
            Cross("四、风险提示"),
            "本公司承诺以诚实信用、勤勉尽责的原则管理和运用基金资产，但不保证基金一定盈利，也不保证最低收益。基金的过往业绩及其净值高低并不预示其未来业绩表现。投资者投资于本公司基金前应认真阅读基金合同、招募说明书和基金产品资料概要等法律文件，了解所投资基金的风险收益特征，并根据自身风险承受能力选择适合自己的基金产品。",
            "特此公告。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, sign(cols, "澄溪基金管理有限公司"), "byline")
    pg.line(b, sign(cols, "2035年6月13日"), "date")
    c = Article(
        "c", "澜沧药业股份有限公司关于药品通过仿制药质量和疗效一致性评价的公告",
        head=["澜沧药业股份有限公司", "关于药品通过仿制药质量和疗效一致性评价的公告"],
        notes="**new:** announcement whose text breaks off in mid-sentence at the jump line （下转C4版） (not body): "
              "the body ends with the last printed line before it; no 特此公告。 and no signature on this page, so "
              "no byline and no authors. Otherwise as the other announcements (the 证券代码 line is not body, the "
              "保证 paragraph and the numbered items are).",
        paras=[
            GUARANTEE_SH,
            "澜沧药业股份有限公司（以下简称“公司”）于近日收到国家药品监督管理部门核准签发的盐酸二甲双胍缓释片（规格：0.5g）《药品补充申请批准通知书》，该药品通过仿制药质量和疗效一致性评价。现将相关情况公告如下：",
            Cross("一、药品基本情况"),
            "1.药品名称：盐酸二甲双胍缓释片",
            "2.剂型：片剂",
            "3.规格：0.5g",
            "4.注册分类：化学药品",
            "5.药品批准文号：国药准字H5302××××",
            "6.审批结论：本品通过仿制药质量和疗效一致性评价。",
            Cross("二、药品的其他相关情况"),
            "盐酸二甲双胍缓释片主要用于单纯饮食控制及体育锻炼治疗无效的2型糖尿病患者。2034年，公司该药品实现销售收入4,386.52万元，占公司当年营业收入的2.17%。截至本公告披露日，公司在该药品一致性评价项目上已累计投入研发费用约1,860万元（未经审计）。据公开数据查询，目前国内已有",
        ])
    pg.kicker(c, "证券代码：600871　证券简称：澜沧药业　公告编号：临2035-019")
    pg.headline(c)
    pg.body(c)
    pg.furniture([FW * 32 + "（下转C4版）"], "jump line (not body)")
    pg.furniture(["本版编辑：卓一帆　　信息披露热线：0571-8735××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kl07() -> Page:
    """公司 page: lead with ——副题 and byline line; label 公司速递 over five items, each headed by a firm's short
    name and stock code on a line of its own; a securities firm's advertisement; run-in 本报讯（记者 X） item."""
    pg = Page("kl07.txt", cols=26, indent=FW * 2, blanks="para", seed=4207,
              style="securities guide 公司·产业 page, blank lines between paragraphs and blocks: header on two lines (C1　公司·产业; paper + date with weekday); lead with ——副题 and byline line 本报记者 X; label 公司速递 over FIVE items, each headed by the firm's short name and stock code on a line of its own (衡川科技（603718）) over one paragraph, no byline; a securities firm's ADVERTISEMENT (广告 label, firm, slogan, hotline, risk line); run-in 本报讯（记者 X） item; footer with editor and proof-reader")
    pg.furniture(["C1　公司·产业",
                  "衢江证券导报　" + cn_date(2035, 6, 13)], "page header")
    pg.blank()
    a = Article(
        "a", "上市公司回购热情高涨", subtitle="——年内披露回购计划金额超1100亿元",
        byline="本报记者　焦映雪", authors=["焦映雪"],
        notes="——副题 is the subtitle; byline line 本报记者 X. The associate professor quoted (樊知远) is not an author.",
        paras=[
            "今年以来，上市公司回购热情持续高涨。据本报记者统计，截至6月12日，年内共有862家上市公司披露回购计划，拟回购金额上限合计超过1100亿元，同比增长约35%。其中，拟回购金额上限超过10亿元的公司有23家。",
            "与往年相比，今年的回购呈现两个新特点：一是用于注销的回购占比明显提高，约四成公司明确回购股份将用于注销并减少注册资本；二是回购增持专项贷款的运用增多，已有超过200家公司获得银行专项贷款支持。",
            "“注销式回购能够直接减少总股本、提升每股收益，是实实在在回报投资者的方式。”澄江大学管理学院副教授樊知远表示，回购不应只是股价下跌时的“救急”手段，而应成为上市公司市值管理的常态化安排。",
            "记者注意到，也有个别公司回购计划“雷声大雨点小”，实施期限过半但回购进度缓慢。监管部门近期已对多家回购进展明显滞后的公司发出监管工作函，要求说明原因。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["公司速递"], "column label 公司速递")
    pg.gap()
    items = [
        ("k1", "衡川科技（603718）",
         "公司6月12日晚间公告，全资子公司衡川智联近日与北港一家汽车零部件企业签订工业软件采购及服务合同，合同金额1.86亿元，约占公司上一年度经审计营业收入的9.4%。"),
        ("k2", "澜沧药业（600871）",
         "公司公告，控股子公司研发的一款治疗2型糖尿病的1类创新药获得临床试验批准通知书，公司将于近期启动一期临床试验。"),
        ("k3", "沧海电气（601877）",
         "公司公告，中标沧澜省一项海上风电项目升压站及送出海缆工程总承包，中标金额约12.4亿元，约占公司上一年度营业收入的7.6%。"),
        ("k4", "曜石信息（300982）",
         "公司公告，拟以自有资金不超过3亿元在雁宁市设立全资子公司，主要从事算力服务器的研发、生产和销售。"),
        ("k5", "望江食品（002916）",
         "公司发布5月经营数据，当月实现营业收入4.37亿元，同比增长12.8%；线上渠道收入占比提升至31%。"),
    ]
    for i, (key, head, text) in enumerate(items):
        art = Article(key, head, section="公司速递", paras=[text],
                      notes="**new:** item of the 公司速递 digest (section): the firm's short name and stock code on "
                            "a line of their own head the item and are its title as printed (brackets kept); no "
                            "byline, no authors.")
        if i:
            pg.gap()
        pg.headline(art)
        pg.body(art)
    pg.gap()
    pg.furniture(["广告",
                  "瑞屿证券",
                  "开户一站通　理财更便捷",
                  "客服热线：95××6",
                  "投资有风险　入市需谨慎"], "advertisement (not an article)")
    pg.gap()
    c = Article(
        "c", "三家公司同日披露股权激励计划",
        byline="本报讯（记者　庄慕白）", authors=["庄慕白"], lead="本报讯（记者　庄慕白）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "6月12日晚间，曜石信息、望江食品、北辰通联三家公司同日披露股权激励计划草案，拟向核心管理人员和技术骨干授予限制性股票或股票期权合计约2860万股。",
            "从考核指标看，三家公司均设置了营业收入或净利润增长率目标，其中曜石信息要求以2034年营业收入为基数，2035年至2037年营业收入增长率分别不低于25%、50%和80%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：庞知秋　　校对：冉小禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kl08() -> Page:
    """数据·行情 page extracted with a blank line after EVERY line, no indent: label 数据看台 over a report; three
    ragged data tables; label 数据说 over a short comment signed 文／X; data-source footer."""
    pg = Page("kl08.txt", cols=44, indent="", blanks="every", seed=4208,
              style="securities daily B8 数据·行情 page extracted with a blank line after EVERY line, NO indent: header on two lines (B8　数据·行情; paper + date with weekday); label 数据看台 over a report with byline line 本报记者 X; 融资净买入前五名 table (title, header, five ragged rows); 大宗交易 table (title, header, four ragged rows, one row broken over two lines); label 数据说 over a short comment with byline line 文／X; 龙虎榜机构净买入 table; footer with 数据来源 / disclaimer and editor")
    pg.furniture(["B8　数据·行情",
                  "瀚海证券报　" + cn_date(2035, 6, 13)], "page header")
    a = Article(
        "a", "两融余额连续三日增加", section="数据看台",
        byline="本报记者　符一鸣", authors=["符一鸣"],
        notes="Report under the column label 数据看台 (section); byline line 本报记者 X. A blank line follows every "
              "printed line, so paragraph ends show only as short lines.",
        paras=[
            "据瀚海证券报数据中心统计，截至6月11日，两市融资融券余额为16238.57亿元，较前一交易日增加96.42亿元，连续三个交易日增加。其中，融资余额16097.31亿元，融券余额141.26亿元。",
            "行业方面，6月11日获融资净买入的行业有22个，电子行业融资净买入额居首，达28.64亿元；计算机、通信行业融资净买入额分别为15.02亿元和9.87亿元。个股方面，芯朗微融资净买入4.12亿元，居首位；曜石信息、衡川科技分别获融资净买入2.86亿元和2.05亿元。",
            "从融资买入占比看，6月11日融资买入额占两市成交额的比例为9.12%，较前一交易日提高0.35个百分点，显示杠杆资金交易活跃度有所上升。",
        ])
    pg.furniture(["数据看台"], "column label 数据看台")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["融资净买入前五名（6月11日）",
                  "证券简称　融资净买入（亿元）　融资余额（亿元）　当日涨跌幅",
                  "芯朗微　　4.12　　　　　　58.36　　　　　+9.98%",
                  "曜石信息　2.86　　　　　　 41.07　　　　　+10.01%",
                  "衡川科技　2.05　　　　　　33.92　　　　　+6.74%",
                  "澄光精密　1.73 　　　　　　19.85　　　　　+9.99%",
                  "沧海电气　1.41　　　　　　27.40　　　　 +3.12%"], "融资净买入 table (ragged rows; not an article)")
    pg.furniture(["大宗交易（6月12日）",
                  "证券简称　成交价（元）　成交量（万股）　成交额（万元）　折溢价率",
                  "望江食品　23.18　　　　215.00　　　　 4983.70　　　 -8.02%",
                  "北辰通联　17.40　　　　 180.00　　　　3132.00　　　　-5.98%",
                  "澜沧药业　31.62　　　　96.50　　　　　3051.33",
                  "　　　　　　　　　　　　　　　　　　　　　　　　　　 0.00%",
                  "沧海电气　9.86　　　　　300.00　　　　2958.00　　　-1.00%"], "大宗交易 table (ragged rows; not an article)")
    b = Article(
        "b", "放量上涨中的资金“成色”", section="数据说", kind="commentary",
        byline="文／郦秋池", authors=["郦秋池"],
        notes="Short comment under the column label 数据说 (section), byline line 文／X. Commentary.",
        paras=[
            "连续五个交易日成交额突破万亿元，市场活跃度明显提升。但观察资金结构可以发现，本轮放量中融资资金和短线资金贡献较多，两融余额三日增加超过200亿元，而偏股基金的净申购规模仍相对有限。",
            "融资资金的特点是进得快、出得也快。一旦市场出现调整，融资盘的被动平仓可能放大波动。市场能否从“量升”走向“质升”，关键要看中长期资金能否持续跟进，以及上市公司业绩能否兑现。",
        ])
    pg.furniture(["数据说"], "column label 数据说")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["龙虎榜机构净买入（6月12日）",
                  "证券简称　机构净买入（万元）　上榜原因",
                  "芯朗微　　18642.35　　　　日涨幅偏离值达7%",
                  "曜石信息　9215.80　　　　 日涨幅偏离值达7%",
                  "澄光精密　6027.14　　　　连续三日涨幅偏离值累计达20%"], "龙虎榜 table (ragged rows; not an article)")
    pg.furniture(["数据来源：瀚海证券报数据中心　　本版数据仅供参考，不构成投资建议",
                  "本版编辑：蒲小川　　校对：龚望"], "footer with data source, disclaimer, editor, proof-reader")
    return pg


PAGES = [kl05, kl06, kl07, kl08]
