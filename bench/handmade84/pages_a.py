"""Pages mb01-mb04 of handmade84 (development set; all papers, names, firms, places and figures invented).

Each page is laid out with the shared kit (../handmade_kit/layout.py); the blank-line policy, the indentation
and the column width change from page to page. The helpers below are imported by pages_b.py and pages_c.py.
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, cn_date, justify, wrap


# ---- helpers -----------------------------------------------------------------
def box(pg: Page, lines: list[str], what: str, gap: bool = True) -> None:
    """A non-article block (header, footer, label, caption, table, advert, notice); '' inside = blank line
    (printed unless the page prints no blank lines at all). Then the page's block gap."""
    pg.furniture(lines, what)
    if gap:
        pg.gap()


def top(pg: Page, a: Article, kicker: str | None = None, sep: str | None = None,
        subtitle_first: bool = False, gaps: bool = True) -> None:
    """Kicker, headline, ——副题 and byline lines in the usual order (the byline line only when the credit is
    not run in), each followed by the page's block gap when `gaps`."""
    def g() -> None:
        if gaps:
            pg.gap()
    if kicker:
        pg.kicker(a, kicker)
        g()
    pg.headline(a, sep=sep)
    g()
    if a.subtitle:
        pg.line(a, a.subtitle, "subtitle")
        g()
    if a.byline and not a.lead and not a.tail:
        pg.line(a, a.byline, "byline")
        g()


def whole(pg: Page, a: Article, kicker: str | None = None, sep: str | None = None, gaps: bool = True,
          **kw) -> None:
    top(pg, a, kicker=kicker, sep=sep, gaps=gaps)
    pg.body(a, **kw)
    pg.gap()


def interleave(pg: Page, a: Article, b: Article, ia: list, ib: list) -> None:
    """Two columns set side by side read LINE BY LINE: a line of A, a line of B, a line of A ... (as a text tool
    that sorts by baseline leaves two narrow columns); the longer one goes on alone."""
    la = [it for it in ia if it[0] == "line"]
    lb = [it for it in ib if it[0] == "line"]
    for k in range(max(len(la), len(lb))):
        if k < len(la):
            pg.emit(a, [la[k]])
        if k < len(lb):
            pg.emit(b, [lb[k]])


# ---------------------------------------------------------------------------
def mb01() -> Page:
    """Provincial party daily 要闻 page, indented with two U+3000 and blank lines only between articles: long
    report with kicker, letter-spaced headline, ——副题, three-name byline and three crossheads; 本报评论员
    article; run-in item; 要闻简讯 items whose headlines are run in at the start of their first line."""
    pg = Page("mb01.txt", cols=26, indent=FW * 2, blanks="arts", seed=8401,
              style="provincial party daily 要闻 page, indent two U+3000, blank lines only between articles and "
                    "blocks: header (paper; date with weekday; 要闻　2); long report (about 900 characters) with 引题 "
                    "kicker, headline LETTER-SPACED with ASCII spaces, ——副题, byline line 本报记者 X　Y　通讯员 Z, three "
                    "crossheads of the kind 放权赋能：让县里“说了算”, two body lines letter-spaced by justification; "
                    "本报评论员 article (byline line 本报评论员); item with run-in 本报讯（记者 X）; label 要闻简讯 over "
                    "three items whose headline is run in at the start of the first line (●headline　text), no blank "
                    "line between the items; footer with 责任编辑 and 美术编辑")
    box(pg, ["蘅州日报", cn_date(2036, 6, 18), "要闻　2", ""], "page header")
    a = Article(
        "a", "深化改革激活县域发展新动能",
        subtitle="——我省推进扩权强县改革三年综述",
        byline="本报记者　梁秋野　祁晓岚　通讯员　苏木棉", authors=["梁秋野", "祁晓岚", "苏木棉"],
        notes="Lead report. The headline is letter-spaced (深 化 改 革 …); the title is written unspaced. The 引题 "
              "kicker 县域经济高质量发展巡礼 is neither title nor subtitle; the ——副题 is the subtitle. Byline line with "
              "two 本报记者 and one 通讯员: all three are authors. The three crossheads (放权赋能：…, 产业强县：…, "
              "城乡融合：…) are body lines. Two body lines are letter-spaced by justification. The official quoted "
              "(邝远道) is not an author.",
        paras=[
            "六月的蘅州大地，处处涌动着发展热潮。在栖梧县经济开发区，总投资36亿元的新型储能电池项目正加紧设备调试；在汶溪县，全省首个县级数据要素交易服务中心挂牌运营；在云岫县，新落户的12家食品企业陆续投产……三年来，我省以扩权强县改革为牵引，推动县域经济规模、质量、效益同步提升。",
            "数据显示，2035年全省县域地区生产总值达到3.12万亿元，占全省经济总量的比重提高到54.6%；地区生产总值超过500亿元的县（市）由三年前的9个增加到17个，县域一般公共预算收入年均增长7.8%。",
            Cross("放权赋能：让县里“说了算”"),
            "“过去一个项目从立项到开工，很多审批事项要跑到市里、省里，现在在县里就能办结。”栖梧县发展改革局局长邝远道说。三年来，我省分三批向县（市）下放经济社会管理权限386项，涵盖项目审批、土地利用、市场监管等领域，企业投资项目审批时间平均压缩到28个工作日以内。",
            "财政体制改革同步推进。省级新增财力向县域倾斜，对县域经济发展考核优秀的县（市）给予奖补，三年累计下达各类激励资金96亿元。",
            Cross("产业强县：一县一业塑特色"),
            "县域强不强，关键看产业。我省引导各县（市）立足资源禀赋，每个县重点培育1至2个主导产业，形成了栖梧储能、汶溪数字经济、云岫绿色食品、棠川纺织服装等一批特色产业集群。全省县域规上工业企业达到1.46万家，三年增加3100余家，县域工业增加值占全省比重超过六成。",
            "园区是产业发展的主阵地。全省县级开发区全面推行“管委会+公司”模式，亩均税收由三年前的18.6万元提高到26.3万元。",
            Cross("城乡融合：公共服务向下沉"),
            "改革红利正转化为群众的获得感。三年来，全省新增县城义务教育学位42万个，县级医院全部达到二级甲等以上水平，县域内就诊率稳定在90%以上。越来越多的外出务工人员选择回到家乡就业创业，去年全省县域新增返乡创业人员6.8万人。",
            "省发展改革委有关负责人表示，下一步，我省将持续深化扩权强县改革，推动更多要素资源向县域集聚，力争到2038年县域地区生产总值突破4万亿元。",
        ])
    top(pg, a, kicker="县域经济高质量发展巡礼", sep=" ")
    pg.emit(a, justify(pg.render_body(a), [3, 17], sep=" "))
    pg.blank()
    b = Article(
        "b", "让县域成为高质量发展的强支撑", byline="本报评论员", kind="commentary",
        notes="本报评论员 article (the paper's editorial voice), byline line 本报评论员 under the headline: no "
              "authors. Kind commentary.",
        paras=[
            "县域兴则省域兴。三年扩权强县改革的实践表明，给县里更多自主权，县域发展的活力就会充分迸发出来。",
            "放权不是一放了之。权限下放之后，能不能接得住、用得好，考验着县级政府的治理能力。要加强业务培训和跟踪评估，对基层承接有困难的事项及时调整，确保放得下、接得住、管得好。",
            "发展县域经济，产业是根基，人才是关键。各地要坚持因地制宜，不搞一哄而上，在做强特色产业上持续用力；要在住房、教育、医疗等方面拿出更多务实举措，让各类人才愿意来、留得住。",
            "蹄疾步稳推改革，久久为功抓落实。只要锚定目标不放松，县域经济一定能够成为全省高质量发展的强劲引擎。",
        ])
    whole(pg, b)
    pg.blank()
    c = Article(
        "c", "全省外贸进出口前5个月增长8.9%",
        byline="本报讯（记者　韦拾遗）", authors=["韦拾遗"], lead="本报讯（记者　韦拾遗）",
        notes="Run-in 本报讯（记者 X） at the start of the first (indented) line, excluded from first.",
        paras=[
            "记者从泱城海关获悉，今年前5个月，我省货物贸易进出口总值4286.3亿元，同比增长8.9%，其中出口2714.8亿元，增长11.2%；进口1571.5亿元，增长5.1%。",
            "从产品看，机电产品出口占出口总值的58.3%，电动载人汽车、锂离子蓄电池和太阳能电池出口合计增长36.7%。从市场看，我省对共建“一带一路”国家进出口增长13.4%，占全省外贸总值的比重提高到49.1%。民营企业进出口2963.7亿元，增长10.6%，继续保持第一大外贸经营主体地位。",
        ])
    whole(pg, c)
    pg.blank()
    box(pg, ["要闻简讯"], "column label 要闻简讯")
    items = [
        ("d1", "泱城至栖梧城际铁路开通运营",
         "6月16日，泱城至栖梧城际铁路正式开通运营。线路全长118公里，设站9座，设计时速200公里，两地最快通行时间由原来的1小时50分钟缩短至38分钟。"),
        ("d2", "我省新增3个国家级农业产业强镇",
         "记者从省农业农村厅获悉，汶溪县白沙镇、云岫县青石镇和棠川县鹭坪镇入选今年国家级农业产业强镇建设名单，每镇将获得中央财政奖补资金1000万元，重点支持茶叶、食用菌和水产加工等主导产业发展。"),
        ("d3", "首届蘅州数字贸易博览会下旬举办",
         "首届蘅州数字贸易博览会将于6月26日至28日在泱城国际会展中心举办，设数字产品、数字服务、数字技术三大展区，目前已有来自18个国家和地区的420家企业确认参展。博览会期间还将举办跨境数据流动、数字人民币应用等专题论坛。"),
    ]
    for key, title, text in items:
        d = Article(key, title, section="要闻简讯", lead="●" + title + "　",
                    notes="Item of the 要闻简讯 column (section): its headline is run in at the start of its first "
                          "line (●headline, U+3000, then the text), so title_line is the first body line and the "
                          "headline is excluded from first. No credit, no authors. No blank line between the items.",
                    paras=[text])
        pg.body(d, head_role=True)
    pg.blank()
    box(pg, ["责任编辑：杭望舒　美术编辑：简舟"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def mb02() -> Page:
    """Securities daily 公司新闻 page, two ASCII spaces of indent, blank lines sometimes, column breaks: company
    lead, a story with byline ■本报记者 X　见习记者 Y, a market-data box, 公告速递 digest entries with their own
    headlines, a 公司观察 comment with □ X, disclaimer footer."""
    pg = Page("mb02.txt", cols=21, indent="  ", blanks="some", colbreak=14, seed=8402, p_para=0.45, p_gap=0.6,
              style="securities daily 公司新闻 page, indent two ASCII spaces, blank lines sometimes, plus a column "
                    "break (blank line) every 14 body lines (also inside paragraphs): header (paper; A06　公司新闻; "
                    "date with weekday); company-results lead whose headline is two phrases parted by U+3000, byline "
                    "line 本报记者 X; spin-off story with byline line ■本报记者 X　见习记者 Y; 市场数据 box (margin "
                    "balances); label 公告速递 over four digest entries, each a headline line 公司：事项 and one or "
                    "two sentences, no credit; label 公司观察 over a comment with byline line □ X; footer with "
                    "责任编辑 and a disclaimer")
    box(pg, ["华鼎证券报", "A06　公司新闻", cn_date(2036, 4, 29)], "page header")
    a = Article(
        "a", "锂电材料企业一季报出炉龙头公司盈利修复",
        head=["锂电材料企业一季报出炉　龙头公司盈利修复"],
        byline="本报记者　贺知年", authors=["贺知年"],
        notes="Lead. Headline of two phrases parted by U+3000; title joined without "
              "the space. Byline line 本报记者 X. The analyst quoted (unnamed) is not an author. Column breaks (blank "
              "lines every 14 body lines) fall inside paragraphs.",
        paras=[
            "截至4月28日，A股23家锂电材料上市公司中已有19家披露2036年一季度报告。记者梳理发现，行业整体盈利较去年四季度明显修复，但公司之间分化加剧：正极材料、电解液龙头净利润环比大幅增长，部分二三线企业仍处于亏损状态。",
            "以正极材料龙头栖梧锂能为例，公司一季度实现营业收入86.4亿元，同比增长12.7%；归母净利润5.12亿元，同比增长41.3%，环比扭亏为盈。公司在季报中表示，随着下游储能需求回暖，一季度产能利用率回升至82%，高镍产品出货量同比增长近五成。",
            "与之形成对比的是，另有6家公司一季度净利润同比下滑，其中3家出现亏损。一位券商电新行业分析师对记者表示，上游碳酸锂价格在一季度低位企稳，库存减值压力有所缓解，但中小企业议价能力弱、产品同质化严重，盈利修复明显滞后于龙头。",
            "多家公司在业绩说明会上透露，二季度订单排产情况好于一季度。业内人士认为，在行业出清过程中，拥有技术和成本优势的头部企业市场份额有望进一步提升。",
        ])
    pg.headline(a, lines=wrap(a.head[0], 21))
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "鼎越医药拟分拆子公司至创业板上市",
        byline="■本报记者　程砚　见习记者　沈淮", authors=["程砚", "沈淮"],
        notes="Byline line ■本报记者 X　见习记者 Y (the ■ is a mark; the reporter and the trainee reporter are both "
              "authors).",
        paras=[
            "鼎越医药4月28日晚间公告，公司拟将控股子公司鼎越生物分拆至深交所创业板上市。分拆完成后，公司仍将维持对鼎越生物的控制权，持股比例预计不低于51%。",
            "公告显示，鼎越生物主要从事重组蛋白和诊断试剂原料的研发与生产，2035年实现营业收入9.8亿元，净利润2.16亿元。鼎越医药表示，本次分拆有利于鼎越生物拓宽融资渠道、提升研发投入强度，也有利于母公司更加聚焦创新药主业。",
            "记者注意到，今年以来已有十余家上市公司披露分拆上市预案，以医药、电子和新能源行业为主。",
        ])
    whole(pg, b)
    box(pg, ["市场数据", "4月28日两市融资融券余额", "沪市　9826.4亿元　增31.2亿元", "深市　8713.9亿元　增24.6亿元",
             "合计　18540.3亿元"], "市场数据 box (table, not an article)")
    box(pg, ["公告速递"], "column label 公告速递")
    entries = [
        ("c1", "恒翊电子：拟定增募资不超过18亿元",
         "恒翊电子公告，公司拟向不超过35名特定对象发行股票，募集资金总额不超过18亿元，扣除发行费用后将用于车规级功率模块扩产项目和补充流动资金。项目达产后，公司功率模块年产能将由目前的120万只提升至360万只。"),
        ("c2", "泱城精工：一季度净利润同比增长27%",
         "泱城精工披露一季报，报告期内公司实现营业收入14.3亿元，同比增长18.6%；归母净利润1.52亿元，同比增长27.1%。公司表示，工业机器人减速器产品订单饱满是业绩增长的主要原因。"),
        ("c3", "汶江港务：控股股东拟增持不超过2亿元",
         "汶江港务公告，控股股东汶江港口集团计划自公告之日起6个月内，通过集中竞价方式增持公司股份，增持金额不低于1亿元、不超过2亿元。控股股东表示，本次增持基于对公司长期投资价值的认可，增持期间及法定期限内不减持所持公司股份。"),
        ("c4", "碧渚银行：拟每10股派发现金红利1.05元",
         "碧渚银行公告，董事会审议通过2036年中期利润分配方案，拟每10股派发现金红利1.05元（含税），合计派发约12.6亿元，占中期归母净利润的30.2%。"),
    ]
    for key, title, text in entries:
        c = Article(key, title, section="公告速递",
                    notes="Entry of the 公告速递 digest (section): headline line 公司：事项 (written as printed, with its "
                          "colon), one or two sentences, no credit: no authors.",
                    paras=[text])
        pg.headline(c, lines=wrap(title, 21))
        pg.body(c)
        pg.gap()
    box(pg, ["公司观察"], "column label 公司观察")
    d = Article(
        "d", "回购注销比“口头护盘”更有分量", section="公司观察", kind="commentary",
        byline="□ 林砚舟", authors=["林砚舟"],
        notes="Comment under the label 公司观察 (section); byline line □ X (the □ is a mark). Kind commentary.",
        paras=[
            "今年以来，上市公司回购热情高涨。据统计，截至4月下旬，两市已有400余家公司披露回购方案，拟回购金额上限合计超过1200亿元。其中，明确将回购股份用于注销的公司数量同比增长两倍多。",
            "用于注销的回购直接减少总股本，能够实实在在提升每股收益，比一纸“不减持承诺”或者“看好公司发展”的表态更有分量。也要看到，个别公司回购方案“雷声大、雨点小”，披露时金额区间定得很宽，到期实际完成比例却很低。",
            "监管部门对回购实施情况持续跟踪，对未按计划实施的公司及时问询。只有言出必行，回购才能真正成为稳定市场预期、回报投资者的有效工具。",
        ])
    whole(pg, d)
    box(pg, ["责任编辑：顾南星　美编：白鹭"] + wrap("本版文章仅供参考，不构成投资建议。据此操作，风险自担。", 21),
        "footer with 责任编辑 and disclaimer", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mb03() -> Page:
    """Weekly magazine cover feature: headline, standfirst (导语), byline 文｜本刊记者 X and an 编辑｜Y line, body
    with three crossheads, two pull quotes and a photo caption (摄影｜…) between paragraphs; a 链接 sidebar with
    its own headline; page footer with folio."""
    pg = Page("mb03.txt", cols=19, indent=FW * 2, blanks="para", seed=8403,
              style="weekly magazine 封面故事 page, indent two U+3000, blank lines between paragraphs and blocks: "
                    "running header (封面故事｜COVER STORY); headline; standfirst (导语, two sentences set apart under "
                    "the headline); byline line 文｜本刊记者 X and a line 编辑｜Y; feature (about 1000 characters) with "
                    "three crossheads, two PULL QUOTES (sentences repeated from the text, set narrower, blank lines "
                    "around) and a photo caption with credit 摄影｜本刊记者 X BETWEEN two paragraphs; label 链接 over "
                    "a sidebar with its own headline and no byline; footer with folio and magazine name")
    box(pg, ["封面故事｜COVER STORY"], "running header")
    a = Article(
        "a", "一座县城的“出海”实验", section="封面故事",
        byline="文｜本刊记者　乔慕白", authors=["乔慕白"],
        notes="Magazine cover feature (section 封面故事 from the running header). The standfirst (导语) printed "
              "between the headline and the byline is a display block: neither title, subtitle nor body; the body "
              "starts after the byline and the 编辑｜Y line. Byline 文｜本刊记者 X (the writer is the author); the "
              "editor named on the 编辑｜ line is not. Crossheads (从代工到品牌, 小县城里的“大数据”, 经验能否复制) and "
              "the two pull quotes (sentences repeated from the text) are body lines. The photo caption with credit "
              "between two paragraphs is not body (body in pieces). The people quoted (简一诺, 詹怀远, 鲍星河, "
              "邵言川) are not authors.",
        paras=[
            "早上七点半，棠川县跨境电商产业园的直播间已经亮起了灯。26岁的运营主管简一诺对着镜头，用英语介绍一款可折叠的户外露营椅。屏幕另一端，是远在大洋彼岸、刚刚结束晚餐的买家。",
            "“一场直播下来，能成交三四百单。”简一诺说。她所在的鹭翔户外用品公司，五年前还是一家只做代工的外贸工厂，利润薄，订单看人脸色。如今，公司自有品牌的产品卖到了40多个国家和地区，去年跨境电商销售额突破3亿元。",
            Cross("从代工到品牌"),
            "棠川是传统的户外用品和家纺产业大县，全县有相关企业2000余家。但长期以来，这些企业大多处在产业链的加工环节。“一把椅子出口价30元，到了国外超市卖300元，中间的钱都被别人赚走了。”棠川县商务局局长詹怀远说。",
            "转变始于2031年。那一年，棠川获批设立省级跨境电商综合试验区，县里拿出专项资金，建设产业园、海外仓和人才培训基地，对企业注册自有品牌、参加海外展会给予补贴。",
            Quote("“一把椅子出口价30元，到了国外超市卖300元，中间的钱都被别人赚走了。”"),
            "五年间，棠川跨境电商企业从不足百家增加到1260家，自主品牌数量达到380个，跨境电商交易额从2031年的12亿元增长到去年的146亿元，年均增速超过60%。",
            Cross("小县城里的“大数据”"),
            "在产业园的数据服务中心，一块大屏实时滚动着各个平台的订单数据。中心负责人鲍星河介绍，园区为入驻企业提供选品分析、流量投放和物流比价等服务，“小企业自己养不起数据团队，我们就把能力做成公共服务”。",
            "物流曾是最大的短板。如今，棠川企业在海外的12个公共海外仓总面积达到18万平方米，货物从下单到送达海外买家手中，平均时间从20多天缩短到7天以内。",
            Quote("小企业自己养不起数据团队，我们就把能力做成公共服务。"),
            Cross("经验能否复制"),
            "棠川的探索引起了不少县城的关注。今年以来，已有30多个县（市）的考察团来到这里。但在业内人士看来，跨境电商并非“一招鲜”。",
            "“棠川的底气来自扎实的制造业基础。”长期研究县域经济的蘅州大学经济学院教授邵言川说，没有产业支撑的跨境电商难以持久，各地应当从自身产业出发，在品牌、标准和服务上下功夫，而不是简单地建园区、拉主播。",
            "对于简一诺和她的同事们来说，下一步的目标很明确：把更多“棠川制造”变成全球消费者认得出的“棠川品牌”。",
        ])
    pg.headline(a)
    pg.gap()
    box(pg, wrap("从给外贸工厂做代工，到自建品牌卖向全球，棠川县用五年时间走出了一条县域跨境电商的新路。它的经验能否复制？", 19),
        "standfirst (导语) under the headline: not body")
    pg.line(a, a.byline, "byline")
    pg.line(a, "编辑｜唐棠", "editor")
    pg.gap()
    pg.body(a, end=2)
    pg.gap()
    box(pg, wrap("棠川县跨境电商产业园内，主播正在直播推介户外用品。", 19) + ["摄影｜本刊记者　乔慕白"],
        "photo caption with credit between two paragraphs (not body)")
    pg.body(a, start=2)
    pg.gap()
    box(pg, ["链接"], "column label 链接")
    b = Article(
        "b", "全省跨境电商综试区扩至11个", section="链接",
        notes="Sidebar under the label 链接 (section) with its own headline and no credit: an article with no "
              "authors.",
        paras=[
            "今年3月，蘅州省新增4个省级跨境电商综合试验区，全省总数达到11个，覆盖所有设区市。去年全省跨境电商进出口额1380亿元，同比增长24.6%，海外仓数量达到286个。",
        ])
    whole(pg, b)
    box(pg, ["24　经纬周刊　2036.05.26"], "footer with folio", gap=False)
    return pg


# ---------------------------------------------------------------------------
def mb04() -> Page:
    """City evening paper 民生 page with ONE U+3000 of indent and NO blank line anywhere: price report with
    kicker; run-in item; 热线追踪 item signed at the end; hotline box; 便民提示 item; item with ■文/记者 X."""
    pg = Page("mb04.txt", cols=16, indent=FW, blanks="never", seed=8404,
              style="city evening paper 民生新闻 page, indent ONE U+3000, NO blank line anywhere: header lines (paper; "
                    "date with weekday; A05　民生新闻; 责任编辑 and 美编); price report with 引题 kicker, headline of two "
                    "phrases parted by U+3000, byline line 晚报记者 X　实习生 Y; item with run-in "
                    "本报讯（记者 X　通讯员 Y）; label 热线追踪 over a reader-complaint follow-up signed （记者 X） run in "
                    "at the end; hotline box (晚报新闻热线, 爆料微信, appeal); label 便民提示 over an item with no credit; "
                    "item with byline line ■文/记者 X; footer with 校对")
    box(pg, ["碧渚晚报", cn_date(2036, 9, 3), "A05　民生新闻", "责任编辑：邬小棠　美编：甘棣"], "page header with 责任编辑")
    a = Article(
        "a", "菜价回落市民“菜篮子”轻了", head=["菜价回落　市民“菜篮子”轻了"],
        byline="晚报记者　钟小满　实习生　陶然", authors=["钟小满", "陶然"],
        notes="Headline of two phrases parted by U+3000 (joined in the title). The 引题 kicker 民生关注 is not part of "
              "the title. Byline line 晚报记者 X　实习生 Y: both authors. No blank lines on this page: headline, "
              "byline and paragraphs follow each other directly. The shopper and the official quoted are not authors.",
        paras=[
            "“上个月西红柿还要六块多一斤，今天只要三块八。”昨天上午，在碧渚城东农贸市场，市民许阿姨拎着满满一袋蔬菜，算起了账。",
            "记者走访发现，随着本地秋季蔬菜陆续上市，碧渚菜价明显回落。市价格监测中心数据显示，8月最后一周，全市18种主要蔬菜平均零售价格为每斤4.26元，环比下降11.3%，其中西红柿、黄瓜、豆角降幅均超过两成。",
            "猪肉价格总体平稳，精瘦肉每斤零售价在13元至14元之间，与上月基本持平。鸡蛋价格小幅上涨，每斤5.6元左右，比上月高出0.3元。",
            "市发展改革委价格监测科负责人介绍，今年全市新建和改造“菜篮子”基地1.2万亩，本地蔬菜自给率提高到65%，加上平价商店的保供作用，预计中秋、国庆期间蔬菜价格将保持稳定。",
        ])
    pg.kicker(a, "民生关注")
    pg.headline(a, lines=wrap(a.head[0], 16))
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "公积金贷款最高额度上调至80万元",
        byline="本报讯（记者　岑一鸣　通讯员　吕方）", authors=["岑一鸣", "吕方"],
        lead="本报讯（记者　岑一鸣　通讯员　吕方）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） (wrapped over two lines) excluded from first; both are authors.",
        paras=[
            "记者昨日从碧渚市住房公积金管理中心获悉，自9月1日起，本市缴存职工家庭使用住房公积金贷款购买首套住房的，最高贷款额度由60万元上调至80万元；购买第二套住房的，最高额度由50万元上调至60万元。",
            "同时，多子女家庭购买自住住房的，贷款额度可在上述基础上再上浮20%。中心负责人表示，调整后，以贷款80万元、期限30年计算，职工每月还款额比使用同等额度商业贷款少约900元。",
        ])
    pg.headline(b, lines=wrap(b.title, 16))
    pg.body(b)
    box(pg, ["热线追踪"], "column label 热线追踪")
    c = Article(
        "c", "老小区雨污分流改造何时完工？", section="热线追踪",
        byline="（记者　杜若）", authors=["杜若"], tail="（记者　杜若）",
        notes="Follow-up of a reader's call under the label 热线追踪 (section); signed （记者 X） run in at the end, "
              "excluded from last (the byline). The reader (unnamed) and the site manager are not authors.",
        paras=[
            "近日，家住碧渚区芙蓉新村的读者打进晚报热线反映，小区雨污分流改造已经施工两个多月，路面开挖后迟迟没有恢复，老人孩子出行很不方便。",
            "记者随后来到芙蓉新村，看到小区主干道一侧仍有约百米路段处于开挖状态。施工方项目负责人解释，前期遇到连续降雨，加上地下管线情况复杂，工期有所延误。",
            "碧渚区住建局回复称，已督促施工单位增加人手、分段施工，确保9月20日前完成管网铺设，9月底前全面恢复路面。记者将继续关注。",
        ])
    pg.headline(c)
    pg.body(c)
    box(pg, ["晚报新闻热线：96521", "（24小时）", "爆料微信：bzwb96521"] + wrap("您身边的新鲜事、烦心事，欢迎告诉我们", 16),
        "hotline box (not an article)")
    box(pg, ["便民提示"], "column label 便民提示")
    d = Article(
        "d", "3条公交线路临时调整", section="便民提示",
        notes="Item under the label 便民提示 (section) with its own headline and no credit: no authors.",
        paras=[
            "因碧水大道改造施工，9月5日起，15路、27路、K3路公交车临时绕行滨河路，取消碧水大道沿线4个站点，恢复时间另行通知。公交集团提醒，市民可通过“碧渚公交”小程序查询车辆实时位置，合理安排出行时间。",
        ])
    pg.headline(d)
    pg.body(d)
    e = Article(
        "e", "社保卡“一卡通”新增12项服务",
        byline="■文/记者　戚晨", authors=["戚晨"],
        notes="Byline line ■文/记者 X under the headline (■ a mark, 文/ the writer's credit): the reporter is the "
              "author.",
        paras=[
            "即日起，碧渚市民持第三代社保卡，除就医购药、领取待遇外，还可以乘坐公交地铁、借阅图书、进入公园景点，新增的12项服务覆盖交通出行、文化体验、政务办理等领域。",
            "市人社局介绍，全市第三代社保卡已发放186万张。尚未换领的市民可到各合作银行网点即时办理，工本费全免。",
        ])
    pg.headline(e, lines=wrap(e.title, 16))
    pg.line(e, e.byline, "byline")
    pg.body(e)
    box(pg, ["本版校对：冯一苇"], "footer", gap=False)
    return pg


PAGES = [mb01, mb02, mb03, mb04]
