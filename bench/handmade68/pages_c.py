"""Pages ll09-ll12 of handmade68 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

import datetime

from layout import FW, Article, Page, cn_date
from pages_a import dig


def day_label(y: int, m: int, d: int) -> str:
    """5月30日　星期一 (the weekday computed, never typed)."""
    return f"{m}月{d}日　星期" + "一二三四五六日"[datetime.date(y, m, d).weekday()]


# ---------------------------------------------------------------------------
def ll09() -> Page:
    """City daily 一周要闻 page: label 一周要闻 over eight items grouped under day labels, each headline run in (bold
    in print, no mark) and followed by U+3000; a compiler line for the whole column at its end; label 一周短评 over
    a comment signed □ X."""
    pg = Page("ll09.txt", cols=28, indent=FW, blanks="para", seed=6809,
              style="city daily 要闻·一周 page indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday + 第2版; 版名 + 责任编辑); label 一周要闻 over eight items grouped under four day labels (5月30日　星期一 …), each headline run in at the start of its text with NO mark, followed only by U+3000 (bold in print), no credits; one compiler line for the whole column （本栏由本报记者 X 整理） after the last item; label 一周短评 over a comment with byline line □ X; footer with proof-reader")
    pg.furniture(["椿岭日报",
                  cn_date(2033, 6, 6) + "　第2版",
                  "要闻·一周　　责任编辑：诸葛晴"], "page header")
    pg.blank()
    pg.furniture(["一周要闻"], "column label 一周要闻")
    pg.blank()
    S = "一周要闻"
    comp = ("The compiler line （本栏由本报记者　郁青岚　整理） printed once after the last item names who compiled the "
            "whole column, not this item: it is not this item's byline, and the item has no authors (the line is "
            "kept in non_articles). The day label above the item is not part of it.")
    days = [
        ((2033, 5, 30), [
            ("a1", "全市项目建设现场推进会召开",
             "5月30日，全市重大项目建设现场推进会召开，观摩项目26个、总投资318亿元。会议要求，二季度确保完成年度投资计划的55%以上。"),
            ("a2", "椿岭至棠溪高速公路开工",
             "椿岭至棠溪高速公路项目5月30日开工建设，路线全长74公里，总投资112亿元，建成后两地车程将由两小时缩短至50分钟。"),
        ]),
        ((2033, 5, 31), [
            ("a3", "前4个月规上工业增加值增长7.1%",
             "市统计局5月31日发布数据，前4个月，全市规模以上工业增加值同比增长7.1%，其中高技术制造业增加值增长15.3%。"),
            ("a4", "中小企业服务月活动启动",
             "以“惠企纾困、助企发展”为主题的中小企业服务月活动5月31日启动，活动期间将组织融资对接、法律咨询等服务活动40余场。"),
        ]),
        ((2033, 6, 1), [
            ("a5", "城市书房新增12家",
             "6月1日，椿岭新建的12家城市书房同时开放，全市城市书房达到48家，实现主城区步行15分钟可达。"),
            ("a6", "数字人民币试点场景扩围",
             "6月1日起，数字人民币试点应用场景扩大至全市公交、水电燃气缴费和农贸市场，全市已开立个人钱包52万个。"),
        ]),
        ((2033, 6, 2), [
            ("a7", "全市招商引资签约额超500亿元",
             "今年以来，全市累计签约招商引资项目147个，签约金额达到526亿元，其中先进制造业项目占比超过六成。"),
            ("a8", "首批“乡村工匠”名单公布",
             "椿岭市首批120名“乡村工匠”名单6月2日公布，涉及竹编、木雕、石雕、酿酒等18个门类，每人将获得一次性奖励5000元。"),
        ]),
    ]
    for ymd, items in days:
        pg.furniture([day_label(*ymd)], "day label inside the 一周要闻 column")
        pg.gap()
        for key, t, body in items:
            dig(pg, key, t, body, section=S, form="space", extra=comp)
            pg.gap()
    pg.furniture(["（本栏由本报记者　郁青岚　整理）"], "compiler line of the whole 一周要闻 column (not an item's byline)")
    pg.blank()
    pg.furniture(["一周短评"], "column label 一周短评")
    pg.blank()
    b = Article(
        "b", "项目建设要跑出加速度", section="一周短评", kind="commentary",
        byline="□ 木南", authors=["木南"],
        notes="Short comment under the label 一周短评 (section), byline line □ X (a pen name; the writer is the "
              "author). Kind commentary.",
        paras=[
            "一周之内，高速公路开工、重大项目集中观摩、招商签约额再创新高，椿岭的项目建设呈现出你追我赶的好势头。",
            "项目是经济发展的“压舱石”。跑出项目建设加速度，既要在招引上下功夫，更要在落地上见真章：审批能否再快一点，要素保障能否再实一点，服务企业能否再细一点，决定着项目从“纸上”到“地上”的速度。",
        ])
    pg.article(b)
    pg.blank()
    pg.furniture(["本版校对：蒯一凡"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ll10() -> Page:
    """Economic paper 财经 page in a very narrow column: report with a headline on two lines and byline line
    本报记者 X; letter-spaced label 财　经　速　递 over six items (headlines on their own lines, two on two lines, one
    item with a place label instead); an article whose headline and byline are printed AFTER its body."""
    pg = Page("ll10.txt", cols=16, indent=FW * 2, blanks="para", seed=6810,
              style="economic paper 财经 page in a very narrow column, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; 3　财经); report with its headline on two lines and byline line 本报记者 X; letter-spaced label 财　经　速　递 over six items: four headlines on their own lines (two on two lines), one item with NO headline that opens with a place label 【沅溪】 run in, credits （记者 X）, （通讯员 X）, （实习生 X）, （据星澜社） run in at the end or none; a holiday-shopping article whose headline (two phrases parted by U+3000) and byline line 本报记者 X are printed AFTER its body; footer wider than the column")
    pg.furniture(["星澜经济导报",
                  cn_date(2036, 12, 3),
                  "3　财经"], "page header")
    pg.blank()
    a = Article(
        "a", "星澜数字经济核心产业增加值占比超一成", head=["星澜数字经济核心产业", "增加值占比超一成"],
        byline="本报记者　容若水", authors=["容若水"],
        notes="Ordinary article beside the digest: headline on two lines, joined; byline line 本报记者 X.",
        paras=[
            "记者从星澜市发展改革委获悉，2035年全市数字经济核心产业增加值达到486亿元，占地区生产总值的比重为10.4%，首次突破一成。",
            "软件和信息技术服务业是增长最快的领域，营业收入增长22.6%。全市已建成5G基站1.8万个，重点工业企业关键工序数控化率达到68%。",
        ])
    pg.article(a)
    pg.gap()
    pg.furniture(["财　经　速　递"], "column label 财经速递 (letter-spaced)")
    pg.gap()
    S = "财经速递"
    lab = "The column label is printed letter-spaced (财　经　速　递); section written unspaced."
    dig(pg, "b1", "星澜港年吞吐量突破亿吨",
        "截至12月1日，星澜港今年累计完成货物吞吐量1.01亿吨，首次突破亿吨大关，同比增长8.9%。",
        section=S, head=["星澜港年吞吐量", "突破亿吨"], credit="（记者　容若水）", authors=["容若水"], extra=lab)
    pg.gap()
    dig(pg, "b2", "年末用工需求旺盛",
        "近期，全市人力资源市场登记岗位需求4.3万个，制造业和物流业需求占比近六成，普工月薪普遍在5500元以上。",
        section=S, extra=lab)
    pg.gap()
    dig(pg, "b3", "星澜普惠小微贷款增长15%",
        "截至10月末，全市普惠型小微企业贷款余额达到892亿元，同比增长15.2%，高于各项贷款平均增速6.4个百分点。",
        section=S, head=["星澜普惠小微", "贷款增长15%"], credit="（通讯员　邬晓峰）", authors=["邬晓峰"], extra=lab)
    pg.gap()
    dig(pg, "b4", "羽绒服销售进入旺季",
        "受降温天气影响，全市商场和电商平台羽绒服销量明显上升，11月最后一周销售额环比增长一倍多，轻薄款和长款最受欢迎。",
        section=S, credit="（实习生　宁可）", authors=["宁可"], extra=lab)
    pg.gap()
    dig(pg, "b5", None,
        "沅溪县首个光伏治沙项目日前并网发电，装机容量20万千瓦，年发电量约3.2亿千瓦时，可治理沙化土地1.5万亩。",
        section=S, form="place", place="沅溪", credit="（据星澜社）",
        extra=lab + " The column mixes headed items and this place-labelled one. 星澜社 is an invented news agency.")
    pg.gap()
    dig(pg, "b6", "冬季供暖保障到位",
        "星澜市已储备供暖用煤42万吨、天然气3800万立方米，可满足全市整个供暖季需求。",
        section=S, extra=lab)
    pg.gap()
    c = Article(
        "c", "年货节提前开场老字号抢先备货", head=["年货节提前开场　老字号抢先备货"],
        byline="本报记者　骆晚秋", authors=["骆晚秋"],
        notes="Ordinary article whose body comes FIRST (right after the last digest item) and whose headline and "
              "byline line 本报记者 X are printed AFTER it; it is not a digest item (no section). Headline of two "
              "phrases parted by U+3000, written unspaced. The shop owner quoted (庞立言) is not an author.",
        paras=[
            "距离春节还有两个多月，星澜老字号一条街的商户已经开始忙着备年货。“今年订单比去年同期多了三成，腊味从11月就开始加工。”百年老店鼎丰斋负责人庞立言说。",
            "据了解，星澜市年货节将于12月20日开幕，持续至春节前，其间将发放年货消费券800万元。",
        ])
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.blank()
    pg.furniture(["本版编辑：岳小川　　校对：丛笙　　美编：甄一"], "footer (wider than the column)")
    return pg


# ---------------------------------------------------------------------------
def ll11() -> Page:
    """City daily 城市·民生 page, wide column, NO blank line: two ordinary articles (run-in 本报讯（记者 X）; byline
    line 本报记者 X　实习生 Y); label 城事快讯 over five items with 【headline】 run in; label 区县传真 over five
    items with 【place】 labels run in and no headline."""
    pg = Page("ll11.txt", cols=40, indent=FW * 2, blanks="never", seed=6811,
              style="city daily 城市·民生 page in a wide column with NO blank line anywhere: header on two lines (paper + date with weekday + 第5版 + 版名; editor and proof-reader); article with run-in 本报讯（记者 X）; article with byline line 本报记者 X　实习生 Y; label 城事快讯 over five items whose headlines are run in in 【】; label 区县传真 over five items WITHOUT headlines that open with a place label in 【】 run in (【临澹】 …) — the same brackets as the headlines above; credits （记者 X）, （通讯员 X） run in at the end or none; footer with hotline")
    pg.furniture(["澹城日报　" + cn_date(2039, 2, 24) + "　第5版　城市·民生",
                  "责任编辑：邰晓岚　　校对：樊一"], "page header")
    a = Article(
        "a", "澹城启动老旧小区改造三年行动",
        byline="本报讯（记者　郦晴）", authors=["郦晴"], lead="本报讯（记者　郦晴）",
        notes="Ordinary article beside the digests; run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "2月23日，澹城市召开城镇老旧小区改造工作会议，正式启动三年行动计划。按照计划，2039年至2041年全市将改造2000年底前建成的老旧小区416个，涉及居民8.7万户。",
            "改造内容分为基础类、完善类和提升类三类，重点解决管网老化、停车难、缺少养老托育设施等问题。市住建局相关负责人介绍，改造将坚持“一区一策”，改什么、怎么改由居民议事决定，并鼓励社会资本参与小区停车、充电等设施的建设运营。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "节后首场招聘会提供岗位1.2万个",
        byline="本报记者　褚映雪　实习生　温言", authors=["褚映雪", "温言"],
        notes="Ordinary article; byline line 本报记者 X　实习生 Y (both authors). The job-seeker quoted (卢一航) is not "
              "an author.",
        paras=[
            "2月22日，澹城市春风行动暨节后首场大型招聘会在市人力资源市场举行，326家企业提供就业岗位1.2万个，吸引求职者8600余人次，现场初步达成就业意向2100余人。",
            "记者在现场看到，智能制造、电子商务和养老服务等领域的岗位最受关注。“以前找工作要跑好几家，现在一个上午就面试了三家企业。”求职者卢一航说。",
        ])
    pg.article(b)
    pg.furniture(["城事快讯"], "column label 城事快讯")
    S = "城事快讯"
    dig(pg, "c1", "元宵灯会延长展期",
        "受市民欢迎，澹城元宵灯会展期延长至3月5日，每晚开放时间为18时至22时，60岁以上老人和身高1.2米以下儿童免票。",
        section=S, form="bracket", credit="（记者　郦晴）", authors=["郦晴"])
    dig(pg, "c2", "地铁2号线东延段开通",
        "2月23日，澹城地铁2号线东延段开通运营，新增车站6座，线路全长延伸至31.8公里。",
        section=S, form="bracket")
    dig(pg, "c3", "全市新增托育机构15家",
        "今年以来，全市新增备案托育机构15家，新增托位1100个，每千人口拥有3岁以下婴幼儿托位数达到4.1个。",
        section=S, form="bracket", credit="（通讯员　冉秋）", authors=["冉秋"])
    dig(pg, "c4", "“菜篮子”价格总体平稳",
        "节后第一周，全市农贸市场蔬菜供应充足，主要品种价格较节前下降5%至15%，猪肉、鸡蛋价格基本稳定。",
        section=S, form="bracket")
    dig(pg, "c5", "市民热线满意率达97%",
        "2月份，市民服务热线共受理群众诉求8.6万件，办结率99.2%，满意率97.1%。诉求较为集中的是供暖、物业和交通出行。",
        section=S, form="bracket", credit="（记者　褚映雪）", authors=["褚映雪"])
    pg.furniture(["区县传真"], "column label 区县传真")
    S = "区县传真"
    same = ("On this page 【】 holds headlines in 城事快讯 and place names here; a bare place name (a district, county, "
            "town or street) is a label, not a headline.")
    places = [
        ("d1", "临澹", "临澹区今年计划实施重点项目68个，总投资460亿元，其中产业项目41个，预计全年完成投资120亿元。",
         "（通讯员　顾晏）", ["顾晏"]),
        ("d2", "澹南", "澹南县千亩高标准农田建设项目开工，项目总投资1.5亿元，建成后可新增和改善灌溉面积1.2万亩。", "", []),
        ("d3", "北湖", "北湖新区首家人工智能产业孵化器投用，首批入驻初创企业22家，涵盖智能语音、机器视觉等领域。",
         "（记者　郦晴）", ["郦晴"]),
        ("d4", "澹东", "澹东街道为辖区83家小微企业开展“上门问需”服务，收集融资、用工、用地等诉求160条，已解决112条。", "", []),
        ("d5", "青湾", "青湾镇草莓迎来采摘旺季，全镇种植面积5200亩，预计总产量1.1万吨，采摘游带动周边农家乐营业额增长三成。",
         "（通讯员　庄雪）", ["庄雪"]),
    ]
    for key, place, body, credit, who in places:
        dig(pg, key, None, body, section=S, form="place", place=place, credit=credit, authors=who, extra=same)
    pg.furniture(["新闻热线：0×××-8123××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ll12() -> Page:
    """Morning paper 经济新闻 page, blank lines sometimes plus column breaks: income report (headline, ——副题, byline
    line 本报记者 X); label 经济快讯 over seven items with headlines on their own lines (one of two paragraphs), a 数说
    figures box between two items."""
    pg = Page("ll12.txt", cols=32, indent=FW, blanks="some", colbreak=10, seed=6812, p_para=0.5, p_gap=0.75,
              style="morning paper 经济新闻 page indented with ONE U+3000, blank lines sometimes plus column breaks (a blank line every 10 body lines, also inside items): header on three lines (paper; date with weekday + A6; 版名 + editor + art editor); income report with ——副题 and byline line 本报记者 X; label 经济快讯 over seven items with headlines on their own lines (one item of two paragraphs), credits （据岚江社）, （记者 X）, （据《澹城商报》）, （X） run in at the end or none; 数说 box (label, two figures each alone on a line over an indented caption) between the third and fourth items; footer with proof-reader")
    pg.furniture(["岚州晨报",
                  cn_date(2032, 10, 11) + "　A6",
                  "经济新闻　　编辑：滕若川　　美编：阚一"], "page header")
    pg.blank()
    a = Article(
        "a", "前三季度岚州居民人均可支配收入增长5.9%", subtitle="——农村居民收入增速快于城镇居民",
        byline="本报记者　晏秋声", authors=["晏秋声"],
        notes="The page's ordinary article beside the digest. ——副题 is the subtitle; byline line 本报记者 X.",
        paras=[
            "国家统计局岚州调查队日前发布数据，前三季度，岚州市全体居民人均可支配收入达到4.12万元，同比增长5.9%。按常住地分，城镇居民人均可支配收入5.08万元，增长5.3%；农村居民人均可支配收入2.46万元，增长7.2%。",
            "从收入来源看，工资性收入和经营净收入分别增长5.6%和7.8%，是居民增收的主要动力。前三季度，全市居民人均消费支出2.67万元，增长6.8%，其中服务性消费支出增长9.4%。",
            "调查队相关负责人表示，随着促消费政策持续发力和就业形势保持稳定，居民收入有望保持稳定增长。",
        ])
    pg.article(a)
    pg.gap()
    pg.furniture(["经济快讯"], "column label 经济快讯")
    pg.gap()
    S = "经济快讯"
    dig(pg, "b1", "岚州新增两条国际货运航线",
        "10月9日，岚州机场新开通至南洋和西陆的两条国际全货机航线，每周共执飞6班，预计年货运量可达2.4万吨。",
        section=S, credit="（据岚江社）", extra="岚江社 is an invented news agency.")
    pg.gap()
    dig(pg, "b2", "国庆假期全市旅游收入增长12%",
        "国庆假期7天，全市接待游客596万人次，实现旅游收入48.3亿元，同比分别增长9.6%和12.1%。",
        section=S, credit="（记者　晏秋声）", authors=["晏秋声"])
    pg.gap()
    dig(pg, "b3", "秋粮收购价格高开稳走",
        "今年全市秋粮收购工作已全面展开，中晚稻收购价格每斤1.38元至1.45元，略高于去年同期，农户售粮积极性较高。",
        section=S, credit="（据《澹城商报》）", extra="The source is another (invented) paper.")
    pg.gap()
    pg.furniture(["数说",
                  "2.3万户",
                  FW + "前三季度全市新登记市场主体",
                  "86.4%",
                  FW + "9月全市规上工业产能利用率"],
                 "数说 figures box between two items: figures each alone on a line over an indented caption, no text of "
                 "its own (not an article)")
    pg.gap()
    dig(pg, "b4", "两家上市公司获批再融资",
        "证券监管部门近日批准岚州两家上市公司的再融资申请，合计募资规模约41亿元，主要投向新能源材料和智能装备项目。",
        section=S, credit="（符川）", authors=["符川"])
    pg.gap()
    dig(pg, "b5", "岚州出台促进民营经济发展20条",
        ["《岚州市促进民营经济高质量发展若干措施》10月10日发布，从市场准入、要素保障、融资支持、权益保护等方面提出20条措施。",
         "其中明确，政府采购项目预留面向中小企业的份额不低于40%，对首次升规的民营企业给予10万元奖励。"],
        section=S, extra="An item of two paragraphs: both are its body.")
    pg.gap()
    dig(pg, "b6", "“岚州礼物”文创旗舰店开业",
        "首家“岚州礼物”文创旗舰店10月8日在老城开业，店内陈列非遗、老字号和博物馆文创产品1200余种。",
        section=S)
    pg.gap()
    dig(pg, "b7", "前三季度二手车交易量增长17%",
        "前三季度，岚州市二手车交易量达到9.8万辆，同比增长17.3%，跨区域流转交易占比提升至34%。",
        section=S, credit="（记者　晏秋声）", authors=["晏秋声"])
    pg.blank()
    pg.furniture(["本版校对：俞小棹"], "footer")
    return pg


PAGES = [ll09, ll10, ll11, ll12]
