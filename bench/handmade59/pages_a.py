"""Pages lc01-lc04 of handmade59 (development set; all papers, agencies, names, firms, offices, places and figures
invented)."""
from __future__ import annotations

from layout import FW, Article, Page, Raw, cn_date, width, wrap


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print lines of a body exactly as given (numbered items, a right-aligned office line): the kit's render_body
    needs a prose paragraph, so the items are built here and written with Page.emit."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


def right(text: str, cols: float) -> str:
    """A line set flush right in a column of `cols` (leading U+3000s, as extraction leaves it)."""
    return FW * max(0, int(cols - width(text))) + text


# ---------------------------------------------------------------------------
def lc01() -> Page:
    """City evening paper 读者来信 page: letter with an 编者按 under its headline and the signature (reader and
    district) right-aligned at its end; letter signed at its end followed by a label 记者追踪 over an untitled
    follow-up with byline line 本报记者 X; short letter signed （读者 X） run in at the end; economic item with
    run-in 本报讯（记者 X）."""
    cols = 26
    pg = Page("lc01.txt", cols=cols, indent=FW * 2, blanks="arts", seed=5901,
              style="city evening paper 读者来信 page, blank lines only between articles and blocks: header on three lines (paper; date with weekday + A10; 版名 + 责任编辑 + 版式); letter whose headline is followed by an 编者按 paragraph, then 编辑同志： on a line of its own, the letter, and the signature 读者 X（district） right-aligned at its end; letter signed at its end with owner and estate right-aligned, then a label 记者追踪 over an UNTITLED follow-up with byline line 本报记者 X; short letter signed （读者 X） run in at its end; economic item (消费类来信来电 figures) with run-in 本报讯（记者 X）; footer with the letters address and e-mail")
    pg.furniture(["澄湾晚报",
                  cn_date(2036, 3, 17) + "　A10",
                  "读者来信　　责任编辑：隋望　　版式：柯小芃"], "page header")
    pg.blank()
    a = Article(
        "a", "装修押金退了半年还没到账",
        byline="读者　庄慕青（澄湾市桐林区）", authors=["庄慕青"],
        notes="**new** Reader's letter. The 编者按 paragraph printed under the headline and before the letter is the "
              "opening of the body (the paper's introduction of the letter it prints); the salutation 编辑同志： on a "
              "line of its own is a body line. The signature 读者 X（district） right-aligned after the last paragraph "
              "is the byline (written without its leading U+3000s); the reader is the author. The firm and its staff "
              "named are not authors.",
        paras=[
            "编者按：近期，本报读者来信部陆续收到多封反映家装公司拖延退还押金的来信。今天刊发其中一封，相关部门的处理情况，本报将继续关注。",
            "编辑同志：",
            "去年8月，我家房子交给澄湾市一家名为“匠心居”的装修公司施工，按合同交了5000元“文明施工押金”，约定竣工验收后一个月内无息退还。",
            "房子去年9月底就验收完了，可押金到现在还没退。我先后去公司找过四次，每次都说“财务在走流程”，打电话也总是没人接。上个月再去，门店已经换成了别家的招牌。",
            "据我了解，小区里同一家公司装修的至少还有十几户，押金少则三千、多则八千。我们想问一问：这样的押金该由谁来监管？公司换了门头，我们又该找谁？",
        ])
    pg.headline(a)
    pg.body(a)
    pg.line(a, right(a.byline, cols), "byline")
    pg.blank()
    b = Article(
        "b", "小区充电桩装了两年还不通电",
        byline="滨江区华庭苑业主　蒋望舒", authors=["蒋望舒"],
        notes="Reader's letter signed at its end (owner and estate, right-aligned): byline, the reader is the author. "
              "It prints no 编辑同志：. The 记者追踪 follow-up printed after it is a separate untitled article.",
        paras=[
            "我住在滨江区华庭苑小区。2034年小区地下车库装了48个充电桩，物业当时说“很快就能用”，可两年过去了，这些充电桩一直没有通电，有的已经积满了灰。",
            "业主们问物业，物业说电力增容的手续没办下来；问开发商，开发商说充电桩已经移交物业。小区里开电动车的越来越多，大家只好每天跑到两公里外的公共充电站排队，一度电要多花三四毛钱。希望有关部门帮我们问一问，到底卡在了哪里。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, right(b.byline, cols), "byline")
    pg.blank()
    pg.furniture(["记者追踪"], "column label 记者追踪")
    c = Article(
        "c", None, section="记者追踪",
        byline="本报记者　钟离岸", authors=["钟离岸"],
        notes="**new** Follow-up printed after a reader's letter under the label 记者追踪 (section), with its own byline "
              "line 本报记者 X but NO headline: a separate article, title null (it is not part of the letter, whose "
              "signature closes it, and it has its own writer). The officials and the manager quoted are not "
              "authors.",
        paras=[
            "3月14日，记者来到华庭苑小区地下车库，看到读者反映的48个充电桩整齐排列，但屏幕均未点亮。小区物业经理史成告诉记者，充电桩需要单独报装一台630千伏安的变压器，前期因开发商与物业对费用分摊存在分歧，报装一直没有启动。",
            "滨江区住房和城乡建设局物业科负责人表示，接到记者反映后，已约谈开发商和物业企业，双方同意各承担一半增容费用。国网澄湾滨江供电公司表示，将开辟绿色通道，预计4月底前完成通电。本报将继续关注。",
        ])
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "公交卡充值点少了，老人犯了难",
        byline="（读者　伍青禾）", authors=["伍青禾"], tail="（读者　伍青禾）",
        notes="Short reader's letter signed （读者 X） run in at the end of its text: the byline, excluded from last; "
              "the reader is the author.",
        paras=[
            "家门口的报刊亭今年初撤了，原来能在那里给公交卡充值，现在要走二十多分钟到地铁站。年轻人用手机扫码乘车很方便，可不少老人不会用，也不放心在手机上绑银行卡。建议公交公司在社区服务中心、大型超市增设一些充值点，方便老年人。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    e = Article(
        "e", "2月本报热线受理消费类来信来电1263件",
        byline="本报讯（记者　裴映川）", authors=["裴映川"], lead="本报讯（记者　裴映川）",
        notes="The page's economic item (consumer complaints received by the paper). Run-in 本报讯（记者 X） excluded "
              "from first.",
        paras=[
            "记者从本报读者来信部获悉，2月份本报热线和读者来信部共受理消费类来信来电1263件，环比增长18.4%。其中，家装押金和预付费退款类占31%，房屋租赁类占17%，网购售后类占15%。经本报协调和相关部门处理，已有684件得到解决，为读者挽回经济损失约213万元。",
        ])
    pg.headline(e)
    pg.body(e)
    pg.blank()
    pg.furniture(["来信请寄：澄湾市望海路88号澄湾晚报读者来信部",
                  "电子邮箱：duzhe@cwwb.cn　　热线：96×××"], "footer with the letters address, e-mail and hotline")
    return pg


# ---------------------------------------------------------------------------
def lc02() -> Page:
    """Provincial daily 民生热线 page: label 回音壁 over two complaint-and-reply items (市民来电： / 部门回复： with the
    office's name right-aligned inside the body, a 记者追问 paragraph; the second ends on the office's line);
    economic report with byline line 本报记者 X　通讯员 Y; label 热线速递 over two ● items signed （记者 X）."""
    cols = 30
    pg = Page("lc02.txt", cols=cols, indent="  ", blanks="para", seed=5902,
              style="provincial daily 民生热线 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; 民生热线 + 第6版); label 回音壁 over two items: the first with byline line 本报记者 X　整理 under its headline, paragraphs 市民来电： and 部门回复：, the office's name right-aligned on a line of its own, then 记者追问： and the office's answer; the second with 网友留言： and 部门回复： and NO byline, ENDING on the office's right-aligned line; economic report (转供电加价 refunds) with byline line 本报记者 X　通讯员 Y; label 热线速递 over two items with ● headlines, each signed （记者 X） run in at the end; footer with hotline and editor")
    pg.furniture(["澜江日报",
                  cn_date(2037, 6, 9),
                  "民生热线　　第6版"], "page header")
    pg.blank()
    pg.furniture(["回音壁"], "column label 回音壁")
    pg.blank()
    a = Article(
        "a", "老旧小区加装电梯补贴何时到位", section="回音壁",
        byline="本报记者　沈砚秋　整理", authors=["沈砚秋"],
        notes="**new** Complaint-and-reply item of the 回音壁 column (section): byline line 本报记者 X　整理 under the "
              "headline (the compiler is the author). The body runs from 市民来电： through 部门回复：, the office's "
              "name right-aligned on a line of its own (a body line: it signs only the reply, not the item, and "
              "names no person), the 记者追问： paragraph and the answer. The caller (王女士) and the office are not "
              "authors.",
        paras=[
            "市民来电：我是澜江市西门街道梧桐里小区居民王女士。去年11月，我们单元12户业主自筹资金加装了电梯，今年1月通过验收。按照政策，每台电梯可以申请20万元财政补贴，但我们3月份提交材料后，至今没有收到补贴款。",
            "部门回复：经核实，梧桐里小区该单元加装电梯项目已通过区级审核，补贴资金因年初预算调整延迟拨付。目前资金已下达至西门街道，预计6月20日前拨付至业主指定账户。感谢您对我们工作的监督。",
            Raw([right("澜江市住房和城乡建设局", cols)]),
            "记者追问：全市还有多少台电梯的补贴没有到位？住建局相关负责人表示，截至5月底，全市已验收尚未拨付补贴的加装电梯共37台，涉及资金740万元，将在7月底前全部拨付到位。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "商铺退租押金被扣能否申请调解", section="回音壁",
        notes="**new** Complaint-and-reply item with NO byline: 网友留言： and 部门回复：, the body ENDS on the office's "
              "name right-aligned on a line of its own (kept in the body as in the item above: the office signs its "
              "reply and is no author, so the item has no byline and no authors).",
        paras=[
            "网友留言：我在澜江市东湖区租了一间商铺，合同到期后正常退租，房东以“墙面需要翻新”为由扣了我1.2万元押金。请问这种情况能否申请调解？",
            "部门回复：您好！房屋租赁押金纠纷可向商铺所在地街道人民调解委员会或东湖区消费纠纷调解中心申请免费调解，调解前请准备好租赁合同、交接清单、押金收据及房屋现状照片等材料。调解不成的，可依法向人民法院提起诉讼。",
            Raw([right("澜江市东湖区司法局", cols)]),
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "“转供电”加价整治三个月清退386万元",
        byline="本报记者　沈砚秋　通讯员　骆书禾", authors=["沈砚秋", "骆书禾"],
        notes="The page's economic lead (price enforcement, refunds to commercial tenants). Byline line 本报记者 X　"
              "通讯员 Y: both are authors. The official and the shop-owner quoted are not.",
        paras=[
            "“以前每度电要交1.35元，现在按0.78元收，我这家小面馆一个月能省下600多元。”在澜江市东湖区一处商业综合体经营餐饮的商户邱立新说。",
            "记者从澜江市市场监管局获悉，今年3月以来，全市开展转供电环节违规加价专项整治，共检查商业综合体、产业园区、写字楼等转供电主体412家，督促清退违规加收电费386.2万元，惠及终端用户1.1万户。",
            "市市场监管局价格监督检查处负责人葛远舟介绍，整治期间，市民热线共受理相关诉求1576件，较去年同期下降41%。下一步将建立转供电主体电价公示制度，对拒不清退的依法立案查处。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["热线速递"], "column label 热线速递")
    pg.blank()
    d1 = Article("d1", "东湖菜市场周末延长营业两小时", head=["●东湖菜市场周末延长营业两小时"], section="热线速递",
                 byline="（记者　沈砚秋）", authors=["沈砚秋"], tail="（记者　沈砚秋）",
                 notes="Item of the 热线速递 strip (section); the ● before the headline is a mark, not part of it. The "
                       "credit （记者 X） run in at the end is the byline, excluded from last.",
                 paras=["针对市民反映下班后买菜难的问题，东湖农贸市场自6月8日起，每周六、周日营业时间延长至晚上8时，市场内42个蔬菜摊位晚间统一让利销售。"])
    d2 = Article("d2", "12路公交恢复停靠汽车站", head=["●12路公交恢复停靠汽车站"], section="热线速递",
                 byline="（记者　骆书禾）", authors=["骆书禾"], tail="（记者　骆书禾）",
                 notes="Item of the 热线速递 strip; ● is a mark. The run-in credit is the byline, excluded from last.",
                 paras=["市民热线日前接到多起诉求，反映12路公交调整线路后不再停靠汽车客运站。市公交集团回复，自6月10日起12路恢复设置汽车站停靠点。"])
    for art in (d1, d2):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["民生热线：0×××-9600××××　　本版编辑：房听澜　　校对：陶一叶"], "footer with hotline, editor and proof-reader")
    return pg


# ---------------------------------------------------------------------------
def lc03() -> Page:
    """Metropolitan daily 追踪 page: 追踪报道 (kicker, headline, ——副题, byline line ■ 本报记者 X) whose body is cut
    in two by a 前情回顾 box; a continued story (headline, the line （上接A05版） under it, no byline) with a photo
    caption after it; label 记者手记 over a piece signed at its end; economic item with run-in
    本报讯（记者 X　实习生 Y）."""
    cols = 24
    pg = Page("lc03.txt", cols=cols, indent=FW, blanks="some", seed=5903, p_para=0.4, p_gap=0.8,
              style="metropolitan daily 追踪 page indented with ONE U+3000, blank lines sometimes: header on two lines (A07　追踪; paper + date with weekday); 追踪报道 with 引题 kicker 本报追踪, headline, ——副题, byline line ■ 本报记者 X, its body CUT IN TWO by a 前情回顾 box (label and two lines) after the first paragraph; continued story: headline, then the line （上接A05版） under it, no byline, photo caption with credit after the body; label 记者手记 over a piece with its own headline, signed 记者 X right-aligned at its end; economic item (预付式消费 complaints) with run-in 本报讯（记者 X　实习生 Y）; footer with editor, designer and proof-reader")
    pg.furniture(["A07　追踪",
                  "汀州都市报　" + cn_date(2038, 11, 22)], "page header")
    pg.blank()
    a = Article(
        "a", "健身房闭店后会员费退款有了进展",
        subtitle="——涉事企业已退还首批412名会员费用",
        byline="■ 本报记者　邬清和", authors=["邬清和"],
        notes="**new** 追踪报道 (follow-up). The kicker 本报追踪 is neither title nor subtitle (the ——副题 is the "
              "subtitle). Byline line ■ 本报记者 X (■ a mark). The 前情回顾 box printed after the first paragraph "
              "(label and two lines recalling the earlier report) is not body: the body is in two pieces around it. "
              "The members and officials quoted are not authors.",
        paras=[
            "11月20日，汀州市“力健”健身连锁门店闭店事件有了新进展：涉事企业在市场监管部门督促下，已通过原支付渠道向首批412名会员退还剩余会费共计83.6万元。",
            "会员范晓琳告诉记者，她办理的两年卡还剩14个月，20日下午收到退款2680元。“本来以为钱要不回来了，没想到这么快就有了结果。”",
            "汀州市市场监管局东城分局负责人介绍，经核查，该企业3家门店共有未到期会员2370人，涉及预付资金约480万元。目前企业已与第三方签订门店转让协议，剩余会员可选择转入新经营方继续消费，或分三批申请退款，最后一批将于12月底前完成。",
            "据悉，汀州市将把健身、美容美发等行业预付资金纳入存管平台，单张卡预付金额超过5000元的须按比例存管。",
        ])
    pg.kicker(a, "本报追踪")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=1)
    pg.furniture(["【前情回顾】",
                  "11月8日，本报A05版以《健身房突然闭",
                  "店，两千会员卡怎么办》为题，报道了“力",
                  "健”3家门店同日闭店、会员维权无门一事。"], "前情回顾 box inside the report (not body)")
    pg.body(a, start=1)
    pg.gap()
    b = Article(
        "b", "老旧管网改造为何一拖再拖",
        notes="**new** Continued story: the headline is printed again over the part continued from another page, "
              "with the line （上接A05版） under it; that jump line is neither title nor body, and the part prints no "
              "byline (it stands on the page it comes from), so byline null, no authors. The photo caption after "
              "the body is not body. The officials and residents quoted are not authors.",
        paras=[
            "按照计划，城北片区12个老旧小区的供水管网改造应在今年6月完工，但记者实地走访发现，目前仅有5个小区完成施工，其余7个小区路面开挖后停工至今。",
            "“沟挖了三个月，车开不进来，老人出门都得绕着走。”柳荫里小区居民申大爷说。",
            "施工方负责人坦言，项目资金由市级财政和供水企业按6∶4分担，供水企业的资金迟迟未到位，导致工程款拖欠、施工队撤场。对此，汀州市水务集团回应称，已于11月15日拨付首笔资金1200万元，停工的7个小区将在12月初陆续复工，春节前完成路面恢复。",
        ])
    pg.headline(b)
    pg.line(b, "（上接A05版）", "jump")
    pg.gap()
    pg.body(b)
    pg.furniture(wrap("▲城北片区柳荫里小区，开挖后停工的供水管网工地。　本报记者　邬清和　摄", cols),
                 "photo caption with credit (not body)")
    pg.blank()
    pg.furniture(["记者手记"], "column label 记者手记")
    c = Article(
        "c", "退款不能只靠“盯”", section="记者手记",
        byline="记者　邬清和", authors=["邬清和"],
        notes="记者手记 (section) with its own headline, signed 记者 X right-aligned at its end: the signature is the "
              "byline (written without its leading U+3000s), the reporter the author. Kind article (as the 记者手记 "
              "of handmade22).",
        paras=[
            "从闭店到首批退款，前后不过十几天。进展来得快，离不开会员的坚持和监管部门的督促，也离不开舆论的关注。但退款不能总靠“盯”出来。",
            "预付式消费纠纷屡屡发生，根子在于预付资金缺少监管。把钱管住，让“先收钱后服务”有规矩可循，消费者才敢放心办卡，守规矩的商家也才能赢得更多回头客。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.line(c, right(c.byline, cols), "byline")
    pg.blank()
    d = Article(
        "d", "预付式消费投诉同比下降23%",
        byline="本报讯（记者　邬清和　实习生　蔺小溪）", authors=["邬清和", "蔺小溪"],
        lead="本报讯（记者　邬清和　实习生　蔺小溪）",
        notes="The page's economic item. Run-in 本报讯（记者 X　实习生 Y） excluded from first; both are authors.",
        paras=[
            "记者从汀州市消费者权益保护委员会获悉，今年1月至10月，全市消委会系统受理预付式消费投诉3418件，同比下降23.1%，为消费者挽回经济损失612万元。投诉主要集中在健身、教育培训和美容美发三个行业。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：焦晚枫　　美编：祁一苗　　校对：程砚"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lc04() -> Page:
    """Provincial daily 消费维权 page with NO blank line: label 以案说法 over a case story (【案例】 and 【律师说法】
    run-in labels, the lawyer quoted inside) with byline line 本报记者 X　通讯员 Y; a 消费提示 box WITH its own
    headline; platform item with byline line 本报记者 X; economic item with run-in 本报讯（通讯员 X　记者 Y）;
    a 消费提示 box without a headline and a 维权热线 box."""
    cols = 32
    pg = Page("lc04.txt", cols=cols, indent=FW * 2, blanks="never", seed=5904,
              style="provincial daily 消费维权 page with NO blank line anywhere: header on three lines (paper; date with weekday + 第11版; 版名 + 责任编辑); label 以案说法 over a case story with byline line 本报记者 X　通讯员 Y whose paragraphs open with run-in labels 【案例】 and 【律师说法】 (the lawyer, name and firm, quoted inside); 消费提示 box WITH its own headline (three numbered tips); item (外卖满减 platform) with byline line 本报记者 X; economic item (消协 complaints and money recovered) with run-in 本报讯（通讯员 X　记者 Y）; 消费提示 box WITHOUT a headline (label and two lines); 维权热线 box; footer")
    pg.furniture(["雁洲日报",
                  cn_date(2039, 3, 15) + "　第11版",
                  "消费维权　　责任编辑：尹知白"], "page header")
    pg.furniture(["以案说法"], "column label 以案说法")
    a = Article(
        "a", "买到“翻新机”，商家被判退一赔三", section="以案说法",
        byline="本报记者　祁暮云　通讯员　解小禾", authors=["祁暮云", "解小禾"],
        notes="**new** 消费维权 case story under the label 以案说法 (section): byline line 本报记者 X　通讯员 Y (both "
              "authors). The run-in labels 【案例】 and 【律师说法】 open paragraphs and stay in the body; the lawyer "
              "quoted in 【律师说法】 (葛时雨, with her firm) is NOT an author: she is quoted in the reporters' text. "
              "The consumer and the judge are not authors.",
        paras=[
            "【案例】2038年10月，雁洲市民郑先生在一家手机店花6890元购买了一部“全新未拆封”的手机。使用两个月后，手机频繁死机，郑先生送到品牌售后检测，被告知该手机曾更换过主板和屏幕，属于翻新机。",
            "郑先生找商家理论，商家称手机是从“正规渠道”进货，只同意维修。协商不成，郑先生将商家诉至雁洲市鹿鸣区人民法院。法院审理认为，商家将翻新机作为新机销售，构成欺诈，判决商家退还货款6890元，并赔偿郑先生20670元。",
            "【律师说法】雁洲衡平律师事务所律师葛时雨表示，根据消费者权益保护法，经营者提供商品有欺诈行为的，应当按照消费者的要求增加赔偿，增加赔偿的金额为商品价款的三倍。消费者购买电子产品时，应索要载明型号、串号的发票，收货后及时通过官方渠道查验激活信息和保修状态，发现问题保留证据，依法维权。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["消费提示"], "column label 消费提示")
    b = Article(
        "b", "办预付卡记住“三看”", section="消费提示",
        notes="消费提示 box with its own headline and three numbered tips (the body, printed one tip a line); it "
              "prints no writer: no byline, no authors. Kind article (as the 小贴士 box with a headline of "
              "handmade55).",
        paras=[Raw(["1.看资质：查看经营者营业执照和场地租期，租期将满的慎办长期卡。",
                    "2.看金额：单次充值不宜过多，警惕“充一万送五千”等大额优惠。",
                    "3.看合同：签订书面合同，写明退卡条件和违约责任，保留付款凭证。"])])
    pg.headline(b)
    verse(pg, b, b.paras[0].lines)
    c = Article(
        "c", "外卖“满减”变“满加”，三家平台被约谈",
        byline="本报记者　祁暮云", authors=["祁暮云"],
        notes="Consumer item about platforms. Byline line 本报记者 X. The official quoted is not an author.",
        paras=[
            "不少市民反映，外卖平台标注“满50减15”，下单时却发现菜品单价被商家悄悄上调，优惠后反而比平时更贵。3月13日，雁洲市市场监管局约谈辖区内三家外卖平台，要求平台对商家“先涨后减”行为加强价格监测，对查实的商家采取下架、限流等措施。",
            "市市场监管局网络交易监管处处长樊一鸣表示，消费者遇到此类问题，可保存下单截图和历史价格记录，通过平台或12315投诉。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    d = Article(
        "d", "去年全市消协组织挽回经济损失1860万元",
        byline="本报讯（通讯员　甘若溪　记者　祁暮云）", authors=["甘若溪", "祁暮云"],
        lead="本报讯（通讯员　甘若溪　记者　祁暮云）",
        notes="The page's economic item (complaints and money recovered). Run-in 本报讯（通讯员 X　记者 Y） excluded "
              "from first; both are authors.",
        paras=[
            "3月14日，雁洲市消费者协会发布2038年消费维权年报。去年全市各级消协组织共受理消费者投诉9264件，解决8731件，解决率94.2%，为消费者挽回经济损失1860万元。其中服务类投诉占比58.6%，连续三年超过商品类投诉；直播带货、二手商品交易和汽车售后成为新的投诉热点。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["消费提示",
                  "　　“3·15”期间，谨防不法分子冒充消协工作人员以“退款理赔”为名实施诈骗。",
                  "　　消协工作人员不会要求消费者提供银行卡密码和验证码。"],
                 "消费提示 box WITHOUT a headline (label and two lines; not an article)")
    pg.furniture(["维权热线",
                  "消费投诉：12315　　市消协：0×××-8231××××",
                  "本报维权热线：0×××-8600××××（工作日9:00—17:00）"], "维权热线 box (not an article)")
    pg.furniture(["本版校对：冉听松　　组版：闻一禾"], "footer")
    return pg


PAGES = [lc01, lc02, lc03, lc04]
