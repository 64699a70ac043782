"""Pages lz01-lz04 of handmade82 (development set; all papers, agencies, names, firms, places and figures invented).

The pages imitate the text layer of ordinary economic and city dailies when the ORDER of the elements is
disturbed: a story's whole headline group (kicker, headline, ——副题, byline) comes out AFTER its text, a page
opens with the text of a story whose headline follows it, the next story's headline follows straight after;
headlines wrapped over two or three lines in narrow columns, crossheads spread by justification, body lines
spread by justification, 2-em indentation (U+3000 or four ASCII spaces) on most pages.
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, spaced, wrap


def full_lines(items: list) -> list[int]:
    """Indices (among the 'line' items) of body lines that are followed by another line of the same paragraph:
    the full lines a justified setting may spread (never a crosshead, never a paragraph's last line)."""
    out, k = [], -1
    for i, it in enumerate(items):
        if it[0] != "line":
            continue
        k += 1
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt and nxt[0] == "line" and " " not in it[1].lstrip(FW + " "):
            out.append(k)
    return out


def jbody(pg: Page, a: Article, picks: list[int], sep: str = " ", **kw) -> None:
    """The body (or paragraphs start:end of it) with the picks-th full lines letter-spaced by justification."""
    items = pg.render_body(a, **kw)
    cands = full_lines(items)
    pg.emit(a, justify(items, [cands[p] for p in picks if p < len(cands)], sep=sep))


def group(pg: Page, a: Article, kicker: str | None = None, inner: bool = False, lines: list[str] | None = None,
          byline: bool = True) -> None:
    """The headline group: kicker, headline (its printed lines), ——副题 and byline line (unless the byline is a
    run-in dateline or credit). inner: a block gap between its parts."""
    def g() -> None:
        if inner:
            pg.gap()
    if kicker:
        pg.kicker(a, kicker)
        g()
    pg.headline(a, lines=lines)
    if a.subtitle:
        g()
        pg.line(a, a.subtitle, "subtitle")
    if byline and a.byline and not a.lead and not a.tail:
        g()
        pg.line(a, a.byline, "byline")


def box(pg: Page, lines: list[str], what: str, gap: bool = True) -> None:
    """A non-article block (furniture, label, caption, box, advert, notice); '' inside = a blank line."""
    pg.furniture(lines, what)
    if gap:
        pg.gap()


def spread2(first: str, second: str, sep: str = "  ") -> Raw:
    """A crosshead spread by justification over two lines of a narrow column."""
    return Raw([spaced(first, sep), spaced(second, sep)])


# ---------------------------------------------------------------------------
def lz01() -> Page:
    """City daily 要闻 page, no blank line between paragraphs: lead with kicker, three-line headline, ——副题 and
    two reporters; a story whose text comes first and whose whole headline group follows it, the next story's
    headline straight after with nothing between; run-in item; caption; notice."""
    pg = Page("lz01.txt", cols=16, indent=FW * 2, blanks="arts", seed=8201,
              style="city daily 要闻 page, two U+3000 indent, blank lines only between articles and blocks: header "
                    "on three lines; investment lead with 引题 kicker (two phrases parted by U+3000), headline on "
                    "THREE lines, ——副题, byline line 本报记者 X　Y, two plain crossheads, three lines spread by "
                    "justification; an e-commerce story whose text comes FIRST (after only a blank line) and whose "
                    "whole headline group (kicker, two-line headline, ——副题, byline line 记者 X　通讯员 Y) follows "
                    "it; the NEXT story's headline and byline line ■ 本报记者 X straight after with nothing between; "
                    "photo caption with credit 摄; item with run-in 本报讯（记者 X）; 注销公告 notice; footer with 责任编辑")
    box(pg, ["泓江日报", cn_date(2036, 5, 12) + "　第2版", "要闻"], "page header")
    pg.blank()
    a = Article(
        "a", "泓江156个重大项目集中开工总投资1280亿元",
        head=["泓江156个重大项目", "集中开工总投资", "1280亿元"],
        subtitle="——先进制造业项目占比超过四成",
        byline="本报记者　许清和　梁栩", authors=["许清和", "梁栩"],
        notes="Lead: headline printed on three lines (joined); the 引题 kicker 扩大有效投资　跑出加速度 is not part of "
              "the title; the ——副题 is the subtitle. Two plain crossheads (制造业项目挑大梁, 要素保障跟着项目走) are "
              "body lines. Byline line with two reporters (both authors). Three body lines are letter-spaced by "
              "justification. The project manager and officials quoted are not authors.",
        paras=[
            "5月11日，泓江市2036年第二批重大项目集中开工活动在临江高新区主会场举行，全市156个项目同步开工，总投资1280亿元，涵盖先进制造、新型基础设施、城市更新、社会民生等领域。",
            "记者在主会场看到，总投资86亿元的泓芯半导体封测基地项目现场，十余台旋挖钻机同时作业，运送钢筋的车辆来回穿梭。“项目从签约到开工只用了97天，比原计划提前了一个多月。”项目负责人章时雨说，一期工程预计明年三季度投产，达产后年产值可达60亿元。",
            Cross("制造业项目挑大梁"),
            "从结构看，此次开工的先进制造业项目共64个，总投资536亿元，占比41.9%，新能源汽车零部件、高端装备、新材料等领域项目占了大头；新型基础设施项目23个，总投资188亿元，包括算力中心、5G基站和充换电网络等。",
            "市发展改革委有关负责人介绍，今年以来，泓江坚持“项目为王”，一季度全市固定资产投资同比增长7.6%，其中工业投资增长15.3%，连续14个月保持两位数增长。",
            Cross("要素保障跟着项目走"),
            "为保障项目顺利推进，泓江建立了重大项目“一项目一专班”推进机制，对用地、用能、环评等审批事项实行并联办理。今年前4个月，全市已为重大项目供应土地1.2万亩，协调银行贷款授信420亿元。",
            "按照计划，全年全市将滚动推进市级重大项目620个，年度计划投资1460亿元。",
        ])
    group(pg, a, kicker="扩大有效投资　跑出加速度")
    jbody(pg, a, [1, 6, 12])
    pg.blank()
    b = Article(
        "b", "泓江空港跨境电商包裹日均出港超30万件",
        head=["泓江空港跨境电商包裹", "日均出港超30万件"],
        subtitle="——前4个月跨境电商进出口额同比增长46%",
        byline="记者　韦澄　通讯员　庄一苇", authors=["韦澄", "庄一苇"],
        notes="Its text is printed FIRST, right after the lead (one blank line between), and its whole headline "
              "group comes AFTER it: 引题 kicker 外贸新业态 (not part of the title), headline on two lines (joined), "
              "——副题 (subtitle), byline line 记者 X　通讯员 Y (both authors); title_line is after the body. The "
              "next story's headline follows the byline line with nothing between. The entrepreneur quoted is not "
              "an author.",
        paras=[
            "每天傍晚6点以后，泓江空港综合保税区跨境电商监管中心的分拣线开始满负荷运转。一个个贴着多国文字面单的包裹经过X光机查验后，被装入航空集装箱，连夜飞往东南亚、中东和欧洲。",
            "据泓江海关统计，今年前4个月，经泓江空港出境的跨境电商包裹达3720万件，日均超过30万件，跨境电商进出口额同比增长46%。服装、小家电、户外用品和宠物用品是出口“主力军”。",
            "“以前货要先运到外地口岸才能出境，现在在家门口就能通关，物流时效缩短了一到两天。”泓江一家跨境电商企业负责人严知夏说。目前，空港已开通国际货运航线11条，每周全货机航班达到68班。",
        ])
    pg.body(b)
    group(pg, b, kicker="外贸新业态")
    c = Article(
        "c", "首批“人才驿站”在产业园区挂牌",
        byline="■ 本报记者　殷朗", authors=["殷朗"],
        notes="Its headline follows the previous story's byline line straight away (no blank line, no other "
              "line between). Byline line ■ 本报记者 X (the ■ is a mark). The job seeker quoted is not an author; "
              "the photo caption after the body is not body.",
        paras=[
            "5月10日，泓江市首批12家“人才驿站”在临江高新区、泓东经济开发区等产业园区挂牌运营。来泓江求职、创业的高校毕业生和技术人才，可在驿站免费入住最长14天，并获得岗位推荐、政策咨询和创业指导等服务。",
            "“一落地就有地方住、有人带着找工作，心里踏实多了。”刚从外省来泓江求职的毕业生鲁小禾说。",
            "市人力资源和社会保障局介绍，首批驿站共提供床位860张，同步上线预约小程序。驿站还与园区内的320家企业建立了用工对接机制，每周定期发布岗位信息。今年，全市计划新建人才驿站30家，覆盖所有省级以上开发区。据统计，驿站试运营一个月来，已接待求职人员1400余人次，帮助420人找到了工作。",
        ])
    group(pg, c)
    pg.body(c)
    pg.blank()
    box(pg, wrap("▲5月10日，求职者在临江高新区人才驿站了解岗位信息。", 16) + ["本报记者　殷朗　摄"],
        "photo caption with credit (not body)")
    pg.blank()
    d = Article(
        "d", "泓江首批“碳效贷”发放2.3亿元",
        byline="本报讯（记者　晏知远）", authors=["晏知远"], lead="本报讯（记者　晏知远）",
        notes="Run-in 本报讯（记者 X） excluded from first. The banker quoted is not an author.",
        paras=[
            "记者从人民银行泓江市分行获悉，泓江首批“碳效贷”日前落地，9家银行根据企业碳排放强度评级结果，向46家工业企业发放贷款2.3亿元，平均利率比普通流动资金贷款低0.35个百分点。",
            "“碳效贷”以企业“碳效码”为依据，碳效等级越高，获得的授信额度越高、利率越低。去年以来，泓江已为1800余家规上工业企业赋“码”。人民银行泓江市分行有关负责人表示，下一步将扩大合作银行范围，引导更多企业开展节能降碳改造。",
            "据悉，人民银行泓江市分行还将“碳效贷”纳入再贷款支持范围，对合作银行发放的符合条件的贷款，按贷款本金的60%提供低成本资金。今年全市“碳效贷”投放目标为20亿元。",
        ])
    group(pg, d)
    pg.body(d)
    pg.blank()
    box(pg, ["注销公告", ""] + wrap("泓江市禾丰商贸有限公司经股东会决议，拟向登记机关申请注销登记，请债权人自本公告发布之日起45日内向本公司申报债权。", 16)
        + ["", "泓江市禾丰商贸有限公司", "2036年5月12日"], "注销公告 notice (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：骆晴川　版式：闻小溪　校对：邓可"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def lz02() -> Page:
    """Evening paper 财经 page, blank lines between paragraphs, four-space indent: the page opens with the text of
    a story (run-in 本报讯（记者 X）) whose headline follows it; a two-part headline on two lines with kicker and
    byline 文/X; caption; 财经简讯 strip of three items; bank advert."""
    pg = Page("lz02.txt", cols=14, indent="    ", blanks="para", seed=8202,
              style="evening paper 财经 page, indent four ASCII spaces, a blank line between paragraphs and "
                    "blocks: header on three lines; the page OPENS with the text of a story with NO headline above "
                    "(run-in 本报讯（记者 X）), its headline (two lines, broken mid-phrase) printed AFTER its text; "
                    "民营外贸 story with 引题 kicker, a two-part headline (抢订单　拓市场) over two lines, byline line "
                    "文/X, three lines spread by justification; photo caption with credit X　摄; label 财经简讯 over "
                    "three items with their own headlines (credits （记者 X）, none, （通讯员 X） run in at the end); bank "
                    "advert; footer with 责任编辑")
    box(pg, ["A07", "财经", "溧湾晚报　" + cn_date(2037, 3, 18)], "page header")
    a = Article(
        "a", "溧湾首批数据资产完成入表融资",
        head=["溧湾首批数据资产", "完成入表融资"],
        byline="本报讯（记者　蒋又川）", authors=["蒋又川"], lead="本报讯（记者　蒋又川）",
        notes="The page opens with this story's text, no headline above it; the run-in 本报讯（记者 X） is excluded "
              "from first. Its headline (two lines, joined) is printed AFTER the text; title_line is after the body. "
              "The official quoted is not an author.",
        paras=[
            "记者昨日从溧湾市数据局获悉，溧湾公交集团、溧湾水务集团等5家企业的公共数据产品日前完成资产入表，并凭借数据资产获得银行授信共计1.1亿元，这是溧湾首批以数据资产为依托的融资。",
            "以溧湾公交集团为例，其经过脱敏处理的客流和线路运行数据，经第三方机构评估后确认为无形资产，计入企业财务报表。随后，溧湾农商银行以该数据资产为质押，向企业发放贷款3000万元，期限3年。",
            "“过去数据躺在服务器里，只是成本；现在能入表、能融资，就成了实实在在的资产。”市数据局有关负责人说。今年溧湾将建设数据资产登记评估服务平台，力争全年推动50家企业完成数据资产入表。",
        ])
    pg.body(a)
    pg.gap()
    group(pg, a)
    pg.gap()
    b = Article(
        "b", "抢订单拓市场民营外贸企业开局忙",
        head=["抢订单　拓市场", "民营外贸企业开局忙"],
        byline="文/戚晚舟", authors=["戚晚舟"],
        notes="Two-part headline (抢订单　拓市场, parted by U+3000) on the first of two headline lines; all joined, "
              "spaces removed. The 引题 kicker 民营经济看溧湾 is not part of the title. Byline line 文/X (the writer "
              "is the author). Three body lines letter-spaced by justification. The manager quoted is not an "
              "author; the photo caption after the body (credit 戚晚舟　摄) is not body.",
        paras=[
            "开年以来，溧湾不少民营外贸企业的生产线一直没有停过。在溧湾经开区的澜盛照明公司，三条自动化生产线正加紧赶制一批发往中东的LED路灯，车间主任说，手上的订单已经排到了6月底。",
            "“春节前我们去迪拜参加展会，现场签了400多万美元的意向订单。”公司总经理包云帆说，今年企业把更多精力放在新兴市场，中东、拉美市场的订单占比从三成提高到了一半。",
            "像澜盛照明这样主动“出海”找订单的民营企业不在少数。今年前两个月，溧湾民营企业进出口额86.4亿元，同比增长12.7%，占全市外贸总额的比重达到71.3%。市商务局今年计划组织企业参加境外重点展会60场以上，对参展费用给予最高70%的补贴。",
            "与此同时，一些企业也面临汇率波动、海运费上涨等压力。业内人士建议，企业要用好出口信用保险和汇率避险工具，稳住利润“基本盘”。",
        ])
    group(pg, b, kicker="民营经济看溧湾")
    pg.gap()
    jbody(pg, b, [0, 5, 11])
    pg.gap()
    box(pg, wrap("▲澜盛照明公司生产车间内，工人正在组装LED灯具。", 14) + ["戚晚舟　摄"],
        "photo caption with credit (not body)")
    box(pg, ["财经简讯"], "column label 财经简讯")
    c1 = Article("c1", "溧湾将发放消费券5000万元", section="财经简讯",
                 byline="（记者　蒋又川）", authors=["蒋又川"], tail="（记者　蒋又川）",
                 notes="Item of the 财经简讯 strip (section) with its own headline; credit （记者 X） run in at the end "
                       "(byline, excluded from last).",
                 paras=["3月20日起，溧湾将分三期发放总额5000万元的数字消费券，覆盖餐饮、零售、文旅和家电等领域，市民可通过“溧湾通”App领取，单张券最高可抵200元。"])
    c2 = Article("c2", "前两月新增市场主体1.3万户", section="财经简讯",
                 notes="Item of the 财经简讯 strip; no credit, no authors.",
                 paras=["今年前两个月，溧湾全市新增各类市场主体1.3万户，同比增长8.4%，其中新设民营企业3920户，个体工商户8700余户。"])
    c3 = Article("c3", "城北智慧物流园二期投用", section="财经简讯",
                 byline="（通讯员　石青）", authors=["石青"], tail="（通讯员　石青）",
                 notes="Item of the 财经简讯 strip; credit （通讯员 X） run in at the end (byline, excluded from last).",
                 paras=["城北智慧物流园二期日前投入使用，新增高标准仓库12万平方米，可满足电商、冷链等企业的仓储需求，园区年货物周转能力提升至800万吨。"])
    for c in (c1, c2, c3):
        group(pg, c)
        pg.body(c)
        pg.gap()
    box(pg, ["溧湾农商银行", "“春耕贷”火热办理中", "最高额度300万元", "服务热线：96×××"], "bank advert (not an article)")
    pg.furniture(["责任编辑：晏青　美编：何夕"], "footer with 责任编辑")
    return pg


# ---------------------------------------------------------------------------
def lz03() -> Page:
    """Commercial daily 产经 page with NO blank line anywhere: feature with kicker, a headline on three lines
    broken mid-phrase (…的数字化 / 转型能否 / 破局), byline ■ 本报记者 X Y Z, a crosshead spread over two lines
    and a plain one; a story whose headline, ——副题 and byline 文/X follow its text, the next story's headline
    straight after; run-in 本报X月X日讯; notice."""
    pg = Page("lz03.txt", cols=20, indent=FW * 2, blanks="never", seed=8203,
              style="commercial daily 产经 page, two U+3000 indent, NO blank line anywhere: header on three lines "
                    "(with 责任编辑); feature (about 650 characters) with 引题 kicker, headline on THREE lines broken "
                    "mid-phrase with a short last line (…的数字化 / 转型能否 / 破局), byline line ■ 本报记者 X　Y　Z, a "
                    "crosshead spread by justification over two lines and a plain crosshead, four lines spread by "
                    "justification; a story whose text comes first and whose headline, ——副题 and byline line 文/X "
                    "follow it, the next story's headline straight after; item with run-in 本报6月8日讯（记者 X）; "
                    "招商 notice; footer")
    box(pg, ["岱川经济报", cn_date(2037, 6, 9) + "　第5版", "产经　　责任编辑：滕一帆"], "page header with 责任编辑")
    a = Article(
        "a", "传统纺织企业的数字化转型能否破局",
        head=["传统纺织企业的数字化", "转型能否", "破局"],
        byline="■ 本报记者　郁清　柏简　顾禾", authors=["郁清", "柏简", "顾禾"],
        notes="Headline printed on three lines, broken mid-phrase with a short last line (joined). The 引题 kicker "
              "产业观察 is not part of the title. Byline line ■ 本报记者 X　Y　Z: three reporters, all authors. "
              "Crossheads: 从“单点试水”走向全链条数字化 spread by justification over two lines, and the plain "
              "小企业的顾虑在哪里; both body lines. Four body lines letter-spaced. The managers quoted are not "
              "authors.",
        paras=[
            "在岱川市纺织产业聚集的柳塘镇，拥有200多台织机的锦纶布企业恒裕纺织，今年初做了一件“冒险”的事：拿出全年利润的三分之一，给全部织机装上传感器，接入工业互联网平台。",
            "“不改不行了。”公司总经理祁望山说，过去几年，订单越来越碎，交期越来越短，靠人工排产、纸质记录，常常是“这边赶工，那边压货”。改造半年后，企业设备综合效率提高了18%，订单交付周期从25天缩短到17天。",
            spread2("从“单点试水”走向", "全链条数字化"),
            "恒裕纺织的变化，是岱川纺织业数字化转型的一个缩影。岱川是全省重要的纺织产业基地，全市规上纺织企业680家，年产值超过900亿元，但中小企业占九成以上，大多数仍处在“机器换人”的起步阶段。",
            "去年以来，岱川出台纺织产业数字化改造三年行动方案，按照“一企一诊断”的思路，组织服务商免费为企业做数字化评估，对改造投入给予最高30%的补助。截至5月底，全市已有212家纺织企业完成改造，平均生产效率提高21%，用工减少16%。",
            Cross("小企业的顾虑在哪里"),
            "不过，记者在走访中也发现，不少小微企业仍在观望。“一台织机改造要花两三万元，我们只有三十几台机，算下来要投一百万，心里没底。”一家小织造厂的负责人说。也有企业担心，数据上了平台，工艺诀窍会不会外泄。",
            "对此，岱川正在探索“共享数字车间”模式，由龙头企业和平台服务商牵头，向中小企业开放排产、检测等数字化能力，企业按使用量付费。业内专家认为，降低门槛、看得见收益，是让更多中小企业“敢转”“愿转”的关键。",
        ])
    group(pg, a, kicker="产业观察")
    jbody(pg, a, [2, 7, 12, 18])
    b = Article(
        "b", "岱川新材料产业园签约项目18个",
        subtitle="——总投资超过210亿元",
        byline="文/蔺秋", authors=["蔺秋"],
        notes="Its text follows the feature's last line directly (no blank line on this page) and its headline, "
              "——副题 (subtitle) and byline line 文/X come AFTER the text; title_line is after the body. The next "
              "story's headline follows the byline line straight away.",
        paras=[
            "6月8日，岱川新材料产业园举行项目集中签约活动，碳纤维复合材料、电子级化学品、高性能膜材料等18个项目落户园区，总投资212亿元。",
            "其中，总投资45亿元的碳纤维复合材料项目由岱川本地企业与省内一家上市公司合资建设，主要生产风电叶片和轨道交通用复合材料，建成后年产值可达50亿元。",
            "岱川新材料产业园管委会负责人介绍，园区去年实现规上工业产值386亿元，同比增长17%。今年园区将新建标准厂房30万平方米，并设立规模20亿元的新材料产业基金，重点支持中试和成果转化项目。目前，园区已集聚新材料企业126家，其中高新技术企业58家，初步形成了碳纤维、电子化学品、膜材料三条特色产业链。",
        ])
    pg.body(b)
    group(pg, b)
    c = Article(
        "c", "岱川“产业大脑”纺织专区上线",
        byline="本报6月8日讯（记者　钱若谷）", authors=["钱若谷"], lead="本报6月8日讯（记者　钱若谷）",
        notes="Headline straight after the previous story's byline line. Run-in dateline 本报6月8日讯（记者 X） "
              "excluded from first.",
        paras=[
            "岱川市“产业大脑”纺织专区今天正式上线，首批接入纺织企业310家、织机设备2.6万台，可实时展示全市纺织行业的开机率、订单量和能耗情况。",
            "专区还集成了面料设计、在线检测、供需对接等12项应用。企业登录后，可以查看全市闲置产能，把接不了的订单分包给附近企业。据测算，专区全面推广后，可帮助企业平均降低库存15%以上、缩短打样时间三分之一。",
            "市经济和信息化局表示，年内专区接入企业将超过600家，并逐步向印染、服装等下游环节延伸。专区由市经济和信息化局牵头，联合本地3家工业互联网平台企业共同运营，企业接入不收取费用。首批接入企业中，八成以上是年产值不足5000万元的中小企业。",
        ])
    group(pg, c)
    pg.body(c)
    box(pg, ["招商启事", "岱川新材料产业园标准厂房招租，", "单层面积1500—6000平方米，", "招商热线：0×××-8231××××"],
        "招商 notice (not an article)")
    pg.furniture(["本版校对：苗晓"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lz04() -> Page:
    """Metropolitan daily 区域 page in a very narrow column, blank lines sometimes: lead with kicker and a
    headline on three lines; caption; a story whose headline (two lines) and byline follow its text, a blank
    line, then the next story's headline; item signed （记者 X） at the end; item with byline 记者 X; notice."""
    pg = Page("lz04.txt", cols=12, indent=FW * 2, blanks="some", seed=8204, p_para=0.35, p_gap=0.6,
              style="metropolitan daily 区域 page in a very narrow column, two U+3000 indent, blank lines "
                    "sometimes: header on three lines; county-industry lead with 引题 kicker, headline on THREE "
                    "lines (县域特色产业 / 集群加速 / 成势), byline line 记者 X　通讯员 Y, two lines spread by "
                    "justification; photo caption with credit 通讯员 X　摄; a rail-sea transport story whose text "
                    "comes first and whose headline (two lines) and byline line 本报记者 X follow it, then a blank "
                    "line and the next story's headline; pear item with credit （记者 X） run in at the end; canteen "
                    "item with byline line 记者 X; 停电通知 notice; footer with 责任编辑")
    box(pg, ["桐屿都市报", cn_date(2036, 9, 22), "A10　区域"], "page header", gap=False)
    pg.blank()
    a = Article(
        "a", "县域特色产业集群加速成势",
        head=["县域特色产业", "集群加速", "成势"],
        byline="记者　丁梧　通讯员　柯小满", authors=["丁梧", "柯小满"],
        notes="Headline on three lines of a very narrow column, the last one short (joined). The 引题 kicker "
              "区域经济新观察 is not part of the title. Byline line 记者 X　通讯员 Y (both authors). The photo caption "
              "after the body (credit 通讯员 X　摄) is not body. The entrepreneur and official quoted are not "
              "authors.",
        paras=[
            "桐屿下辖的三县两市，各有各的“看家产业”：石岭县的五金工具、青坞县的竹木家居、南汀市的汽车零部件……今年以来，这些县域特色产业集群正在从“块状经济”向现代产业集群加速转变。",
            "在石岭县五金工具产业园，一家企业新上的智能锻造线正在调试。“一条线顶过去三条线，每年能省人工成本400多万元。”企业负责人说。今年前8个月，石岭县五金工具产业实现产值168亿元，同比增长11.2%，出口额占全县的六成。",
            "青坞县则在“以竹代塑”上做文章，引进竹纤维餐具、竹基复合材料等项目9个，竹产业综合产值突破百亿元。",
            "市发展改革委有关负责人表示，桐屿已遴选12个县域特色产业集群进行重点培育，每个集群配套一个公共服务平台和一支产业基金，力争到2038年培育3个产值超500亿元的集群。",
        ])
    group(pg, a, kicker="区域经济新观察")
    pg.gap()
    jbody(pg, a, [3, 14])
    pg.blank()
    box(pg, wrap("▲石岭县一家五金企业的智能锻造生产线。", 12) + ["通讯员　柯小满　摄"], "photo caption with credit (not body)",
        gap=False)
    pg.blank()
    b = Article(
        "b", "桐屿港铁海联运班列突破千列",
        head=["桐屿港铁海联运班列", "突破千列"],
        byline="本报记者　覃远", authors=["覃远"],
        notes="Its text comes first (after the photo caption of the lead) and its headline (two lines, joined) and "
              "byline line 本报记者 X come AFTER it; title_line is after the body. One blank line, then the next "
              "story's headline. The port official quoted is not an author.",
        paras=[
            "9月20日，一列满载家电、日用品的集装箱班列从桐屿港铁路物流基地驶出，这是今年开行的第1000列铁海联运班列，比去年提前了两个多月。",
            "铁海联运把铁路和海运“无缝衔接”，内陆货物在家门口装箱，运到桐屿港后直接上船出海。桐屿港集团有关负责人介绍，目前班列已覆盖内陆5省18个城市，平均每标箱物流成本比公路运输低约800元。",
            "今年前8个月，桐屿港完成铁海联运量38.6万标箱，同比增长27%，其中外贸箱占比超过八成。“班次稳定、价格透明，我们的出口货物从装箱到上船，最快只要两天。”内陆一家家电企业的物流主管说。桐屿港计划年内再开通3条铁海联运线路。",
        ])
    pg.body(b)
    pg.gap()
    group(pg, b)
    pg.blank()
    c = Article(
        "c", "南汀早熟梨线上销售过半",
        byline="（记者　温小棠）", authors=["温小棠"], tail="（记者　温小棠）",
        notes="Credit （记者 X） run in at the end: the byline, excluded from last. The grower quoted is not an "
              "author.",
        paras=[
            "眼下正是南汀市早熟梨上市的季节。在南汀市东山乡的梨园里，果农们采摘下来的梨子经过分拣、套袋后，直接装进快递箱发往全国各地。",
            "“以前都是等收购商上门，现在自己直播卖，每斤能多卖一块多钱。”种了20亩梨的果农严守田说。今年南汀早熟梨种植面积8.6万亩，预计产量12万吨，线上销售占比首次超过一半，全市已建成产地冷库46座。",
            "为帮助果农拓宽销路，南汀市商务部门今年组织了12场直播带货培训，培训果农和合作社负责人600余人，并对线上销售的果农给予每单1元的快递费补贴。部分梨园还推出了采摘游，周末每天接待游客上千人。",
        ])
    group(pg, c)
    pg.gap()
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "社区食堂开到了家门口",
        byline="记者　苏念", authors=["苏念"],
        notes="Byline line 记者 X. The resident quoted is not an author.",
        paras=[
            "中午11点，桐屿市城东街道长乐社区的社区食堂里已经坐满了人。三荤两素加一份汤，老年人只要12元，普通居民也只要15元。",
            "“饭菜清淡，价钱实惠，比自己做还省事。”72岁的居民方婆婆几乎每天都来。据了解，今年以来，桐屿中心城区已建成社区食堂58家，日均就餐超过2万人次，其中三成由餐饮企业连锁运营，实现了“保本微利”。市民政局表示，年底前社区食堂将覆盖所有城市社区。",
            "社区食堂的运营引入了“公建民营”模式：街道提供场地和设施，餐饮企业负责日常经营，政府按照服务老年人的数量给予每餐2元至4元的补贴。长乐社区食堂负责人说，现在每天中午供餐400多份，基本能做到收支平衡。",
        ])
    group(pg, d)
    pg.gap()
    pg.body(d)
    pg.blank()
    box(pg, ["停电通知"] + wrap("因线路检修，9月24日8时至17时城东变电站10千伏长乐线停电，请用户提前做好准备。", 12)
        + ["国网桐屿供电公司"], "停电通知 notice (not an article)", gap=False)
    pg.blank()
    pg.furniture(["责任编辑：岑芷　美编：鄢一"], "footer with 责任编辑")
    return pg


PAGES = [lz01, lz02, lz03, lz04]
