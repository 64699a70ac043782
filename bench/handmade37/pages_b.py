"""Pages kg05-kg08 of handmade37 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date

from pages_a import Cont, emit_with, jline, render, side_by_side, starts


# ---------------------------------------------------------------------------
def kg05() -> Page:
    """Provincial daily 区域经济 page: lead with 引题 and ——副题 whose text is cut by a repeated running header
    and by a photo caption with its credit dropped in mid-paragraph, justified lines; article ending with the
    run-in jump （下转第8版） in mid-sentence; label 市县传真 over three items signed at the end."""
    pg = Page("kg05.txt", cols=32, indent="  ", blanks="para", seed=3705,
              style="provincial daily 区域经济 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on three lines (paper + date with weekday; page number + 版名; editors); lead with 引题 kicker, headline, ——副题, byline line 本报记者 X　通讯员 Y, JUSTIFIED lines, the page's RUNNING HEADER repeated in mid-sentence where the column broke, and a photo caption with its credit line (X　摄) dropped in MID-PARAGRAPH; article with run-in 本报青岙讯（记者 X） ending in mid-sentence with the JUMP （下转第8版） run in at the end; label 市县传真 over three items (headline PLACE：…) each signed （记者 X） / （通讯员 X　记者 Y） run in at the end, one justified; numbers cut at line ends; footer")
    pg.furniture(["岚江日报　" + cn_date(2035, 6, 13),
                  "7　区域经济",
                  "责任编辑：秦晓川　　美术编辑：霍小禾"], "page header")
    pg.blank()
    a = Article(
        "a", "嵩源：小五金撑起百亿产业集群", subtitle="——全县五金工具产业产值三年增长62%",
        byline="本报记者　柴未央　通讯员　顾望舒", authors=["柴未央", "顾望舒"],
        notes="Lead. The 引题 kicker 县域经济观察 is neither title nor subtitle (the ——副题 is the subtitle). Byline "
              "line 本报记者 X　通讯员 Y, both authors. **new:** the page's running header (paper + date, page "
              "number + 版名) repeated on a line of its own in mid-sentence where the column broke, and the photo "
              "caption with its credit line (顾望舒　摄, one of the writers) dropped in mid-paragraph, are not "
              "body; the article is one article (pieces). Justified lines are body. The manager and the official "
              "quoted are not authors.",
        paras=[
            "走进嵩源县经济开发区的一家五金工具企业，自动化生产线上，机械臂精准地抓取零件、拧紧螺丝，一把把电钻、角磨机在流水线末端完成检测、装箱。“这条线去年11月投产，用工减少了一半，产能翻了一番。”企业总经理贺长青说，今年前5个月，企业订单同比增长38%，产品远销40多个国家和地区。",
            "嵩源的五金产业起步于上世纪80年代的家庭作坊。经过40多年发展，全县已集聚五金工具及配套企业1400余家，其中规模以上企业186家，形成了从原材料、零部件到整机组装、检测包装的完整产业链。去年，全县五金工具产业产值达到108.6亿元，比2032年增长62%，成为县域经济的第一支柱产业。",
            "“过去是‘小散乱’，拼的是价格；现在要‘专精特’，比的是技术和品牌。”嵩源县工信局负责人介绍，近年来，县里设立每年5000万元的产业转型升级专项资金，支持企业开展智能化改造和产品研发，累计推动320家企业完成“机器换人”，培育省级专精特新中小企业27家。",
            "平台建设为产业升级提供了支撑。2033年，嵩源联合省内高校建成五金工具产业创新服务综合体，提供检验检测、工业设计、知识产权等一站式服务，已累计服务企业2600余家次。县里还建成跨境电商产业园，引导企业从“贴牌代工”转向“自主品牌出海”，目前全县拥有自主出口品牌的企业已达94家。",
            "发展中也面临着挑战。多位企业负责人坦言，原材料价格波动、国际贸易环境变化以及高端技术人才短缺，仍是制约企业发展的主要因素。对此，嵩源正谋划建设五金产业数字化供应链平台，推动原材料集中采购、物流统一配送，同时与职业院校合作开设“五金工匠班”，每年定向培养技术工人500名以上。",
        ])
    pg.kicker(a, "县域经济观察")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = jline(render(pg, a), [2, 9, 16])
    st = starts(items)
    emit_with(pg, a, items, {
        st[2] + 2: (["岚江日报　" + cn_date(2035, 6, 13) + "　　　　7　区域经济"],
                    "running header repeated mid-article where the column broke (not body)"),
        st[3] + 3: (["嵩源县一家五金工具企业的智能生产线上，机械臂正在组装电钻。", "顾望舒　摄"],
                    "photo caption and credit dropped in mid-paragraph (not body)"),
    })
    pg.gap()
    b = Article(
        "b", "青岙县“飞地园区”首批项目投产",
        byline="本报青岙讯（记者　莫知南）", authors=["莫知南"], lead="本报青岙讯（记者　莫知南）",
        tail="（下转第8版）",
        notes="Run-in 本报青岙讯（记者 X） excluded from first. **new:** the text breaks off in mid-sentence on this "
              "page and the jump （下转第8版） is run in at the end of its last line: excluded from last like a "
              "credit. The official quoted is not an author.",
        paras=[
            "6月12日，位于梧阳高新区的青岙“飞地园区”首批3个项目同时投产，涉及智能家居、新能源汽车零部件和医疗器械等领域，总投资11.2亿元，达产后预计年产值可达26亿元。",
            "“飞地园区”是青岙县与梧阳高新区合作共建的产业园区，规划面积1.8平方公里。青岙县负责招商引资，梧阳高新区负责规划建设和运营管理，园区产生的税收按约定比例分成。这种“山区县招商、中心城市落地”的模式，既破解了山区县用地紧、配套弱的难题，也为中心城市带来了新的产业项目。",
            "青岙县有关负责人表示，“飞地园区”不是简单的“飞地”，而是山区县借力发展的“桥头堡”。下一步，青岙将依托园区引进一批关联配套项目，推动园区从",
        ])
    pg.headline(b)
    pg.gap()
    pg.emit(b, render(pg, b))
    pg.gap()
    pg.furniture(["市县传真"], "column label 市县传真")
    pg.gap()
    items3 = [
        Article("c1", "桐溪：“亩均论英雄”盘活低效用地3200亩",
                byline="（记者　韩一树）", authors=["韩一树"], tail="（记者　韩一树）", paras=[
                    "桐溪市推行工业用地“亩均效益”综合评价，对评价靠后的企业实行差别化电价、水价和用地政策，倒逼低效用地再开发。今年以来，全市已通过“腾笼换鸟”、兼并重组、厂房加层等方式盘活低效工业用地3200亩，新引进项目亩均税收达到42万元。"]),
        Article("c2", "棠州：首个县域冷链物流中心投用",
                byline="（通讯员　邵荷　记者　蒋远）", authors=["邵荷", "蒋远"], tail="（通讯员　邵荷　记者　蒋远）", paras=[
                    "6月10日，棠州市白沙渡镇冷链物流中心建成投用。中心总投资1.6亿元，建有冷库4.2万立方米，可满足周边5个乡镇果蔬、水产品的预冷、仓储和分拣需求，农产品损耗率有望从15%左右降到5%以内。"]),
        Article("c3", "鹭川：港区新增两条外贸集装箱航线",
                byline="（记者　蒋远）", authors=["蒋远"], tail="（记者　蒋远）", paras=[
                    "鹭川港区日前新开通两条外贸集装箱航线，分别直达东南亚和南亚主要港口，每周各一班。至此，鹭川港区外贸航线增至17条，今年前5个月集装箱吞吐量同比增长13.8%。"]),
    ]
    for i, art in enumerate(items3):
        art.section = "市县传真"
        art.notes = ("Item under the label 市县传真 (section); headline PLACE：… as printed. Signed "
                     + ("（通讯员 X　记者 Y） (both authors)" if art.key == "c2" else "（记者 X）")
                     + " run in at the end, excluded from last.")
        pg.headline(art)
        its = render(pg, art)
        pg.emit(art, jline(its, [1]) if i == 0 else its)
        pg.gap()
    pg.furniture(["本版邮箱：qyjj@ljrb.example.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kg06() -> Page:
    """City daily 政策·解读 page: label 权威发布 over an article whose headline's second line is printed after the
    byline, full-width digits mixed in; Q&A with a page number alone on a line mid-text; bank advertisement;
    run-in 本报讯 article."""
    pg = Page("kg06.txt", cols=40, indent=FW * 2, blanks="some", seed=3706, p_para=0.35, p_gap=0.85,
              style="city daily 政策·解读 page, blank lines sometimes: header on four short lines (page number; date with weekday; paper; 版名 + editor + proof-reader); label 权威发布 over an article whose headline is split over two lines with its SECOND LINE PRINTED AFTER THE BYLINE line 本报记者 X, FULL-WIDTH digits and punctuation mixed with half-width (６月１４日, ２０万元, ４．２％); Q&A (——deck …答记者问, byline line 本报记者 X　见习记者 Y, 问：／答： paragraphs) with the PAGE NUMBER 4 alone on a line mid-text and full-width digits; bank advertisement; run-in 本报讯（记者 X） article; footer")
    pg.furniture(["4",
                  cn_date(2035, 6, 15),
                  "桐溪日报",
                  "政策·解读　责任编辑：单知秋　校对：景宁"], "page header")
    pg.blank()
    pg.furniture(["权威发布"], "column label 权威发布")
    a = Article(
        "a", "桐溪出台十条措施支持个体工商户发展", subtitle="稳经营扩就业　最高可获20万元创业担保贷款",
        section="权威发布", byline="本报记者　岳听澜", authors=["岳听澜"],
        notes="Under the label 权威发布 (section). **new:** headline split over two lines with the SECOND LINE "
              "PRINTED AFTER the byline line 本报记者 X: as in kg03, the first line is the title and the second, "
              "a clause of its own, the subtitle. **new:** full-width and half-width digits and punctuation mixed "
              "as printed.",
        paras=[
            "６月１４日，桐溪市政府办公室印发《关于进一步支持个体工商户发展的若干措施》（以下简称《措施》），从降低经营成本、加大金融支持、拓展经营场所、优化服务保障等方面提出10条具体举措，自2035年7月1日起施行。",
            "在降低经营成本方面，《措施》明确，对租用国有企业经营用房的个体工商户，租金实行“免二减二”；对年营业额在50万元以下的个体工商户，免费提供电子发票和记账服务。在金融支持方面，个体工商户可申请最高２０万元的创业担保贷款，财政按规定给予贴息；银行业金融机构对个体工商户的普惠贷款利率原则上不高于４．２％。",
            "针对个体工商户反映较多的“经营场所难找”问题，《措施》提出，各区（县）要结合城市更新和便民生活圈建设，在社区、商圈、夜市等区域合理设置临时经营区域和便民摊点，全市年内新增规范化摊点疏导点不少于50处。",
            "市市场监管局数据显示，截至5月底，桐溪全市共有个体工商户41.6万户，占经营主体总数的72.3％，带动就业近90万人。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.emit(a, render(pg, a))
    pg.gap()
    b = Article(
        "b", "新政“红包”怎么领？", subtitle="——市市场监管局有关负责人答记者问", kind="interview",
        byline="本报记者　岳听澜　见习记者　时雨", authors=["岳听澜", "时雨"],
        notes="Q&A: ——deck is the subtitle; byline line 本报记者 X　见习记者 Y, both authors (the official who "
              "answers is not named and not an author). Kind interview. **new:** the page number 4 alone on a "
              "line mid-text is not body (pieces). Full-width digits as printed.",
        paras=[
            "问：哪些经营主体可以享受《措施》中的政策？",
            "答：在桐溪市登记注册、正常经营的个体工商户均可享受。其中部分政策对经营年限、纳税信用等有具体要求，比如申请创业担保贷款，要求经营者无不良信用记录，且贷款用于本人经营。对农村地区的个体工商户，《措施》还专门明确，在申请贷款时可适当放宽担保条件。",
            "问：租金优惠、贷款贴息等政策需要个体工商户自己申请吗？",
            "答：我们将推行“免申即享”和“一网通办”相结合的方式。租金优惠由出租房屋的国有企业直接落实，经营者无需另行申请；贷款贴息、记账服务等事项，经营者可通过“桐溪政务”App或到各区（县）政务服务中心“个体工商户服务专窗”申请，承诺５个工作日内办结。",
            "问：个体工商户在经营中遇到困难，可以通过什么渠道反映？",
            "答：全市已开通“个体工商户诉求直通车”，经营者可拨打１２３４５政务服务便民热线，或通过各级个体劳动者协会反映诉求。对涉及多个部门的复杂问题，我们将实行“首问负责”，由首个受理部门牵头协调，并在10个工作日内反馈办理结果。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    items = render(pg, b)
    emit_with(pg, b, items, {starts(items)[3] + 2: (["4"], "page number alone on a line mid-text (not body)")})
    pg.blank()
    pg.furniture(["广告",
                  "桐溪农商银行　　“兴商贷”",
                  "个体工商户专属信用贷款　最高50万元",
                  "随借随还　按日计息　线上申请　最快当天放款",
                  "服务热线：9658×"], "bank advertisement (not an article)")
    pg.blank()
    c = Article(
        "c", "城区首批36处摊点疏导点启用",
        byline="本报讯（记者　闻溪）", authors=["闻溪"], lead="本报讯（记者　闻溪）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "6月14日，桐溪市城区首批36处摊点疏导点正式启用。这些疏导点分布在江滨、南门、新桥等5个街道，共设置摊位860个，主要经营小吃、果蔬、日用百货和修补服务，每天17时至23时开放。",
            "市城市管理局有关负责人介绍，疏导点摊位通过线上抽签免费分配，优先安排就业困难人员和低收入家庭，摊主须签订食品安全和环境卫生承诺书。开放首日，各疏导点共吸引市民约4.2万人次。",
        ])
    pg.headline(c)
    pg.gap()
    pg.emit(c, render(pg, c))
    pg.blank()
    pg.furniture(["本版邮箱：zcjd@txrb.example.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kg07() -> Page:
    """Provincial daily 财经 page: lead whose two 20-char columns are extracted side by side; a market table
    extracted as ragged cells; label 财经观察 over a comment with 文／X; an article with a photo caption and its
    credit dropped in mid-paragraph."""
    pg = Page("kg07.txt", cols=20, indent=FW * 2, blanks="some", seed=3707, p_para=0.3, p_gap=0.9,
              style="provincial daily 财经 page, blank lines sometimes: header on three lines (page number + 版名; paper + date with weekday; editor and designer); lead with byline line 本报记者 X whose two 20-char columns are extracted SIDE BY SIDE; market TABLE (岚江板块行情) extracted as ragged cell lines (header cells one per line, rows split); label 财经观察 over a comment with byline line 文／X; run-in 本报讯（记者 X　通讯员 Y） article with a photo caption and its credit line (通讯员 X　摄) dropped in MID-PARAGRAPH; numbers cut at line ends; footer")
    pg.furniture(["6　财经",
                  "岚江日报　" + cn_date(2035, 6, 14),
                  "责任编辑：龙小舟　　版式设计：孔维"], "page header")
    pg.blank()
    a = Article(
        "a", "全省上市公司一季度营收同比增长5.8%",
        byline="本报记者　邵青梧", authors=["邵青梧"],
        notes="Lead, byline line 本报记者 X. **new:** its two columns are extracted SIDE BY SIDE (one body range). "
              "The association official quoted is not an author.",
        paras=[
            "记者从省上市公司协会获悉，截至目前，岚江省138家境内上市公司全部披露2035年一季度报告。一季度，全省上市公司合计实现营业收入3126.4亿元，同比增长5.8%；实现归属于母公司股东的净利润218.7亿元，同比增长3.1%，盈利面达到79.7%。",
            "分板块看，主板公司营业收入增长4.9%，创业板和科创板公司营业收入分别增长11.6%和14.3%，成长性相对突出。分行业看，电子、电力设备、汽车零部件等行业表现较好，营业收入增速均超过10%；房地产、建材等行业仍处于调整期，营业收入同比下降。",
            "研发投入持续加大。一季度，全省上市公司研发投入合计96.2亿元，同比增长9.7%，研发强度为3.08%，较上年同期提高0.11个百分点。其中，研发投入超过1亿元的公司有23家。",
            "省上市公司协会有关负责人表示，总体来看，全省上市公司经营稳中有进，但部分公司仍面临需求不足、应收账款增加等压力。下一步，协会将联合相关部门开展“走进上市公司”系列活动，推动上市公司提高治理水平和信息披露质量，更好回报投资者。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    side_by_side(pg, a, render(pg, a), cols=20, gap=6)
    pg.blank()
    pg.furniture(["岚江板块行情（6月13日）",
                  "证券简称",
                  "收盘价（元）",
                  "涨跌幅（%）",
                  "梧阳电气　18.62　+6.31",
                  "桐溪精工",
                  "24.07",
                  "+4.85",
                  "鹭川港务　7.93　+3.12",
                  "嵩源五金　11.46",
                  "-2.07",
                  "棠州药业　31.58　-3.44",
                  "数据来源：岚江证券研究所"], "market table extracted as ragged cell lines (not an article)")
    pg.blank()
    b = Article(
        "b", "县域金融要把“活水”引向小微", section="财经观察", kind="commentary",
        byline="文／钟岳川", authors=["钟岳川"],
        notes="Comment under the label 财经观察 (section), byline line 文／X; commentary.",
        paras=[
            "小微企业和个体工商户是县域经济的“毛细血管”，融资难、融资贵却是它们长期面临的“老难题”。近年来，普惠金融覆盖面不断扩大，但在一些县域，金融机构仍存在“重抵押、轻信用”“重大户、轻小户”的倾向。",
            "破解这一难题，关键在于用好数据。把税务、社保、水电等涉企信息归集起来，为小微企业画好“信用像”，银行才能敢贷、愿贷；同时，要完善政府性融资担保体系和风险补偿机制，为金融机构分担风险。",
            "县域金融机构扎根本地、熟悉客户，理应在服务小微上多下功夫。把“活水”精准引到小微企业身上，县域经济才能充满活力。",
        ])
    pg.furniture(["财经观察"], "column label 财经观察")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, render(pg, b))
    pg.gap()
    c = Article(
        "c", "桐溪农商行普惠小微贷款余额突破300亿元",
        byline="本报讯（记者　邵青梧　通讯员　梁晚）", authors=["邵青梧", "梁晚"],
        lead="本报讯（记者　邵青梧　通讯员　梁晚）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors. **new:** the photo caption and "
              "its credit line (通讯员　梁晚　摄) dropped in mid-paragraph are not body (pieces). The customer "
              "quoted is not an author.",
        paras=[
            "记者日前从桐溪农商银行获悉，截至5月末，该行普惠小微贷款余额达到302.6亿元，较年初增加27.4亿元，增速高于各项贷款平均增速4.2个百分点；普惠小微贷款户数达到6.8万户，较年初增加5100户。",
            "今年以来，该行推出“整村授信”“兴商贷”等产品，组织客户经理进村入户、走街串巷，为农户和个体工商户建立信用档案。嵩源县一家茶叶加工企业负责人说：“以前贷款要找担保、跑好几趟，现在凭信用在手机上就能申请，当天就到账了。”",
            "据了解，该行普惠小微贷款平均利率已降至4.35%，较上年同期下降0.38个百分点。",
        ])
    pg.headline(c)
    pg.gap()
    items = render(pg, c)
    emit_with(pg, c, items, {starts(items)[1] + 4: (["图为桐溪农商行客户经理在嵩源县一家茶企了解", "用款需求。", "通讯员　梁晚　摄"],
                                                    "photo caption and credit dropped in mid-paragraph (not body)")})
    pg.blank()
    pg.furniture(["本版邮箱：cj@ljrb.example.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kg08() -> Page:
    """City daily 城建·住房 page in a 12-char column with no blank lines: an untitled continuation from page 1
    after the line （上接第1版）; an article cut by the repeated running header, justified lines; label ▍住房快讯
    over three items signed （X）, stray • glyphs between them."""
    pg = Page("kg08.txt", cols=12, indent=FW, blanks="never", seed=3708,
              style="city daily 城建·住房 page, a 12-char column indented with ONE U+3000 and NO blank line anywhere: header on four short lines; jump line （上接第1版） over an UNTITLED continuation (no headline repeated, text starting in mid-sentence with no indent); run-in 本报讯（记者 X） article cut by the page's RUNNING HEADER repeated on a line of its own (wider than the column), with JUSTIFIED lines; label ▍住房快讯 (the ▍ a graphic bar) over three items each signed （X） / （记者 X） run in at the end, a stray • alone on a line between them; numbers cut at line ends; footer wider than the column")
    pg.furniture(["3",
                  "城建·住房",
                  "桐溪日报",
                  cn_date(2035, 6, 14)], "page header")
    pg.furniture(["（上接第1版）"], "jump line （上接第1版） (not body)")
    a = Article(
        "a", None,
        notes="**new:** continuation of a front-page article (page 1 is not in this set) after the jump line "
              "（上接第1版）; the headline is not repeated: no title, no byline, no authors on this page. The text "
              "starts in mid-sentence (first is that half-sentence). The engineer quoted is not an author.",
        paras=[
            Cont("目前，2号线一期工程全线18座车站主体结构已全部完工，轨道铺设完成92%，机电设备安装完成76%，预计9月开始空载试运行。"),
            "“2号线开通后，从高铁站到老城区只要25分钟。”市轨道交通集团工程部负责人说，为减少施工对沿线居民和商户的影响，集团对12个施工围挡路段实行“一路段一方案”，夜间22时后禁止高噪声作业，并对受影响较大的沿街商户给予临时经营补贴。",
            "与2号线同步推进的，还有沿线5个站点的综合开发。按照“站城一体”的思路，南门站、江滨站等站点周边将配套建设商业、办公和公共服务设施，打造15分钟生活圈。",
        ])
    pg.emit(a, render(pg, a))
    b = Article(
        "b", "公积金贷款最高额度提高到80万元",
        byline="本报讯（记者　卫小棉）", authors=["卫小棉"], lead="本报讯（记者　卫小棉）",
        notes="Run-in 本报讯（记者 X） excluded from first. **new:** the page's running header (paper, date, 版名, "
              "page number) repeated on a line of its own in mid-sentence is not body (pieces). Justified lines "
              "are body.",
        paras=[
            "记者从桐溪市住房公积金管理中心获悉，自7月1日起，桐溪调整住房公积金贷款政策：缴存职工家庭购买首套自住住房的，公积金贷款最高额度由60万元提高到80万元；购买第二套自住住房的，最高额度由50万元提高到65万元。",
            "此次调整还明确，多子女家庭购买自住住房的，贷款最高额度可再上浮20%；在桐溪缴存住房公积金的新就业大学生，可按月提取公积金支付房租。",
            "市住房公积金管理中心负责人表示，政策调整后，预计每年可多支持约6000户缴存职工家庭购房，减少利息支出约2.3亿元。",
        ])
    pg.headline(b)
    items = jline(render(pg, b), [4, 11, 19])
    emit_with(pg, b, items, {starts(items)[1] + 3: (["桐溪日报　" + cn_date(2035, 6, 14) + "　　城建·住房　3"],
                                                    "running header repeated mid-article (not body)")})
    pg.furniture(["▍住房快讯"], "column label 住房快讯 (with the graphic bar ▍)")
    news = [
        Article("c1", "江滨片区安置房交付1260套", byline="（程野）", authors=["程野"], tail="（程野）", paras=[
            "6月13日，江滨片区安置房项目首批1260套住房开始交付，涉及拆迁居民1100余户。项目配建幼儿园、社区卫生服务站和地下停车位1500个。"]),
        Article("c2", "今年再改造老旧小区64个", byline="（记者　程野）", authors=["程野"], tail="（记者　程野）", paras=[
            "桐溪市今年计划改造2000年以前建成的老旧小区64个，涉及居民1.1万户，重点改造供排水、燃气管网和屋面防水，同步加装电梯120部。"]),
        Article("c3", "保障性租赁住房开放申请", byline="（孟春晓）", authors=["孟春晓"], tail="（孟春晓）", paras=[
            "新桥人才公寓等3个保障性租赁住房项目即日起开放申请，共提供房源980套，租金为同地段市场租金的八五折，新市民、青年人可在线申请。"]),
    ]
    for i, art in enumerate(news):
        art.section = "住房快讯"
        art.notes = ("Item under the label ▍住房快讯 (section 住房快讯; the ▍ is a graphic bar). Signed （X） run in at "
                     "the end, excluded from last." + (" The stray • line after it is not part of it." if i < 2 else ""))
        pg.headline(art)
        pg.emit(art, render(pg, art))
        if i < 2:
            pg.furniture(["•"], "stray glyph • alone on a line")
    pg.furniture(["本版编辑：黎小舟　　校对：夏冬"], "footer")
    return pg


PAGES = [kg05, kg06, kg07, kg08]
