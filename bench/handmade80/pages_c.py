"""Pages lx09-lx12 of handmade80 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date

from pages_a import block


def tips(pg: Page, a: Article, lines: list[str]) -> None:
    """Numbered points printed as given (each its own line), inside a body: written with Page.emit."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


# ---------------------------------------------------------------------------
def lx09() -> Page:
    """Financial-economic daily 统计 page: income article whose body is cut by a chart flattened into lines (values,
    then years); a standalone wage table whose title looks like a headline (a wrapped row name); article with
    byline line ■本报记者 X; 统计小课堂 box with its own headline (an article)."""
    pg = Page("lx09.txt", cols=28, indent=FW * 2, blanks="para", seed=8009,
              style="financial-economic daily 统计·民生 page, blank lines between paragraphs and blocks: header on three lines; income article with byline line 本报记者 X whose body is CUT by a chart flattened into lines (图 title, five values each on a line with thousands separators, then five year labels each on a line, 资料来源：); a standalone table whose title is set like a headline (title, 单位：元 line, header, rows of which one row name wrapped over two lines, 注： line) between two articles; article with byline line ■本报记者 X; label 统计小课堂 over a box WITH its own headline (an article); footer")
    pg.furniture(["青岚财经日报",
                  "统计·民生",
                  cn_date(2036, 8, 19) + "　第9版　责任编辑：湛小溪"], "page header")
    pg.blank()
    a = Article(
        "a", "青岚居民人均可支配收入五年增长三成",
        byline="本报记者　沐云起", authors=["沐云起"],
        notes="Byline line 本报记者 X. The chart flattened into lines (图 title, the five values, then the five "
              "year labels each alone on a line, 资料来源：) printed between the first and second paragraphs is "
              "not body (body in pieces), though its lines are short like a paragraph's end.",
        paras=[
            "国家统计局青岚调查队近日发布数据，2035年青岚市居民人均可支配收入达到49,862元，比2030年增长30.4%，年均增长5.5%。其中，城镇居民人均可支配收入58,214元，农村居民29,637元。",
            "城乡收入差距继续缩小。2035年城乡居民收入比为1.96，比2030年下降0.21。青岚调查队副队长乔景和介绍，农村居民工资性收入和经营净收入增长较快，是差距缩小的主要原因。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=1)
    pg.gap()
    block(pg, ["图：2031—2035年青岚市居民人均可支配收入（元）",
               "40,906",
               "43,118",
               "45,302",
               "47,471",
               "49,862",
               "2031年",
               "2032年",
               "2033年",
               "2034年",
               "2035年",
               "资料来源：国家统计局青岚调查队"], "chart flattened into lines inside the article (not body)")
    pg.gap()
    pg.body(a, start=1)
    pg.gap()
    block(pg, ["2035年青岚市城镇非私营单位分行业平均工资",
               "单位：元",
               "行业　　　　　　　　　　平均工资　　增长（%）",
               "金融业　　　　　　　　　186,420　　　3.1",
               "信息传输、软件和信息　　172,905　　　6.4",
               "技术服务业",
               "制造业　　　　　　　　　98,316　　　 5.8",
               "住宿和餐饮业　　　　　　61,204　　　 4.2",
               "注：表中为部分行业数据。"], "standalone wage table with a headline-like title (not an article)")
    pg.gap()
    b = Article(
        "b", "上半年青岚新增城镇就业8.6万人",
        byline="■本报记者　岑晚舟", authors=["岑晚舟"],
        notes="Byline line ■本报记者 X (■ is a mark). Printed right after the wage table; the table's title is not "
              "this article's headline.",
        paras=[
            "记者从青岚市人力资源和社会保障局获悉，上半年全市城镇新增就业8.6万人，完成全年目标的57%；6月份城镇调查失业率为5.0%，比上月下降0.1个百分点。",
            "今年以来，全市累计发放创业担保贷款12.4亿元，扶持创业1.1万人，带动就业3.2万人。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["统计小课堂"], "column label 统计小课堂")
    c = Article(
        "c", "平均数和中位数有何不同", section="统计小课堂",
        notes="Box under the label 统计小课堂 (section) WITH its own headline: an article (as the ky04 小贴士 of "
              "handmade55); no byline, no authors.",
        paras=[
            "平均数是把所有人的收入加总后除以人数，容易受少数高收入者影响；中位数是把所有人的收入从低到高排列，处于最中间位置的那个数。2035年青岚市居民人均可支配收入中位数为42,716元，相当于平均数的85.7%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["校对：莫小苔　　版式：钟一凡　　投稿邮箱：tongji@qlcjrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lx10() -> Page:
    """Rural-finance paper page with column breaks: lead (kicker, headline, byline) whose body is cut by a 项目 / 内容
    table with wrapped cells; agricultural-insurance article followed by a table with 单位 and 注; ranking list of
    counties; label 农金简讯 over three items, one printed WITHOUT a headline."""
    pg = Page("lx10.txt", cols=34, indent="  ", blanks="some", colbreak=11, seed=8010, p_para=0.45, p_gap=0.8,
              style="rural-finance paper 农村金融 page, indented with two ASCII spaces, blank lines sometimes plus column breaks (a blank line every 11 body lines, also inside paragraphs): header on two lines; lead with 引题 kicker, headline and byline line 本报记者 X　通讯员 Y, CUT by a two-column 项目 / 内容 table (title, header, cells wrapped over two lines); agricultural-insurance article with byline line 本报记者 X followed by a table (title, 单位： line, tab-parted rows, 注： line); a ranking list of counties (title with 单位 in brackets, 1. … 6. with percentages); label 农金简讯 over three items, two with ▲ headlines and one printed with NO headline, signed （X）; footer")
    pg.furniture(["澄海农村金融报　" + cn_date(2036, 9, 3),
                  "第4版　农村金融　　责任编辑：樊晴川"], "page header")
    pg.blank()
    a = Article(
        "a", "“乡村振兴贷”半年投放38亿元",
        byline="本报记者　蓝小鸥　通讯员　葛长青", authors=["蓝小鸥", "葛长青"],
        notes="The 引题 kicker 金融活水润乡村 is not part of the title. Byline line 本报记者 X　通讯员 Y: both "
              "authors. The 项目 / 内容 table with wrapped cells printed between the first and second paragraphs is "
              "not body (body in pieces). The farmer quoted is not an author.",
        paras=[
            "澄海省农村信用社联合社推出的“乡村振兴贷”今年上半年累计投放38.2亿元，支持农户和新型农业经营主体2.3万户，户均贷款16.6万元。",
            "在临塘县，种粮大户邢大有靠着50万元“乡村振兴贷”添置了两台烘干机。“以前粮食收上来就怕下雨，现在烘干了能等个好价钱。”他说，贷款从申请到放款只用了3天。",
            "省农信联社有关负责人表示，下半年将把产品延伸到农村电商、乡村旅游等领域，全年投放目标为80亿元。",
        ])
    pg.kicker(a, "金融活水润乡村")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=1)
    pg.gap()
    block(pg, ["“乡村振兴贷”主要内容",
               "项目　　　　内容",
               "支持对象　　农户、家庭农场、农民专业合作社",
               "　　　　　　及农业产业化龙头企业",
               "贷款额度　　农户最高50万元，新型农业经营主体",
               "　　　　　　最高1,000万元",
               "担保方式　　信用、保证、农机具抵押等",
               "利率优惠　　比同类贷款低0.5至1个百分点"], "项目 / 内容 table with wrapped cells inside the lead (not body)")
    pg.gap()
    pg.body(a, start=1)
    pg.gap()
    b = Article(
        "b", "政策性农业保险为32万户农户撑起“保护伞”",
        byline="本报记者　龙浅", authors=["龙浅"],
        notes="Byline line 本报记者 X. The table after the body (title, 单位： line, tab-parted rows, 注： line) is "
              "not body.",
        paras=[
            "今年以来，澄海省政策性农业保险承保农户32.4万户次，提供风险保障426.8亿元。受7月台风影响，全省农险累计赔款已达9.6亿元，惠及受灾农户7.1万户次。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    block(pg, ["2036年1—8月澄海省政策性农业保险情况",
               "单位：万户次、亿元",
               "险种\t承保户次\t风险保障\t赔款",
               "水稻保险\t14.2\t168.3\t4.1",
               "生猪保险\t3.6\t92.5\t1.8",
               "渔业保险\t2.9\t61.7\t2.3",
               "注：赔款含已决和未决赔款。"], "table after the article (not body)")
    pg.gap()
    block(pg, ["上半年各县（市）涉农贷款增速（%）",
               "1. 临塘县　　15.8",
               "2. 澄东县　　13.2",
               "3. 海宁市　　12.6",
               "4. 白沙县　　11.9",
               "5. 礁湾县　　10.4",
               "6. 望江市　　9.7"], "ranking list 1.–6. (not an article)")
    pg.gap()
    pg.furniture(["农金简讯"], "column label 农金简讯")
    items = [
        Article("c1", "首批“渔船贷”发放", section="农金简讯", head=["▲首批“渔船贷”发放"],
                notes="Item of the 农金简讯 strip (section); ▲ is a mark; no credit.",
                paras=["礁湾县农商银行日前向12户渔民发放首批“渔船贷”860万元，用于渔船更新改造。"]),
        Article("c2", "农村信用体系建设提速", section="农金简讯", head=["▲农村信用体系建设提速"],
                notes="Item of the 农金简讯 strip; no credit.",
                paras=["截至8月末，全省已评定信用村3,126个、信用户98.4万户。"]),
        Article("c3", None, section="农金简讯",
                byline="（龙浅）", authors=["龙浅"], tail="（龙浅）",
                notes="Item of the 农金简讯 strip printed WITHOUT a headline: title null; credit （X） run in at the "
                      "end excluded from last.",
                paras=["白沙县开展“金融知识进田间”活动，组织信贷员到田头为种植户讲解贷款政策。"]),
    ]
    for art in items:
        if art.title:
            pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["校对：黄小禾　　美编：卢一苇"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lx11() -> Page:
    """Evening paper 财经 page: letter-spaced headline; run-in lead whose body is cut by a table with columns parted
    by runs of ASCII spaces and a wrapped bank name; 消费提示 with numbered points IN the body; 数读 figures box;
    feature with 文／图 byline and a caption after it."""
    pg = Page("lx11.txt", cols=22, indent=FW * 2, blanks="arts", seed=8011,
              style="evening paper 财经 page, blank lines only between articles and blocks: header on two lines; lead with its headline letter-spaced with single spaces and run-in 本报讯（记者 X）, CUT by a table with columns parted by runs of ASCII spaces (title, header, rows, one bank name wrapped onto a second line, 资料来源：); label 消费提示 over an article with byline line 本报记者 X whose body holds numbered points 1. 2. 3. (body, not a table); 数读 figures box (label, four lines); feature with byline line 文／图　本报记者 X and a photo caption with credit after its body; footer")
    pg.furniture(["岚山晚报　" + cn_date(2037, 3, 12),
                  "A11　财经"], "page header")
    pg.blank()
    a = Article(
        "a", "岚山首套房贷利率降至3.05%",
        byline="本报讯（记者　莫听澜）", authors=["莫听澜"], lead="本报讯（记者　莫听澜）",
        notes="Headline letter-spaced with single spaces, written unspaced. Run-in 本报讯（记者 X） excluded from "
              "first. The table with space-parted columns printed between the two paragraphs (a bank name wrapped "
              "onto a line of its own) is not body (body in pieces).",
        paras=[
            "记者昨日走访发现，岚山市多家银行已将首套住房商业贷款利率下调至3.05%，二套住房贷款利率降至3.45%，均为近年来最低水平。",
            "业内人士表示，房贷利率下行有助于降低购房者负担。以贷款100万元、期限30年、等额本息计算，利率从3.35%降至3.05%，月供可减少约160元。",
        ])
    pg.headline(a, sep=" ")
    pg.body(a, end=1)
    block(pg, ["部分银行首套房贷利率",
               "银行        首套     二套",
               "华衡银行    3.05%    3.45%",
               "岚山银行    3.05%    3.45%",
               "岚山农村商业",
               "银行        3.10%    3.50%",
               "资料来源：记者走访"], "table with space-parted columns inside the lead (not body)")
    pg.body(a, start=1)
    pg.blank()
    pg.furniture(["消费提示"], "column label 消费提示")
    b = Article(
        "b", "买“高收益”理财要擦亮眼睛", section="消费提示",
        byline="本报记者　郑小麦", authors=["郑小麦"],
        notes="Under the label 消费提示 (section), byline line 本报记者 X. The numbered points 1. 2. 3. are body text "
              "(sentences of advice, each its own line), NOT a ranking list or table: the body runs from the intro "
              "paragraph to the last point.",
        paras=[
            "近期，一些机构以“保本高息”为噱头推销理财产品。岚山金融监管分局提醒消费者注意以下几点：",
            "1.认准持牌机构，不轻信“内部产品”。",
            "2.看清产品风险等级，不只看预期收益。",
            "3.保留购买凭证，发现问题及时投诉。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b, end=1)
    tips(pg, b, b.paras[1:])
    pg.blank()
    block(pg, ["数读",
               "3.05%　首套房贷利率",
               "3.45%　二套房贷利率",
               "160元　百万贷款月供减少",
               "12家　已下调利率的银行"], "数读 figures box (not an article)")
    pg.blank()
    c = Article(
        "c", "老街上开出“金融便民角”",
        byline="文／图　本报记者　莫听澜", authors=["莫听澜"],
        notes="Byline line 文／图　本报记者 X (writer and photographer one person, the author). The photo caption "
              "with credit after the body is not body.",
        paras=[
            "在岚山老街的一家杂货店里，柜台旁多了一台小小的助农取款机。店主柏大娘说，附近老人取个几百元现金、交个电费，不用再坐半小时公交去银行了。",
            "目前，岚山市已在社区商铺设立“金融便民角”214个，今年累计办理业务6.8万笔。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["老街杂货店里的“金融便民角”。"], "photo caption (not body)")
    pg.blank()
    pg.furniture(["编辑：伍小凤　　校对：桂一"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lx12() -> Page:
    """Securities-and-insurance paper 保险 page, wide column: annual report whose body is cut TWICE (a tab-separated
    table and a table with 单位 and 资料来源); 保险观察 comment; a chart flattened into label-value lines; label
    保险简讯 over three items with 【】 headlines."""
    pg = Page("lx12.txt", cols=38, indent=FW * 2, blanks="para", seed=8012,
              style="securities-and-insurance paper 保险·年报 page, wide column, blank lines between paragraphs and blocks: header on three lines; annual-results report with ——副题 and byline line 本报记者 X　Y whose body is CUT TWICE (a table with TAB-parted columns and figures with thousands separators; a second table with title, 单位： line, space-parted columns, 资料来源： line); label 保险观察 over a comment with byline line 特约评论员　X; a chart flattened into lines (图 title, then month label and value alternating, each on a line); label 保险简讯 over three items whose headlines are run in as 【】, one signed （记者 X）; footer")
    pg.furniture(["曜州证券保险报",
                  cn_date(2037, 4, 2) + "　　第12版",
                  "保险·年报　　责任编辑：柴望"], "page header")
    pg.blank()
    a = Article(
        "a", "五家上市险企去年净利润合计增长21%", subtitle="——投资收益改善成主要推手，新业务价值增速分化",
        byline="本报记者　聂远　甘秋水", authors=["聂远", "甘秋水"],
        notes="——副题 is the subtitle; byline line 本报记者 X　Y (two reporters, both authors). The body is cut "
              "TWICE, by a tab-separated table and by a table with 单位： and 资料来源： lines: neither is body (body "
              "in three pieces). The executives quoted are not authors.",
        paras=[
            "截至3月31日，五家A股上市险企均已披露2036年年报。数据显示，五家公司合计实现归母净利润3,862.7亿元，同比增长21.0%，其中三家公司净利润增速超过20%。",
            "净利润大幅增长主要得益于投资收益改善。去年权益市场回暖，五家险企总投资收益率在3.6%至5.1%之间，均高于上年。",
            "作为衡量寿险公司长期价值的核心指标，新业务价值增速则出现分化。华衡人寿新业务价值增长28.4%，启明人寿增长9.2%，另有一家公司同比下降。华衡人寿总精算师庞叔夜在业绩发布会上表示，分红险已成为公司新单的主力产品，占比超过四成。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=1)
    pg.gap()
    block(pg, ["公司\t归母净利润（亿元）\t同比增长",
               "华衡人寿\t1,386.5\t24.7%",
               "九原保险\t1,052.1\t18.3%",
               "启明人寿\t736.4\t22.9%",
               "澄江财险\t402.8\t12.6%",
               "鹭洲保险\t284.9\t25.1%"], "tab-separated table inside the report (not body)")
    pg.gap()
    pg.body(a, start=1, end=2)
    pg.gap()
    block(pg, ["五家上市险企总投资收益率",
               "单位：%",
               "公司        2035年    2036年",
               "华衡人寿    3.1       5.1",
               "九原保险    2.9       4.6",
               "启明人寿    2.6       3.6",
               "资料来源：各公司年报"], "table with 单位 and 资料来源 inside the report (not body)")
    pg.gap()
    pg.body(a, start=2)
    pg.gap()
    pg.furniture(["保险观察"], "column label 保险观察")
    pg.gap()
    b = Article(
        "b", "利润高增之后更要练好“内功”", section="保险观察", kind="commentary",
        byline="特约评论员　米怀瑾", authors=["米怀瑾"],
        notes="Comment under the label 保险观察 (section), byline line 特约评论员　X (a named commentator, the "
              "author; unlike 本报评论员, which names no one). Kind commentary.",
        paras=[
            "险企去年的亮眼业绩，很大程度上是“市场给的”。投资收益随资本市场波动，今年能否延续，谁也说不准。",
            "真正决定险企长期竞争力的，是负债端的质量：产品是否贴合需求，代理人队伍是否专业，服务是否让客户满意。利润高增之时，更应沉下心来练好“内功”。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    block(pg, ["图　2036年各季度五家上市险企原保费收入同比增速",
               "一季度",
               "8.2%",
               "二季度",
               "5.6%",
               "三季度",
               "4.1%",
               "四季度",
               "6.9%"], "chart flattened into label / value lines (not an article)")
    pg.gap()
    pg.furniture(["保险简讯"], "column label 保险简讯")
    pg.gap()
    items = [
        Article("c1", "曜州首单巨灾指数保险赔付", section="保险简讯", lead="【曜州首单巨灾指数保险赔付】",
                byline="（记者　聂远）", authors=["聂远"], tail="（记者　聂远）",
                notes="Item of the 保险简讯 strip; headline run in in 【】 (the title, excluded from first); credit "
                      "（记者 X） run in at the end excluded from last.",
                paras=["受3月下旬强降雨影响，曜州市巨灾指数保险触发赔付条件，保险公司向市财政支付赔款3,200万元，用于受灾群众救助。"]),
        Article("c2", "两家险企获批设立养老社区", section="保险简讯", lead="【两家险企获批设立养老社区】",
                notes="Item of the 保险简讯 strip; headline run in in 【】; no credit.",
                paras=["九原保险、启明人寿在曜州投资建设的两个养老社区近日获批，合计可提供床位2,400张。"]),
        Article("c3", "保险资金入市规模再扩容", section="保险简讯", lead="【保险资金入市规模再扩容】",
                notes="Item of the 保险简讯 strip; headline run in in 【】; no credit.",
                paras=["曜州两家险企获批开展长期股票投资试点，合计额度160亿元。"]),
    ]
    for art in items:
        pg.body(art, head_role=True)
        pg.gap()
    pg.furniture(["本版校对：裴一南　　美编：柯小雨"], "footer")
    return pg


PAGES = [lx09, lx10, lx11, lx12]
