"""Pages lh05-lh08 of handmade64 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, wrap

KICK = "Kicker (引题) {k} is not part of the title; the contract has no kicker field, so it is recorded here only."


def kick(text: str) -> str:
    return KICK.format(k="「" + text + "」")


# ---------------------------------------------------------------------------
def lh05() -> Page:
    """金融时报-like 银行·保险 page with NO blank line: kicker + headline + ——副题; headline + ——副题 wrapped over two
    lines (答记者问); label 金融观察 over a comment with an affiliation line after it; item with no byline; table."""
    pg = Page("lh05.txt", cols=40, indent=FW * 2, blanks="never", seed=6405,
              style="金融时报-like 银行·保险 page with NO blank line anywhere: header on two lines (paper + date with weekday; 第6版 + 版名 + 责任编辑); lead with ALL three: short-label 引题, headline, ——副题, byline line 本报记者 X　见习记者 Y; 答记者问 with headline and a long ——副题 wrapped over two lines (no kicker), byline line 本报记者 X, 问：／答： paragraphs; label 金融观察 over a comment with byline line □ X and a line （作者系…） after its body; item whose headline has NO byline under it; 理财产品 table; footer")
    pg.furniture(["峤南金融时报　" + cn_date(2036, 9, 18),
                  "第6版　银行·保险　　责任编辑：葛清和"], "page header")
    k_a = "聚焦普惠金融"
    a = Article(
        "a", "小微企业首贷户数量创新高", subtitle="——8月末全省普惠小微贷款余额同比增长21.4%",
        byline="本报记者　池望舒　见习记者　骆小棠", authors=["池望舒", "骆小棠"],
        notes=kick(k_a) + " It is a short label; the page prints all three parts, kicker, headline and ——副题 (the "
              "subtitle). Byline line 本报记者 X　见习记者 Y: the 见习记者 is an author too. The banker quoted (蒯敏) "
              "is not.",
        paras=[
            "记者从人民银行峤南分行获悉，截至8月末，全省普惠小微贷款余额1.37万亿元，同比增长21.4%，比各项贷款增速高11.2个百分点；今年前8个月新增首贷户4.6万户，创历年同期新高。",
            "首贷户增长的背后，是银行服务方式的变化。峤南农商银行在全省设立了126个“首贷服务中心”，依托税务、社保、电力等数据给企业“画像”，无抵押的信用贷款最快当天审批。“过去小微企业第一次借钱最难，现在我们主动上门找客户。”该行普惠金融部总经理蒯敏说。",
            "与此同时，贷款成本继续下降。8月份全省新发放普惠小微贷款加权平均利率为4.12%，比上年同期下降0.37个百分点。",
        ])
    pg.kicker(a, k_a)
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    sub_b = "——峤南金融监管局有关负责人就《关于进一步规范互联网保险销售行为的通知》答本报记者问"
    b = Article(
        "b", "互联网保险销售将全程“可回溯”", kind="interview", subtitle=sub_b,
        byline="本报记者　符清野", authors=["符清野"],
        notes="答记者问: no kicker; the long ——副题 wraps over two lines at the column edge and is the subtitle (its "
              "second line is part of it, not a headline). Byline line 本报记者 X. The body is ONLY 问：／答： "
              "paragraphs; the official who answers is not named and nobody but the reporter is an author. Kind "
              "interview.",
        paras=[
            "问：出台《通知》的背景是什么？",
            "答：近年来，通过网络平台销售的保险产品快速增长，去年全省互联网保险保费收入达到286亿元。但部分平台存在夸大收益、默认勾选、弱化免责条款提示等问题，消费者投诉有所增加。《通知》就是要把这些问题管起来。",
            "问：“可回溯”具体指什么？",
            "答：就是销售过程要“留痕”。从产品展示、条款提示、健康告知到投保确认，每一个页面、每一次点击都要完整记录并保存至少五年，发生纠纷时可以还原当时的销售场景。",
            "问：对消费者有什么提醒？",
            "答：投保前要仔细阅读免责条款和退保规定，不要轻信“稳赚不赔”“限时秒杀”等宣传，遇到问题可拨打12378热线投诉。",
        ])
    pg.headline(b)
    for ln in wrap(sub_b, pg.cols):
        pg.line(b, ln, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["金融观察"], "column label 金融观察")
    c = Article(
        "c", "理财收益下行期更需回归本源", section="金融观察", kind="commentary",
        byline="□ 卓一帆", authors=["卓一帆"],
        notes="Comment under the label 金融观察 (section); byline line □ X under the headline (the □ is a mark; the "
              "writer is the author). The line （作者系…副教授） after the body is neither body nor byline. Kind "
              "commentary.",
        paras=[
            "今年以来，银行理财产品收益率整体下行，不少投资者感叹“钱越来越难赚”。收益下行是利率中枢下移的自然结果，并不可怕；可怕的是为了维持高收益而放松风险管理。",
            "理财业务的本源是“受人之托、代客理财”。越是收益承压的时候，越要守住信息披露和投资者适当性管理的底线，把产品的风险讲清楚，而不是用“业绩比较基准”制造收益幻觉。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.line(c, "（作者系峤南财经大学金融学院副教授）", "affiliation")
    d = Article(
        "d", "峤南首单科创票据发行",
        notes="The headline stands with NO byline and no dateline under it, and no credit at the end: no byline, no "
              "authors.",
        paras=[
            "9月16日，峤南光启半导体公司在银行间市场成功发行3亿元科创票据，期限3年，票面利率2.38%，募集资金将用于第三代半导体材料研发。这是峤南省首单科创票据。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本周部分银行理财产品业绩比较基准一览",
                  "产品名称　　　　　　期限　　业绩比较基准",
                  "岚峤稳享90天　　　　90天　　2.35%—2.85%",
                  "南湾睿盈一年期　　　365天　 2.80%—3.30%",
                  "峤农安鑫半年开　　　182天　 2.50%—3.00%",
                  "注：以上信息由各行提供，仅供参考，不构成投资建议"], "table of wealth-management products (not an article)")
    pg.furniture(["本版校对：闵小秋　　美编：俞一帆"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lh06() -> Page:
    """Business monthly magazine 产业 pages: headline of two parallel clauses on two lines with ——副题 and byline
    撰文 X　摄影 Y; photo caption; label 对话 over an interview (quoted headline, ——副题 专访…, 本刊记者 X);
    label 书架 over a review with byline line 文／X and the book's data line after the body."""
    pg = Page("lh06.txt", cols=34, indent="", blanks="para", seed=6406,
              style="business monthly magazine 产业 pages, NO indent, blank lines between paragraphs and blocks: header on two lines (magazine + 月号; 栏目 产业　INDUSTRY); feature whose headline is two parallel clauses set on two lines on purpose (把…，/ 把…), ——副题, byline line 撰文　X　　摄影　Y (only the writer an author), photo caption with credit after the body; label 对话 over an interview: headline in quotation marks, ——副题 专访…, byline line 本刊记者 X, intro, then 《经纬商业评论》：／NAME： paragraphs; label 书架 over a book review with byline line 文／X and the book's data line after the body; footer with page number and magazine")
    pg.furniture(["经纬商业评论　2036年6月号",
                  "产业　INDUSTRY"], "page header")
    pg.blank()
    a = Article(
        "a", "把工厂搬进园区，把园区搬上云端", head=["把工厂搬进园区，", "把园区搬上云端"],
        subtitle="——岚桥工业互联网园区的三年实验",
        byline="撰文　邬简　　摄影　靳朗", authors=["邬简"],
        notes="Main headline of two parallel clauses (把…，/ 把…) set on two lines on purpose; joined without the line "
              "break, the comma kept as printed. No kicker; the ——副题 is the subtitle. Byline line 撰文　X　　摄影　Y: "
              "only the writer (邬简) is an author, not the photographer (靳朗). The photo caption after the body is "
              "not body. People quoted (沈牧之, 钱小棉) are not authors.",
        paras=[
            "三年前，岚桥镇还是一片散落在稻田间的小五金作坊。四百多家企业，大多不足二十人，设备老旧，订单靠老板的人脉，旺季加班加点，淡季门可罗雀。",
            "2033年，岚桥开始建设工业互联网园区，把分散的作坊“请”进标准厂房，又在园区里建了一座共享数控车间和一个云平台。企业把订单、图纸和设备数据放到平台上，平台根据产能自动派单，小企业之间可以互相“借”机器、“借”工人。",
            "园区运营公司负责人沈牧之给记者看了一组数据：入园企业的设备平均利用率从41%提高到了72%，交货周期平均缩短了9天，去年园区总产值达到86亿元，是三年前的2.4倍。",
            "“以前接到大单不敢接，怕做不出来；现在平台上一拆分，几家一起做，半个月就交货了。”一家门锁配件企业的老板钱小棉说。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["图／岚桥园区的共享数控车间，一台设备每天为七八家企业加工零件。摄影：靳朗"], "photo caption with credit (not body)")
    pg.gap()
    pg.furniture(["对话"], "column label 对话")
    pg.gap()
    b = Article(
        "b", "“中小外贸企业要学会讲品牌故事”", section="对话", kind="interview",
        subtitle="——专访沧溟贸易集团董事长晏书远",
        byline="本刊记者　卞小川", authors=["卞小川"],
        notes="Interview under the label 对话 (section): the headline is a quotation in quotation marks (written as "
              "printed, marks kept); the ——副题 专访… is the subtitle; byline line 本刊记者 X. The body is an intro "
              "paragraph and 《经纬商业评论》：／晏书远： paragraphs; the man interviewed is not an author. Kind "
              "interview.",
        paras=[
            "沧溟贸易集团从一家做小家电代工的外贸公司起步，如今旗下有三个自主品牌，产品销往60多个国家和地区。近日，本刊记者专访了集团董事长晏书远。",
            "《经纬商业评论》：很多外贸企业还在做代工，你们为什么要做品牌？",
            "晏书远：代工的利润越来越薄，一台电水壶只赚几毛钱，客户一压价就没得赚了。做品牌难，但品牌是自己的，定价权也是自己的。",
            "《经纬商业评论》：中小企业做品牌，最难的是什么？",
            "晏书远：是讲故事。我们的产品质量不差，但海外消费者不知道你是谁。现在我们在海外社交平台上拍短视频，讲工厂里的工匠、讲产品怎么设计出来的，效果比打广告好得多。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["书架"], "column label 书架")
    pg.gap()
    c = Article(
        "c", "写给车间的情书", section="书架", byline="文／孔念真", authors=["孔念真"],
        notes="Book review under the label 书架 (section); byline line 文／X (the reviewer is the author). The book's "
              "data line after the body is neither body nor byline; the book's author (韦长庚) is not an author of "
              "the review.",
        paras=[
            "《制造的温度》是一位在工厂干了三十年的老工程师写的书。书里没有宏大的理论，只有一个个车间里的故事：一台老机床的退役，一位女焊工的成长，一次差点让工厂倒闭的质量事故。读完这本书，你会明白，制造业的竞争力，最终是由一个个具体的人撑起来的。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.line(c, "（《制造的温度》，韦长庚著，岚桥出版社2036年4月版，定价68元）", "bookdata")
    pg.gap()
    pg.furniture(["36　经纬商业评论　JUNE 2036"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lh07() -> Page:
    """证券报 公司 page extracted with a blank line after EVERY line: long-clause kicker over a headline broken in
    mid-phrase; letter-spaced headline with run-in; headline + ——副题; item with no byline."""
    pg = Page("lh07.txt", cols=22, indent="  ", blanks="every", seed=6407,
              style="证券报 公司 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines; company story with a long-clause 引题, a headline broken in mid-phrase over two lines, byline line 本报记者 X; buy-back item whose headline is letter-spaced with single spaces, run-in 本报讯（记者 X）; results story with headline and ——副题 (no kicker), byline line 本报记者 X; item whose headline has NO byline under it; footer")
    pg.furniture(["华衢证券报　" + cn_date(2036, 4, 28),
                  "B2　公司·产业"], "page header")
    k_a = "行业周期下行，产能利用率降至六成"
    a = Article(
        "a", "光伏胶膜龙头放缓两大募投项目建设进度", head=["光伏胶膜龙头放缓", "两大募投项目建设进度"],
        byline="本报记者　欧阳霁", authors=["欧阳霁"],
        notes=kick(k_a) + " It is a long clause with a comma setting the scene. The main headline is broken in "
              "mid-phrase over two lines (verb / object); joined without the line break. Byline line 本报记者 X "
              "(compound surname 欧阳). The analyst and the secretary quoted are not authors.",
        paras=[
            "恒昕胶膜（688917）4月27日晚公告，受光伏行业阶段性供需失衡影响，公司决定将“年产2.5亿平方米光伏胶膜项目”和“研发中心建设项目”达到预定可使用状态的日期，由2036年6月延期至2037年12月。",
            "公告显示，今年一季度公司产能利用率约为61%，比去年同期下降22个百分点；营业收入18.6亿元，同比下降14.7%。公司董事会秘书邵临川表示，放缓扩产是为了避免新增产能闲置，公司将把资金优先投向新型封装材料研发。",
            "有券商分析师认为，光伏辅材行业正进入出清阶段，龙头企业主动控制扩产节奏，有利于行业供需关系逐步改善。",
        ])
    pg.kicker(a, k_a)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "北辰科技拟斥资3亿元回购股份",
        byline="本报讯（记者　沈砚）", authors=["沈砚"], lead="本报讯（记者　沈砚）",
        notes="Headline letter-spaced with single spaces (the figure 3 too), written unspaced. No kicker, no "
              "subtitle. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "北辰科技（301286）4月27日晚公告，公司拟以自有资金1.5亿元至3亿元回购股份，回购价格不超过每股42元，回购股份将用于员工持股计划。",
        ])
    pg.headline(b, sep=" ")
    pg.body(b)
    c = Article(
        "c", "澄光股份一季度净利同比增逾五成", subtitle="——海外订单放量，毛利率提升4.2个百分点",
        byline="本报记者　詹雪", authors=["詹雪"],
        notes="No kicker; the ——副题 is the subtitle. Byline line 本报记者 X.",
        paras=[
            "澄光股份（603571）一季报显示，公司实现营业收入9.82亿元，同比增长23.6%；归母净利润1.37亿元，同比增长52.8%。海外收入占比从去年同期的31%提升至44%，综合毛利率提升4.2个百分点至29.7%。",
        ])
    pg.headline(c)
    for ln in wrap(c.subtitle, pg.cols):
        pg.line(c, ln, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.body(c)
    d = Article(
        "d", "两家公司可转债发行获批",
        notes="The headline stands with NO byline and no dateline under it, and no credit at the end: no byline, no "
              "authors.",
        paras=[
            "4月27日，岚山新材、汇泽环境两家公司发布公告，向不特定对象发行可转换公司债券的申请获得批复，拟募资分别不超过8亿元和5.5亿元。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版编辑：尹如晦　　制作：裘小峰"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lh08() -> Page:
    """City daily 经济 page with wire copy and column breaks: kicker carrying the figures wrapped over two lines over
    a short headline; headline + ——副题; a headline wider than the column wrapped in mid-word; wire item with the
    end mark on a line of its own."""
    pg = Page("lh08.txt", cols=28, indent=FW, blanks="some", colbreak=12, seed=6408, p_para=0.45, p_gap=0.8,
              style="city daily 经济 page indented with ONE U+3000, blank lines sometimes, plus column breaks (a blank line every 12 body lines, also inside paragraphs): header on two lines; wire item whose 引题 carries the figures and wraps over TWO lines above a short headline, run-in 星河社北京5月6日电（记者 X）, （完） run in at the end; feature with headline and ——副题 (no kicker), byline line 本报记者 X; item whose headline is wider than the column and wraps in mid-word (…工程项 / 目建设), run-in 本报讯（记者 X　通讯员 Y）; wire item with run-in 星河社澜州5月6日电（记者 X） and （完） on a line of its own; footer")
    pg.furniture(["岚江日报　" + cn_date(2038, 5, 7) + "　第5版",
                  "经济·产业　　责任编辑：甄北辰"], "page header")
    pg.blank()
    k_a = "前4个月全国铁路完成固定资产投资2218亿元、同比增长9.1%，中西部地区占比过半"
    a = Article(
        "a", "铁路投资持续加力",
        byline="星河社北京5月6日电（记者　宁致远）", authors=["宁致远"],
        lead="星河社北京5月6日电（记者　宁致远）", tail="（完）",
        notes=kick(k_a) + " The kicker carries the figures and wraps over two lines at the column edge; the short "
              "line under it is the headline (the news in brief). Run-in 星河社北京5月6日电（记者 X） excluded from "
              "first; （完） run in at the end excluded from last.",
        paras=[
            "记者6日从国家铁路集团获悉，今年前4个月，全国铁路完成固定资产投资2218亿元，同比增长9.1%，其中中西部地区完成投资1163亿元，占比52.4%。",
            "目前，在建铁路项目共计126个，其中年内计划开通的有19个。国家铁路集团有关负责人表示，将加快推进沿江、沿海等主通道建设，同步推进一批城际铁路和市域（郊）铁路项目。",
        ])
    for ln in wrap(k_a, pg.cols):
        pg.kicker(a, ln)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "制度型开放引来“新面孔”", subtitle="——岚江自贸片区一季度新设外资企业42家",
        byline="本报记者　裴知夏", authors=["裴知夏"],
        notes="No kicker; the ——副题 is the subtitle. Byline line 本报记者 X. The executive quoted (安德烈·马连科) is "
              "not an author.",
        paras=[
            "今年一季度，岚江自贸片区新设外资企业42家，同比增长35%，实际使用外资1.9亿美元。其中，来自欧洲和中东的投资者明显增多，生物医药、跨境数据服务和高端装备维修成为新的投资热点。",
            "“我们看中的是这里的规则。”一家外资医疗器械企业中国区总经理安德烈·马连科说，片区推出的跨境数据流动“负面清单”和进口研发用物品“白名单”，让企业在岚江设立研发中心少了很多顾虑。",
            "据介绍，岚江自贸片区今年将再推出30项制度创新举措，重点在服务贸易、数据流动和知识产权保护等领域先行先试。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "岚江出台十二条措施支持民营企业参与交通能源水利重大工程项目建设",
        head=["岚江出台十二条措施支持民营企业参与交通能源水利重大工程项", "目建设"],
        byline="本报讯（记者　裴知夏　通讯员　阮吉）", authors=["裴知夏", "阮吉"],
        lead="本报讯（记者　裴知夏　通讯员　阮吉）",
        notes="One headline, wider than the column, wrapped at the column edge in mid-word (项 / 目建设); the short "
              "second line is the end of the headline; joined without the line break. No kicker, no subtitle. Run-in "
              "本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "岚江市日前出台《支持民营企业参与重大工程项目建设的若干措施》，提出十二条具体举措。其中明确，交通、能源、水利等领域的重大项目，除法律法规另有规定外，不得对民营企业设置额外的准入条件；符合条件的项目将向民间资本推介，推介项目中民间资本参股比例原则上不低于10%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "澜州港启用首个全自动化码头", byline="星河社澜州5月6日电（记者　毛采薇）", authors=["毛采薇"],
        lead="星河社澜州5月6日电（记者　毛采薇）",
        notes="Wire item, no kicker, no subtitle. Run-in 星河社澜州5月6日电（记者 X） excluded from first; the end mark "
              "（完） printed on a line of its own after the body is not body.",
        paras=[
            "澜州港鹭屿港区全自动化集装箱码头6日正式启用。码头岸线长1100米，配备12台远程操控岸桥和48台无人驾驶集卡，设计年吞吐能力260万标准箱。",
            "与传统码头相比，自动化码头作业效率提高约20%，操作人员减少约七成。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.line(d, "（完）", "endmark")
    pg.blank()
    pg.furniture(["本版编辑：甄北辰　　校对：殷小满"], "footer")
    return pg


PAGES = [lh05, lh06, lh07, lh08]
