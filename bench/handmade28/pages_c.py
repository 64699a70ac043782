"""Pages w09-w12 of handmade28 (development set; digest and reprint papers; all papers, agencies, names,
firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap
from pages_a import credit


# ---------------------------------------------------------------------------
def w09() -> Page:
    """报刊文摘-like 财经 page: long reprint whose body is printed in TWO pieces around a short boxed item, credit
    line （摘自《X》　NAME）; continuation from page 1 (jump line （上接第1版）, headline repeated, body starting
    mid-sentence); item signed （来源：X网）."""
    pg = Page("w09.txt", cols=34, indent=FW * 2, blanks="arts", seed=2809,
              style="报刊文摘-like 财经 page, blank lines only between articles and blocks: header on two lines (版名 财经; paper + date with weekday + 第4版); long reprint (headline with a colon) whose body is printed in TWO pieces (cut mid-sentence) with a short item (opening 据华岳社报道，, no credit) between them, credit line （摘自《X周刊》　NAME） flush right after the second piece; continuation from page 1: jump line （上接第1版）, the headline repeated, body starting MID-SENTENCE, credit line flush right; item signed （来源：X网） run in at the end; footer with editor and designer")
    pg.furniture(["财经",
                  "星垣报刊文摘　" + cn_date(2035, 5, 14) + "　第4版"], "page header")
    pg.blank()
    a = Article(
        "a", "中小银行加快“瘦身”：一年减少网点逾千个",
        byline="（摘自《启衡金融周刊》　吕未央）", authors=["吕未央"],
        notes="Long reprint whose body is printed in TWO pieces (cut mid-sentence) with the item 一季度保险业保费收入"
              "增长6.1% between them. Credit line （摘自《X周刊》　NAME） flush right after the second piece: byline, "
              "the writer the author. The bank manager quoted is not.",
        paras=[
            "翻开各地中小银行的年报，“网点撤并”成为高频词。据不完全统计，过去一年，全国各类中小银行共撤并营业网点1100余个，其中不少位于城区人流稀少的位置，也有一些是长期亏损的异地分支机构。",
            "网点“瘦身”的背后，是客户行为的深刻变化。一家城商行的负责人告诉记者，该行超过95%的业务已通过手机银行等线上渠道办理，部分网点日均到店客户不足20人，而一个网点每年的租金和人力成本高达数百万元。“与其摊大饼，不如把资源集中到效益更好的区域。”",
            "从区域看，撤并网点较多的是东部沿海省份的城商行和农商行，这些地区线上渠道普及率高、网点密度本就较大。相比之下，中西部县域的农商行网点仍是当地居民办理业务的主要渠道，撤并节奏相对谨慎。",
            "撤并网点的同时，不少银行也在推进网点转型。有的把网点改造成“轻型”智能网点，配备智能柜员机和少量理财经理；有的在社区、园区设立便民服务点，为老年人和小微企业主提供上门服务。",
            "业内人士指出，中小银行在优化网点布局时，要兼顾金融服务的可得性，避免在偏远地区和老年人较多的社区出现服务“空白”。监管部门也要求，银行撤并网点应提前公告，并做好客户的迁移和告知工作。",
        ])
    b = Article(
        "b", "一季度保险业保费收入增长6.1%",
        notes="Short boxed item printed between the two pieces of the long reprint. Its opening 据华岳社报道， is a "
              "clause of the first sentence and stays in the body; no credit, no byline, no authors.",
        paras=[
            "据华岳社报道，今年一季度，保险业实现原保险保费收入2.36万亿元，同比增长6.1%。其中，健康险保费收入增长9.4%，增速领跑各险种；赔付支出7284亿元，增长12.3%。",
        ])
    pg.headline(a)
    first, rest = Page.chunks(pg.render_body(a), [6])
    pg.emit(a, first)
    pg.blank()
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.emit(a, rest)
    credit(pg, a, a.byline)
    pg.blank()
    c = Article(
        "c", "养老金融产品“上新”提速",
        byline="（摘自《中洲经济日报》　祁远帆）", authors=["祁远帆"],
        notes="**new:** continuation of an article begun on page 1 (not in this set): the jump line （上接第1版） is "
              "furniture; the headline repeated over the continuation is the title; the body printed here starts "
              "MID-SENTENCE and first is its first 12 characters. Credit line flush right: byline, the writer the "
              "author.",
        paras=[
            "不同年龄段人群的养老储备需求。记者梳理发现，今年以来已有20余家保险公司推出专属商业养老保险新产品，部分产品引入了“保底+浮动”的收益设计，满足不同风险偏好人群的需要。",
            "与此同时，银行理财公司也在加快布局养老理财产品。这类产品期限普遍在5年以上，业绩比较基准多在4%至6%之间。一位理财公司人士表示，养老理财强调“长钱长投”，投资者不宜只盯着短期收益。",
            "专家提醒，养老金融产品种类繁多，投资者应关注产品的期限、费率和风险等级，结合自身年龄和收入状况合理配置，不要被“高收益”宣传所误导。",
        ])
    pg.furniture(["（上接第1版）"], "jump line （上接第1版） (not body)")
    pg.headline(c)
    pg.body(c)
    credit(pg, c, c.byline)
    pg.blank()
    d = Article(
        "d", "三部门规范互联网平台收费行为",
        byline="（来源：华岳网）", tail="（来源：华岳网）",
        notes="Source credit （来源：X网） run in at the end: byline, excluded from last; no authors.",
        paras=[
            "有关部门日前联合发布互联网平台收费行为合规指引，明确平台不得对平台内经营者收取“选择费”“流量费”等不合理费用，不得利用数据和算法对经营者实施不合理的差别收费。指引要求，平台调整收费标准应提前30日公示，并给予经营者合理的过渡期。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：乔雨眠　　版式：洪冬青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w10() -> Page:
    """City daily's 经济快讯 page extracted with a blank line after EVERY line, indented with four ASCII spaces:
    lead with numbered points (1. 2. …) and byline line; three items whose headlines are RUN IN at the start of
    the paragraph, followed by U+3000 (标题　text), signed （记者 X）, （通讯员 X） or not at all."""
    pg = Page("w10.txt", cols=38, indent="    ", blanks="every", seed=2810,
              style="city daily's 经济快讯 page extracted with a blank line after EVERY line, indented with four ASCII spaces: header on two lines; lead with byline line 本报记者 X and numbered points 1. 2. 3. 4. as paragraphs; label 简讯 over three items whose headlines are RUN IN at the start of the paragraph and parted from the text by one U+3000 (标题　text), signed （记者 X） or （通讯员 X） run in at the end, or not at all; footer with editor and proof-reader")
    pg.furniture(["枫渡日报　" + cn_date(2035, 5, 13) + "　第5版",
                  "经济快讯　　责任编辑：严晚枫"], "page header")
    a = Article(
        "a", "枫渡推出稳外贸十项举措", byline="本报记者　詹若水", authors=["詹若水"],
        notes="Lead with byline line 本报记者 X; the numbered points (1.…4.) are paragraphs of the body. The official "
              "quoted is not an author.",
        paras=[
            "为帮助外贸企业稳订单、拓市场，枫渡市日前出台稳外贸十项举措，今年将安排专项资金2亿元，重点支持企业参展拓市、海外仓建设和跨境电商发展。主要内容包括：",
            "1.支持企业“出海”参展。对企业参加境外重点展会的展位费给予最高70%补助。",
            "2.扩大出口信用保险覆盖面。对小微外贸企业投保短期出口信用保险的保费给予全额补贴。",
            "3.加快海外仓布局。对新建或租用海外仓面积超过5000平方米的企业，给予最高300万元奖励。",
            "4.提升通关便利化水平。推广“提前申报”“两步申报”，进口、出口整体通关时间分别压缩10%以上。",
            "市商务局有关负责人表示，其余举措涉及外贸企业融资、汇率避险、人才引进等方面，相关实施细则将于近期陆续公布。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["简讯"], "column label 简讯")
    runin = ("**new:** headline RUN IN at the start of the paragraph, parted from the text by one U+3000 (标题　text, "
             "no brackets): the title, title_line = body_start; the headline is excluded from first.")
    items = [
        Article("b", "枫渡跨境电商出口增长两成", section="简讯", byline="（记者　吴半山）", authors=["吴半山"],
                lead="枫渡跨境电商出口增长两成" + FW, tail="（记者　吴半山）",
                notes=runin + " Credit （记者 X） run in at the end: byline, excluded from last.",
                paras=["今年一季度，枫渡跨境电商综合试验区实现跨境电商出口额86.3亿元，同比增长20.7%。其中，通过海外仓发货的出口额占比提高到38%。目前，全市跨境电商经营主体已超过2600家。"]),
        Article("c", "枫渡陶瓷产业园新签约项目12个", section="简讯", byline="（通讯员　聂小棠）", authors=["聂小棠"],
                lead="枫渡陶瓷产业园新签约项目12个" + FW, tail="（通讯员　聂小棠）",
                notes=runin + " Credit （通讯员 X） run in at the end: byline, excluded from last.",
                paras=["4月以来，枫渡陶瓷产业园新签约入驻项目12个，总投资额46亿元，涉及高端卫浴、功能陶瓷和陶瓷装备制造等领域。园区今年计划建成标准厂房30万平方米，为项目落地提供保障。"]),
        Article("d", "首届枫渡预制菜产业大会举办", section="简讯",
                lead="首届枫渡预制菜产业大会举办" + FW,
                notes=runin + " No credit, no byline, no authors.",
                paras=["5月10日至11日，首届枫渡预制菜产业大会举办，来自全国的200余家企业参会，现场签约合作项目18个、金额23亿元。枫渡市目前有预制菜生产企业147家，去年产值突破90亿元。"]),
    ]
    for art in items:
        pg.body(art, head_role=True)
    pg.furniture(["本版校对：江潮生"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w11() -> Page:
    """报刊文摘-like 深度·阅读 page in a narrow column with column breaks (a blank line every 14 body lines, also
    inside paragraphs): long reprint (about 800 chars) with □　文／X under its headline and （摘自《X》…期） after
    it; item signed （据《X日报》）; ◆ list item signed （来源：X网）; 征稿启事 notice."""
    pg = Page("w11.txt", cols=20, indent=FW * 2, blanks="some", seed=2811, colbreak=14, p_para=0.25, p_gap=0.9,
              style="报刊文摘-like 深度·阅读 page, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on two lines; long reprint (about 550 characters) with □　文／X on the line under its headline and the source line （摘自《X》2035年第17期） after it; reprint signed （据《X日报》） run in at the end; service item with an intro and three ◆ paragraphs, signed （来源：X网） run in at the end; 征稿启事 notice; footer with editor")
    pg.furniture(["星垣报刊文摘　第7版",
                  cn_date(2035, 5, 14) + "　深度·阅读"], "page header")
    pg.blank()
    a = Article(
        "a", "一座小城的“咖啡经济学”", byline="□　文／林渡", authors=["林渡"],
        notes="Long reprint: the line □　文／X under the headline is the byline (the writer, author); the source line "
              "（摘自《X》2035年第17期） after the body names no person and is not body. Blank lines every 14 body "
              "lines are column breaks, also inside sentences. The shop owners quoted are not authors.",
        paras=[
            "清晨7点，位于南岭省枫渡县老城区的一条小巷里，已经飘出了咖啡的香味。这条不足300米的小巷，聚集了17家咖啡馆。三年前，这里还是一排闲置的老旧仓库。",
            "变化始于2032年。当地一位返乡青年在仓库里开了第一家咖啡馆，凭借复古的装修和本地特色的“茶咖”饮品，很快在社交平台上走红。此后，越来越多的年轻人来这里开店，小巷渐渐有了名气，周末每天能吸引上万名游客。",
            "咖啡馆带来的不只是人气。县文旅部门的数据显示，去年小巷及周边片区接待游客超过180万人次，带动周边民宿、餐饮、文创等消费超过3亿元，新增就业岗位1200多个。一些原本外出打工的年轻人回到家乡，成了咖啡师、摄影师或店主。",
            "在枫渡县，咖啡还和茶产业产生了奇妙的“化学反应”。当地是传统产茶区，有咖啡馆把本地红茶和咖啡拼配，推出的“茶咖”成为招牌饮品；茶企则顺势开发冷萃茶、茶味咖啡豆等新产品，打开了年轻消费市场。",
            "热闹背后也有隐忧。随着店铺增多，同质化竞争开始显现，有的新店开业不到半年就关门转让。租金上涨也让一些早期入驻的小店感到压力。县里已着手编制片区业态规划，引导经营者差异化发展，并对租金涨幅进行协商引导。",
            "“一杯咖啡救不了一座小城，但可以成为一个起点。”一位店主说。对于许多县城来说，如何把一时的“流量”变成长久的“留量”，或许比开多少家咖啡馆更重要。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（摘自《南岭周末》2035年第17期）"], "source line after the body (not body)")
    pg.blank()
    b = Article(
        "b", "“数字游民”带火乡村共享办公",
        byline="（据《望潮日报》）", tail="（据《望潮日报》）",
        notes="Source credit （据《X日报》） run in at the end: byline, excluded from last; no authors.",
        paras=[
            "在望潮市郊的青岚村，一栋改造后的老民居成了“数字游民”的聚集地。这里有高速网络、共享工位和会议室，月租不到1000元，还包含住宿。入住的大多是程序员、设计师、自媒体从业者，他们白天在线上工作，傍晚在田埂上散步。",
            "村里的农家乐、民宿因此多了不少长住客。据统计，去年青岚村接待“数字游民”600余人次，带动村集体增收80多万元。不过，也有人提醒，乡村共享办公要持续发展，还需在网络、医疗等配套上补齐短板。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "个税汇算：这几笔扣除别忘了填", byline="（来源：星垣网）", tail="（来源：星垣网）",
        notes="Service item: an intro paragraph, three ◆ paragraphs (body text, ◆ kept) and a closing line. Source "
              "credit （来源：X网） run in at the end: byline, excluded from last; no authors.",
        paras=[
            "2034年度个人所得税综合所得汇算清缴将于6月30日结束。税务部门提醒，以下几项扣除容易被遗漏：",
            "◆大病医疗。一个纳税年度内，个人负担超过1.5万元的医药费用，可在每年8万元限额内据实扣除。",
            "◆3岁以下婴幼儿照护。按照每个婴幼儿每月2000元的标准定额扣除。",
            "◆个人养老金。缴费可在限额内据实扣除，凭缴费凭证办理。",
            "纳税人可通过个人所得税App查询和补充填报。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["征稿启事"] + wrap("　　本报“深度·阅读”版长期征集反映经济社会发展新变化的优秀文章，来稿请注明原载报刊及作者姓名。投稿邮箱：sdyd@xyszb.cn", 20),
                 "征稿启事 notice (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：尚如许"], "footer")
    return pg


# ---------------------------------------------------------------------------
def w12() -> Page:
    """International reprint daily's 中国观察 page in a narrow column (16): label 外媒观点 over a roundup of foreign
    papers' views (intro, three ◆ paragraphs, （X　编译） at the end); item opening 据西陆通讯社…报道，; correspondent's
    story with a headline on two lines letter-spaced with ASCII spaces and a byline line 本报驻X记者 Y."""
    pg = Page("w12.txt", cols=16, indent=FW * 2, blanks="para", seed=2812,
              style="international reprint daily's 中国观察 page in a narrow column: header on two lines; label 外媒观点 over a roundup of foreign papers' views (intro, three ◆ paragraphs each naming a paper, （X　编译） run in at the end); item opening 据西陆通讯社5月9日报道，, no credit; correspondent's story with a headline on two lines letter-spaced with single ASCII spaces and a byline line 本报驻X记者 Y; footer wider than the column")
    pg.furniture(["寰宇参考报　第10版",
                  cn_date(2035, 5, 10) + "　中国观察"], "page header")
    pg.blank()
    pg.furniture(["外媒观点"], "column label 外媒观点")
    pg.blank()
    a = Article(
        "a", "外媒热议中国消费新趋势", section="外媒观点", byline="（孟栖　编译）", authors=["孟栖"],
        tail="（孟栖　编译）",
        notes="Roundup of foreign papers' views under the label 外媒观点 (section): intro paragraph and three ◆ "
              "paragraphs, each naming a paper (body text, ◆ kept). The credit （X　编译） run in at the end is the "
              "byline, excluded from last; the translator-compiler is the author. Kind article (a compiled roundup, "
              "not the paper's own opinion).",
        paras=[
            "近期，多家外国媒体关注中国消费市场的新变化。",
            "◆北岬《霍尔姆港日报》5月5日文章说，中国消费者正从“买商品”转向“买服务”“买体验”，文旅、体育、演出等服务消费增长明显快于商品消费。",
            "◆奥伦西亚《圣马伦商业报》网站5月6日报道称，中国国产品牌在化妆品、运动服饰等领域的市场份额持续提升，年轻消费者对本土品牌的认同感不断增强。",
            "◆塔维拉《经济周刊》5月7日一期文章认为，中国推动以旧换新等政策，有效带动了汽车、家电等大宗消费，也为全球相关产业链带来了机遇。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "外资机构上调中国经济增长预期",
        notes="Foreign news retold: the opening 据西陆通讯社5月9日报道， is a clause of the first sentence and stays in "
              "the body; no credit, no byline, no authors. Analysts quoted are not authors.",
        paras=[
            "据西陆通讯社5月9日报道，多家外资投资机构近期上调了对中国今年经济增长的预期。其中，一家总部位于圣马伦的投资银行将预期由4.5%上调至4.9%，另一家机构上调0.3个百分点至4.8%。",
            "报道援引分析人士的话说，一季度中国工业生产和出口表现好于预期，稳增长政策持续发力，是机构上调预期的主要原因。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "中国新能源车企加速布局海外", head=["中国新能源车企", "加速布局海外"],
        byline="本报驻塔维拉记者　顾临川", authors=["顾临川"],
        notes="Headline on two lines letter-spaced with single ASCII spaces, joined and unspaced. Byline line "
              "本报驻X记者 Y (a correspondent, the author), wider than the column. The official quoted is not.",
        paras=[
            "在塔维拉南部港口城市贝拉港，一座中国车企投资建设的整车工厂日前竣工投产。工厂设计年产能15万辆，主要生产紧凑型纯电动汽车，产品将销往塔维拉及周边国家。",
            "工厂负责人介绍，项目从签约到投产仅用了20个月，本地员工占比超过85%。工厂还带动了十多家零部件企业在周边落户。",
            "塔维拉工业部官员在投产仪式上表示，中国企业带来的不只是投资，还有电池、电驱等领域的先进技术，有助于当地汽车产业向电动化转型。据统计，目前已有6家中国新能源车企在塔维拉设立工厂或组装线。",
        ])
    pg.headline(c, sep=" ")
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：尹青萝　　校对：应晚晴"], "footer")
    return pg


PAGES = [w09, w10, w11, w12]
