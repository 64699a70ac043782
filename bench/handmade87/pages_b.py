"""Pages me05-me08 of handmade87 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap
from pages_a import box, render_chars, right, top, whole


# ---------------------------------------------------------------------------
def me05() -> Page:
    """City daily 文化产业 page in a narrow column, NO indent, one blank line after every block (pdfminer-like),
    reading order broken: the page OPENS with the lead's headline, letter-spaced with ASCII spaces (the page
    header is read LAST); a 展演预告 box between two paragraphs of the lead; 文化观察 comment with ◎ X; a story
    whose text comes FIRST, its two-line headline and byline ■ X AFTER it, then its photo caption; run-in item
    本报讯（融媒体记者 X）; footer, then the page header."""
    pg = Page("me05.txt", cols=16, indent="", blanks="para", seed=8705,
              style="city daily 文化产业 page in a narrow column, NO indent, one blank line after every block and "
                    "paragraph, reading order broken: the page OPENS with the lead's headline LETTER-SPACED with "
                    "ASCII spaces, byline line 本报记者 X, a 展演预告 box (label, dates, events, places) read BETWEEN "
                    "two paragraphs; label 文化观察 over a comment with byline line ◎ X; a story whose text comes "
                    "FIRST and whose headline (on two lines) and byline line ■ X are printed AFTER it, its photo "
                    "caption with credit X　摄 after them; item with run-in 本报讯（融媒体记者 X）; footer with 责任编辑 "
                    "/ 版式, then the page header (版次 + 版名; paper; date with weekday) read LAST")
    a = Article(
        "a", "数字文创撑起新消费",
        byline="本报记者　言书瑶", authors=["言书瑶"],
        notes="Lead; the page opens with its headline because the page header is read last. Headline letter-spaced "
              "with ASCII spaces (title written unspaced). Byline line 本报记者 X. The 展演预告 box read between two "
              "paragraphs is not body (body in pieces). The operator, the paper-cut artist and the official "
              "mentioned (钱素心, unnamed) are not authors.",
        paras=[
            "从博物馆里的数字藏品，到商圈里的沉浸式演艺，再到直播间里的非遗手作，数字文创正在成为璟州消费市场的新亮点。记者从市文化和旅游局获悉，今年1至11月，全市规模以上文化企业实现营业收入486亿元，同比增长14.8%，其中数字文化新业态企业营业收入增长27.3%。",
            "在璟州老城区的“璟上云游”沉浸式剧场，观众戴上设备，就能“穿越”到百年前的运河码头。剧场开业8个月接待观众23万人次，周末场次一票难求。运营方负责人说，剧场带动周边餐饮、住宿消费，每名观众平均综合消费超过300元。",
            "非遗也在数字化中焕发新生。璟州剪纸传承人钱素心开设的直播间，每场直播观看人数上万，剪纸文创产品年销售额突破600万元。全市已有87个非遗项目开通线上销售渠道。",
            "市文化和旅游局有关负责人表示，明年将设立规模5亿元的文化产业发展基金，重点支持数字文旅、动漫游戏、创意设计等领域。",
        ])
    top(pg, a, sep=" ")
    pg.body(a, end=2)
    pg.gap()
    box(pg, ["展演预告", "", "12月8日至10日", "璟州国际动漫游戏", "博览会", "地点：璟州会展中心", "",
             "12月15日起", "非遗新春市集", "地点：运河文化街区"], "展演预告 box between two paragraphs (not body)")
    pg.body(a, start=2)
    pg.gap()
    box(pg, ["文化观察"], "column label 文化观察")
    b = Article(
        "b", "文创产品不能只靠“颜值”", section="文化观察", kind="commentary",
        byline="◎ 穆之远", authors=["穆之远"],
        notes="Comment under the label 文化观察 (section), byline line ◎ X (the ◎ is a mark; the writer is the "
              "author). Kind commentary.",
        paras=[
            "走进不少景区的文创商店，印着景点图案的雪糕、冰箱贴、帆布包大同小异，换个地名就能通用。文创产品扎堆同质化，看多了难免审美疲劳。",
            "好的文创，要有文化的“里子”。只有深挖本地历史文化资源，讲好背后的故事，再配上过硬的品质和合理的价格，文创产品才能真正走进消费者的生活，而不是买回去就束之高阁。",
        ])
    whole(pg, b)
    c = Article(
        "c", "运河边的老仓库成了“网红”书店",
        head=["运河边的老仓库", "成了“网红”书店"],
        byline="■ 晁晓岚", authors=["晁晓岚"],
        notes="Its body is printed FIRST (right after the comment) and its headline (on two lines, joined) and "
              "byline line ■ X come AFTER it, as a text tool reads a story whose headline sits at the foot of its "
              "block; title_line is after the body. The ■ is a mark; the writer is the author. The photo caption "
              "with credit after the byline is not body. The shop manager quoted is not an author.",
        paras=[
            "由运河边一座上世纪六十年代的粮食仓库改造而成的“拾光书局”，开业半年来已接待读者和游客40余万人次。书店保留了仓库的木质屋架和粮仓编号，一层是图书和文创区，二层设有阅读空间和小型展厅。",
            "“卖书只占营业收入的三成，文创、咖啡和各类文化活动占了大头。”书店店长说。书店每周举办读书会、讲座等活动，成了周边年轻人的“打卡地”。",
        ])
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.gap()
    pg.line(c, c.byline, "byline")
    pg.gap()
    box(pg, wrap("▲市民在“拾光书局”阅读。", 16) + ["晁晓岚　摄"], "photo caption with credit (not body)")
    d = Article(
        "d", "璟州动漫游戏产业园入驻企业超百家",
        head=["璟州动漫游戏产业园", "入驻企业超百家"],
        byline="本报讯（融媒体记者　闻一洲）", authors=["闻一洲"], lead="本报讯（融媒体记者　闻一洲）",
        notes="Headline on two lines (joined). Run-in 本报讯（融媒体记者 X） (wrapped) excluded from first; the "
              "融媒体记者 (media-centre reporter) is the author.",
        paras=[
            "日前，璟州动漫游戏产业园入驻企业达到106家，今年前三季度园区企业营业收入突破18亿元。园区已建成动作捕捉、渲染计算等5个公共技术服务平台，为入驻企业降低研发成本三成以上。",
        ])
    whole(pg, d)
    box(pg, ["责任编辑：聂望秋", "版式：钟小岩"], "footer with 责任编辑")
    box(pg, ["第9版　文化产业", "", "璟州日报", "", cn_date(2039, 12, 6)], "page header read LAST", gap=False)
    return pg


# ---------------------------------------------------------------------------
def me06() -> Page:
    """Metropolitan daily 民生·热线 page, ONE U+3000 of indent, a blank line after EVERY line: hotline lead with
    byline 本报记者 X; label 热线问答 over readers' questions, each headed by a line naming the reader and the
    district, answered by departments, signed （本报记者 X　整理） on a line of its own at the END; label 热线追踪
    over a follow-up with byline 记者 X　通讯员 Y; run-in item; hotline box."""
    pg = Page("me06.txt", cols=26, indent=FW, blanks="every", seed=8706,
              style="metropolitan daily 民生·热线 page, indent one U+3000, a blank line after EVERY line: header "
                    "lines (paper; date with weekday; A05　民生·热线; 责任编辑 / 校对); hotline lead with byline line "
                    "本报记者 X; label 热线问答 over a readers' Q&A (headline, intro, three questions each headed by a "
                    "line ◇district读者　NAME, each answered by a department whose name opens the answer), signed "
                    "（本报记者 X　整理） on a line of its own at the END; label 热线追踪 over a follow-up with byline "
                    "line 记者 X　通讯员 Y; item with run-in 本报讯（记者 X）; hotline box")
    box(pg, ["杉浦都市报", cn_date(2040, 1, 14), "A05　民生·热线", "责任编辑：祝南乔　校对：羿小凡"], "page header")
    a = Article(
        "a", "去年市民热线办结诉求112万件",
        byline="本报记者　蓝听澜", authors=["蓝听澜"],
        notes="Lead, byline line 本报记者 X. A blank line follows every printed line of the page.",
        paras=[
            "记者从杉浦市12345政务服务便民热线管理中心获悉，2039年，热线共受理群众诉求118.6万件，办结112.3万件，按时办结率98.7%，群众满意率达到95.2%，均比上年有所提高。",
            "从诉求内容看，城市管理、住房物业、劳动保障位列前三，分别占总量的18.4%、15.1%和11.6%。其中，拖欠工资类诉求同比下降21%，热线帮助2.3万名劳动者追回工资报酬3.1亿元。",
            "今年，热线将推行“接诉即办”分级响应机制，对涉及群众安全、生活急难的诉求实行“两小时响应、当日办结”。",
        ])
    whole(pg, a)
    box(pg, ["热线问答"], "column label 热线问答")
    b = Article(
        "b", "新年新政策，部门来解答", section="热线问答", kind="interview",
        byline="（本报记者　蓝听澜　整理）", authors=["蓝听澜"],
        notes="Readers' Q&A under the label 热线问答 (section): one headline over an intro and three questions "
              "answered by departments (as the 政策问答 of handmade84 mb07: one article). The lines ◇district读者 "
              "NAME heading each question are crossheads (body lines, as the 'post　NAME' lines of handmade85 "
              "mc08); the readers (邵女士, 柴先生, 阎女士) and the departments answering are not authors. Signed "
              "（本报记者 X　整理） on a line of its own at the END: the byline, not body; the compiler is the author. "
              "Kind interview.",
        paras=[
            "近日，本报民生热线陆续接到读者来电，咨询新年起实施的公积金、养老保险和就业补贴等方面的政策。记者就读者关心的问题，请有关部门进行了解答。",
            Cross("◇城东区读者　邵女士"),
            "我是灵活就业人员，今年起能不能在杉浦缴存住房公积金？怎么办理？",
            "市住房公积金管理中心：从今年1月1日起，在本市就业的灵活就业人员，年满18周岁且未达到法定退休年龄的，可以自愿缴存住房公积金。月缴存基数在本市上年度职工月平均工资的60%至300%之间自主选择，缴存比例为10%至24%。可通过中心官方APP或到各管理部线下办理。",
            Cross("◇江湾区读者　柴先生"),
            "我父亲今年退休，养老金什么时候能领到？需要本人跑腿吗？",
            "市社会保险事业管理中心：参保人员达到法定退休年龄且缴费满15年的，由单位或本人在退休前3个月内提出申请，经审核后次月起按月发放养老金。目前全市已实现退休“一件事”网上办理，无需本人到现场。",
            Cross("◇高新区读者　阎女士"),
            "今年高校毕业生到小微企业就业，企业能享受哪些补贴？",
            "市人力资源和社会保障局：小微企业招用毕业年度或离校两年内未就业高校毕业生，签订1年以上劳动合同并缴纳社会保险的，可按每人每月500元的标准申请社会保险补贴，期限最长3年。",
        ])
    top(pg, b, byline=False)
    pg.body(b)
    pg.line(b, b.byline, "byline")
    box(pg, ["热线追踪"], "column label 热线追踪")
    c = Article(
        "c", "小区门口积水点一周内完成改造", section="热线追踪",
        byline="记者　葛小禾　通讯员　容一舟", authors=["葛小禾", "容一舟"],
        notes="Follow-up under the label 热线追踪 (section), byline line 记者 X　通讯员 Y (both authors).",
        paras=[
            "上周，家住杉浦东路的市民打来热线反映，小区门口路段一下雨就积水，最深处没过脚踝，居民出行不便。",
            "热线将诉求转给市城管局后，相关部门第二天就到现场勘查，发现积水原因是路面下的雨水管道淤堵、管径偏小。施工单位随即对120米管道进行疏通，并新增雨水收集井4座。1月12日，改造完工，经过当天降雨检验，路面已无积水。",
        ])
    whole(pg, c)
    d = Article(
        "d", "城区新开通12条定制公交线路",
        byline="本报讯（记者　葛小禾）", authors=["葛小禾"], lead="本报讯（记者　葛小禾）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从杉浦公交集团获悉，自1月15日起，城区将新开通12条定制公交线路，主要覆盖高新区、临港产业园等通勤需求集中的区域。市民可通过“杉浦公交”小程序预约座位，票价在4元至8元之间。",
        ])
    whole(pg, d)
    box(pg, ["本报民生热线：0×××-96178", "微信公众号：杉浦都市报民生", "来电来信，我们帮您问。"],
        "hotline box (not an article)", gap=False)
    return pg


# ---------------------------------------------------------------------------
def me07() -> Page:
    """City daily 侨乡·开放 page with HALF-WIDTH punctuation (, : ; ( )) mixed into the Chinese text, two ASCII
    spaces of indent, blank lines between paragraphs and blocks: lead with byline 本报记者 X　特约记者 Y and a
    photo caption; label 侨乡故事 over a feature with ◎ X; item with the out-of-town dateline 本报沙澳6月3日电(记者 X);
    label 侨务简讯 over an item signed (X) run in; footer with 投稿邮箱."""
    pg = Page("me07.txt", cols=28, indent="  ", blanks="para", seed=8707,
              style="city daily 侨乡·开放 page with HALF-WIDTH punctuation (, : ; ( ) as some extractors output) "
                    "mixed into the Chinese text, indent two ASCII spaces, blank lines between paragraphs and blocks: "
                    "header lines (paper; date with weekday; 第4版 侨乡·开放; 责任编辑:X 美编:Y); investment lead with "
                    "byline line 本报记者 X　特约记者 Y and a photo caption with credit X 摄 after it; label 侨乡故事 "
                    "over a feature with byline line ◎ X; item with the out-of-town run-in dateline "
                    "本报沙澳6月3日电(记者 X); label 侨务简讯 over an item signed (X) run in at the end; footer with "
                    "投稿邮箱 and 校对")
    box(pg, ["筠江日报", cn_date(2039, 6, 4), "第4版　侨乡·开放", "责任编辑:施望溪　美编:蒯小鸥"], "page header")
    a = Article(
        "a", "前5个月侨资企业在筠投资增长三成",
        byline="本报记者　邝一帆　特约记者　温潮生", authors=["邝一帆", "温潮生"],
        notes="Lead; half-width punctuation in the text. Byline line 本报记者 X　特约记者 Y (both authors). The photo "
              "caption with credit after the body is not body. The overseas investor and the official quoted "
              "(柯守仁, unnamed) are not authors.",
        paras=[
            "记者从筠江市外事侨务办公室获悉,今年1至5月,全市新设侨资企业63家,实际使用侨资4.82亿美元,同比增长31.6%;侨资企业进出口总额达到126亿元,占全市外贸总额的近四分之一。",
            "筠江是著名侨乡,旅居海外的筠江籍乡亲超过80万人,分布在40多个国家和地区。近年来,筠江设立了“侨商服务专窗”,为侨资企业提供登记注册、投资咨询、法律服务等“一条龙”服务,并在沙澳、南洋等地设立了6个海外联络站。",
            "“家乡的营商环境越来越好,我们回来投资也更有信心了。”旅居沙澳的侨商代表柯守仁说。今年3月,他投资2.6亿元的食品加工项目在筠江临港工业园开工,预计明年投产后可提供就业岗位500个。",
            "市外事侨务办有关负责人表示,下一步将举办第三届筠江侨商大会,重点推介新能源、跨境电商和文旅康养等领域项目(共48个),总投资额超过300亿元。",
        ])
    whole(pg, a)
    box(pg, wrap("▲侨商代表在筠江临港工业园考察项目。温潮生 摄", 28), "photo caption with credit (not body)")
    box(pg, ["侨乡故事"], "column label 侨乡故事")
    b = Article(
        "b", "一封侨批里的百年商号", section="侨乡故事",
        byline="◎ 伍念慈", authors=["伍念慈"],
        notes="Feature under the label 侨乡故事 (section), byline line ◎ X (the ◎ is a mark; the writer is the "
              "author). Kind article (a reported story, not an opinion piece). The museum curator quoted is not an "
              "author.",
        paras=[
            "在筠江侨批博物馆,陈列着一封泛黄的侨批。信封上写着“筠江南门外恒丰号转交”,落款日期是1923年。这封家书,见证了一家百年商号的起落。",
            "恒丰号最早是一家经营南北货的小商铺,兼营侨批递送。民国时期,它每年经手的侨批达上万封,是侨乡与南洋之间的“金融驿站”。如今,恒丰号的后人在老店原址开了一家侨批文化主题咖啡馆,每年吸引游客近10万人次。",
            "“侨批里有乡愁,也有生意经。”博物馆馆长说,侨批档案记录了早期侨乡的商贸往来和金融流通,是研究地方经济史的珍贵资料。",
        ])
    whole(pg, b)
    c = Article(
        "c", "筠江至沙澳跨境电商空运专线开通",
        byline="本报沙澳6月3日电(记者　邝一帆)", authors=["邝一帆"], lead="本报沙澳6月3日电(记者　邝一帆)",
        notes="Out-of-town run-in dateline 本报沙澳6月3日电(记者 X) (half-width brackets) excluded from first.",
        paras=[
            "6月3日,一架满载跨境电商包裹的货机从筠江机场起飞,抵达沙澳国际机场,标志着筠江至沙澳跨境电商空运专线正式开通。该专线每周执飞3班,货物从下单到送达最快只需4天,比原来缩短一半。",
            "据介绍,专线主要运输服装、小家电和茶叶等筠江特色产品,预计年运输量可达1.2万吨。",
        ])
    whole(pg, c)
    box(pg, ["侨务简讯"], "column label 侨务简讯")
    d = Article(
        "d", "海外侨胞返乡创业服务站揭牌", section="侨务简讯",
        byline="(骆心怡)", authors=["骆心怡"], tail="(骆心怡)",
        notes="Item under the label 侨务简讯 (section), signed (X) run in at the end with half-width brackets "
              "(excluded from last; the writer is the author).",
        paras=[
            "6月2日,筠江市海外侨胞返乡创业服务站在筠江侨商大厦揭牌。服务站将为返乡创业的侨胞提供政策咨询、项目对接和融资服务,首批已有14个侨胞创业项目登记入驻。",
        ])
    whole(pg, d)
    box(pg, ["投稿邮箱:qiaoxiang@yjrb.cn　校对:钱一鸣"], "footer with 投稿邮箱", gap=False)
    return pg


# ---------------------------------------------------------------------------
def me08() -> Page:
    """Financial daily 银行·保险 page in a narrow column, two U+3000 of indent, blank lines sometimes, column
    breaks every 11 body lines: insurance lead with headline on two lines, byline ■本报记者 X and two plain
    crossheads; label 理财课堂 over an explainer with byline 文/X and a （作者系…） line; label 产品速递 over two
    ◆ product notes in a 9-character column; product table box; run-in item; 风险提示 box; footer."""
    pg = Page("me08.txt", cols=15, indent=FW * 2, blanks="some", colbreak=11, seed=8708, p_para=0.4, p_gap=0.7,
              style="financial daily 银行·保险 page in a narrow column, indent two U+3000, blank lines sometimes, plus "
                    "a column break (blank line) every 11 body lines: header lines (paper; 第5版　银行·保险; date with "
                    "weekday); insurance lead with headline on two lines, byline line ■本报记者 X and two plain "
                    "crossheads; label 理财课堂 over an explainer with byline line 文/X and the line （作者系…） after "
                    "it; label 产品速递 over two product notes with ◆ headlines in a 9-character column (no credit; "
                    "（X） run in); product table box (在售理财产品); item with run-in 本报讯（记者 X　实习生 Y）; "
                    "风险提示 box; footer with 责任编辑 / 校对")
    box(pg, ["霖港金融报", "第5版　银行·保险", cn_date(2039, 9, 20)], "page header")
    a = Article(
        "a", "今年以来全市保险业赔付超八十亿元",
        head=["今年以来全市保险业", "赔付超八十亿元"],
        byline="■本报记者　简听雨", authors=["简听雨"],
        notes="Lead: headline on two lines (joined). Byline line ■本报记者 X (the ■ is a mark). The plain crossheads "
              "(车险理赔提速, 健康险覆盖面扩大) are body lines. Column breaks fall inside paragraphs. The regulator "
              "quoted (unnamed) is not an author.",
        paras=[
            "记者从霖港金融监管局获悉，今年1至8月，全市保险业累计赔付支出83.6亿元，同比增长12.1%，其中财产险赔付41.2亿元，人身险赔付42.4亿元。",
            Cross("车险理赔提速"),
            "车险仍是财产险赔付的“大头”。前8个月，全市车险赔付28.7亿元，案均结案时间缩短到3.2天。多家保险公司推出线上“视频查勘”，小额案件最快半小时到账。",
            Cross("健康险覆盖面扩大"),
            "人身险方面，健康险赔付增长明显。今年全市“霖惠保”参保人数达到186万人，截至8月底累计赔付2.3亿元，惠及患者4.1万人次，单人最高获赔62万元。",
            "霖港金融监管局有关负责人提醒，消费者投保时要认真阅读保险条款，特别是免责条款和等待期，理赔时如遇纠纷，可拨打12378热线投诉。",
        ])
    whole(pg, a)
    box(pg, ["理财课堂"], "column label 理财课堂")
    b = Article(
        "b", "养老理财怎么选？记住三点", section="理财课堂",
        byline="文/祝一鸣", authors=["祝一鸣"],
        notes="Explainer under the label 理财课堂 (section), byline line 文/X: the writer is the author. The line "
              "（作者系…理财经理） after the body is neither body nor byline. Kind article (practical guidance, "
              "not an opinion piece). The paragraphs 一看… 二看… 三看… are body.",
        paras=[
            "一看期限。养老理财产品期限一般在5年左右，中途赎回可能受限，投资者要根据自己的资金安排选择，不要把短期要用的钱投进去。",
            "二看风险等级。目前市场上的养老理财产品风险等级多为二级（中低风险），但业绩比较基准不等于实际收益，投资者要关注产品的历史业绩和最大回撤。",
            "三看费率。养老理财产品普遍实行费率优惠，有的产品管理费、托管费合计不到0.2%，投资者可以多比较几款再做决定。",
        ])
    whole(pg, b)
    box(pg, wrap("（作者系霖港银行财富管理部理财经理）", 15), "（作者系…） line after the body (not body)")
    box(pg, ["产品速递"], "column label 产品速递")
    c1 = Article(
        "c1", "霖港银行推出“安享”养老储蓄", section="产品速递",
        notes="Product note under the label 产品速递 (section), set in a 9-character column: ◆ headline line "
              "(wrapped; the mark is not part of the title), no credit: no authors.",
        paras=["霖港银行近日推出“安享”特定养老储蓄，期限分为5年、10年、20年三档，单户最高存款50万元，5年期年利率2.2%。"])
    c2 = Article(
        "c2", "“霖惠保2040”10月起开放投保", section="产品速递",
        byline="（葛言）", authors=["葛言"], tail="（葛言）",
        notes="Product note under the label 产品速递 (section) in a 9-character column: ◆ headline line (wrapped); "
              "signed （X） run in at the end (excluded from last; the writer is the author).",
        paras=["“霖惠保2040”将于10月1日起开放投保，年保费89元，不限年龄、职业和既往症，最高保障额度300万元。"])
    for c in (c1, c2):
        pg.headline(c, lines=wrap("◆" + c.title, 9))
        pg.gap()
        pg.body(c, cols=9)
        pg.gap()
    box(pg, ["本周在售理财产品（部分）", "产品　　期限　业绩比较基准", "稳盈90天　90天　2.50%—3.10%",
             "安鑫1年　365天　2.80%—3.40%", "养老5年　5年　 3.50%—5.50%", "（信息由各银行提供）"],
        "product table box (not an article)")
    d = Article(
        "d", "全市普惠小微贷款余额突破千亿元",
        head=["全市普惠小微贷款", "余额突破千亿元"],
        byline="本报讯（记者　简听雨　实习生　于晓晴）", authors=["简听雨", "于晓晴"],
        lead="本报讯（记者　简听雨　实习生　于晓晴）",
        notes="Headline on two lines (joined). Run-in 本报讯（记者 X　实习生 Y） (wrapped over several lines) excluded "
              "from first; both are authors.",
        paras=[
            "截至8月末，全市普惠型小微企业贷款余额达到1012亿元，比年初增长14.6%，高于各项贷款平均增速6.2个百分点；新发放普惠型小微企业贷款平均利率3.86%，比年初下降0.21个百分点。",
        ])
    whole(pg, d)
    box(pg, wrap("风险提示：理财非存款，产品有风险，投资须谨慎。本版内容仅供参考，不构成投资建议。", 15),
        "风险提示 box (not an article)")
    box(pg, ["责任编辑：汤暮云", "校对：尤一禾"], "footer with 责任编辑", gap=False)
    return pg


PAGES = [me05, me06, me07, me08]
