"""Pages lc05-lc08 of handmade59 (development set; all papers, agencies, names, firms, offices, places and figures
invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, width, wrap


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print lines of a body exactly as given (see pages_a)."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


def right(text: str, cols: float) -> str:
    """A line set flush right in a column of `cols`."""
    return FW * max(0, int(cols - width(text))) + text


# ---------------------------------------------------------------------------
def lc05() -> Page:
    """Evening paper 政务服务 page extracted with a blank line after EVERY line: 12345 hotline weekly summary
    (headline with the week in brackets, run-in 本报讯（记者 X　通讯员 Y）, intro, five numbered items, a source line
    after it); reader's letter signed at its end; economic item with byline line 本报记者 X."""
    cols = 22
    pg = Page("lc05.txt", cols=cols, indent="  ", blanks="every", seed=5905,
              style="evening paper 政务服务 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines (paper + date with weekday; 第8版 + 版名); 12345 hotline weekly summary: headline on two lines (the week in brackets on the second), run-in 本报讯（记者 X　通讯员 Y） before an intro paragraph, then five numbered items (1. … 5., each a paragraph: the 诉求 and the department's 回复 run in), a source line （数据来源：…） after it; reader's letter signed at its end (reader, right-aligned); economic item (粽子礼盒 prices and 抽检) with byline line 本报记者 X; footer")
    pg.furniture(["桐川晚报　" + cn_date(2031, 6, 10),
                  "第8版　政务服务"], "page header")
    a = Article(
        "a", "12345热线一周回音（6月2日—6月8日）", head=["12345热线一周回音", "（6月2日—6月8日）"],
        byline="本报讯（记者　欧阳晴　通讯员　简一帆）", authors=["欧阳晴", "简一帆"],
        lead="本报讯（记者　欧阳晴　通讯员　简一帆）",
        notes="**new** 12345 hotline weekly summary: ONE article. The headline is printed on two lines, the week in "
              "brackets on the second; joined, brackets kept. Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both "
              "are authors. The intro paragraph and the five numbered items (诉求 and 回复 run in) are the body; the "
              "source line （数据来源：…） after the last item is not body. The callers and offices are not authors.",
        paras=[
            "上周，桐川市12345政务服务便民热线共受理群众诉求21486件，办结率97.2%，满意率93.5%。本报选取部分诉求及办理情况刊发如下。",
            "1.市民反映：鹤鸣小区二期燃气管道改造后，部分住户燃气表未及时恢复供气。回复：市燃气集团已于6月5日完成全部186户通气。",
            "2.市民反映：城南农贸市场部分摊位电子秤缺斤少两。回复：城南区市场监管局开展突击检查，查处计量违法摊位7个，罚没款1.4万元。",
            "3.市民反映：某培训机构停课后拒不退费。回复：市教育局已责令该机构一周内拿出退费方案，目前已退费学员63名。",
            "4.企业反映：申请稳岗返还迟迟未到账。回复：市人社局核实系银行账户信息有误，已更正并于6月7日拨付返还资金8.6万元。",
            "5.市民反映：青石路人行道共享单车乱停放。回复：市城管局已约谈三家运营企业，增设电子围栏停放点42处。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.furniture(["（数据来源：桐川市12345政务服务便民热线）"], "source line after the summary (not body)")
    b = Article(
        "b", "停车场收费标准该公示了",
        byline="读者　柏南星", authors=["柏南星"],
        notes="Reader's letter signed at its end (读者 X, right-aligned): the byline, the reader the author. It "
              "prints no salutation.",
        paras=[
            "上周我把车停在市人民医院旁边的一个停车场，两个半小时被收了25元。收费员说“白天每小时10元”，可场内找不到任何收费公示牌，也开不出正规发票。",
            "希望有关部门查一查，停车场该不该在入口醒目位置公示收费标准。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, right(b.byline, cols), "byline")
    c = Article(
        "c", "端午粽子礼盒价格平稳",
        byline="本报记者　欧阳晴", authors=["欧阳晴"],
        notes="The page's economic item (holiday prices). Byline line 本报记者 X. The shop assistant quoted is not an "
              "author.",
        paras=[
            "端午临近，记者走访桐川市多家超市发现，粽子礼盒价格总体平稳，主流礼盒售价在68元至158元之间，与去年基本持平，散装鲜肉粽每只3元至5元。市市场监管局近日抽检粽子及礼盒样品72批次，合格率98.6%，未发现过度包装问题。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["本版编辑：贺采薇　校对：孔一川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lc06() -> Page:
    """Provincial daily 读者来信 page: letter opening 编辑同志： signed at its end with town and reader; label 民生观察
    over a comment whose body comes FIRST and whose headline and byline □ X are printed AFTER it; 记者调查 with a
    kicker and byline line 本报记者 X; label 来信摘登 over two short letters signed （…读者 X） run in at the end."""
    cols = 28
    pg = Page("lc06.txt", cols=cols, indent=FW * 2, blanks="some", seed=5906, p_para=0.3, p_gap=0.75,
              style="provincial daily 读者来信 page, blank lines sometimes: header on three lines (paper; date with weekday; 读者来信 + 第5版 + 责任编辑); letter opening with 编辑同志： (run in as the first words of the first paragraph) and signed at its end (town + 读者 X, right-aligned); label 民生观察 over a comment whose body comes FIRST and whose headline and byline line □ X are printed AFTER it; 记者调查 with 引题 kicker (来信调查) and byline line 本报记者 X; label 来信摘登 over two short letters with headlines, each signed （place + 读者 X） run in at the end; footer with letters address")
    pg.furniture(["苇城日报",
                  cn_date(2032, 9, 3),
                  "读者来信　第5版　　责任编辑：蔡听荷"], "page header")
    pg.blank()
    a = Article(
        "a", "农村快递“最后一公里”不该加价",
        byline="苇城县河口镇读者　郎青苗", authors=["郎青苗"],
        notes="Reader's letter: the salutation 编辑同志： is run in as the first words of the first paragraph and stays "
              "in the body; the signature (town + 读者 X, right-aligned after the body) is the byline, the reader the "
              "author.",
        paras=[
            "编辑同志：我家在苇城县河口镇下面的柳湾村。现在网购很方便，可快递到了镇上就“卡住了”：镇上的快递点要求村民自己去取，送到村里每件要加收2元到5元“派送费”。",
            "我们村离镇上有8公里，老人取一趟快递要花半天工夫。快递公司收了运费，为什么送到村里还要另外加钱？希望有关部门管一管。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, right(a.byline, cols), "byline")
    pg.blank()
    pg.furniture(["民生观察"], "column label 民生观察")
    b = Article(
        "b", "回应来信，要见行动", section="民生观察",
        byline="□ 史怀瑾", authors=["史怀瑾"], kind="commentary",
        notes="**new** Comment under the label 民生观察 (section) whose body is printed FIRST, right under the label; "
              "its headline and byline line □ X are printed AFTER the body (the headline line is title_line). Kind "
              "commentary; the writer is the author.",
        paras=[
            "一封读者来信，往往连着一群人的烦心事。快递进村加价、充电桩不通电、押金退不回来，这些事看起来不大，却天天绊着群众的脚。",
            "回应来信，态度要诚恳，更要见行动。有的部门回复来信“已高度重视”“正在研究”，之后便没了下文。群众要的不是一纸回复，而是问题真正得到解决。把来信当作改进工作的“清单”，逐件对账销号，群众才会觉得写信有用、说话管用。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "快递进村加价背后的成本账",
        byline="本报记者　覃望舒", authors=["覃望舒"],
        notes="记者调查 prompted by the letter above. The 引题 kicker 来信调查 (no ——副题 printed) is neither title nor "
              "subtitle. Byline line 本报记者 X. The station owner and the official quoted are not authors.",
        paras=[
            "接到郎青苗的来信后，记者来到河口镇。镇上一家综合快递服务站的负责人石满仓算了一笔账：一件快递从县城分拨到镇上，站点能拿到的派费只有0.6元左右，再送到村里，油费、人工费每件至少要1.5元。",
            "苇城县邮政管理局相关负责人表示，快递企业不得以任何名义向收件人额外收费，对违规加价的将依法查处。目前，全县正推进“快递进村”共配项目，由邮政和四家快递企业共用车辆、共建村级服务点，预计年底前覆盖全县126个行政村，届时村民可免费在村里取件。",
        ])
    pg.kicker(c, "来信调查")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["来信摘登"], "column label 来信摘登")
    d1 = Article("d1", "商场停车优惠别“缩水”", section="来信摘登",
                 byline="（东关区读者　凌一禾）", authors=["凌一禾"], tail="（东关区读者　凌一禾）",
                 notes="Short letter of the 来信摘登 strip (section), signed （place + 读者 X） run in at the end: the "
                       "byline, excluded from last (it takes more room than a reporter's credit, still a tail); the "
                       "reader is the author.",
                 paras=["以前在这家商场消费满100元可免费停车3小时，最近悄悄改成了1小时，也没有任何告示。希望商家调整优惠前提前公示。"])
    d2 = Article("d2", "建议菜场设“助老摊位”", section="来信摘登",
                 byline="（苇城县读者　马知远）", authors=["马知远"], tail="（苇城县读者　马知远）",
                 notes="Short letter of the 来信摘登 strip, signed （place + 读者 X） run in at the end: byline, excluded "
                       "from last.",
                 paras=["菜场里不少摊位只能扫码付款，老人带着现金买菜常被拒收。建议每个菜场设几个“助老摊位”，收现金、可赊小账。"])
    for art in (d1, d2):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["来信地址：苇城市文昌路16号苇城日报社群工部　邮箱：dzlx@wcrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lc07() -> Page:
    """Morning paper 回音壁 page in a narrow column: label 回音壁 over three ◆ items (读者反映： / 回复： with the office
    run in at the end of the reply, one with the office on a line of its own); economic item with byline line
    本报记者 X; a follow-up story (kicker 记者追踪, headline, （上接第2版） under it, byline at its end)."""
    cols = 20
    pg = Page("lc07.txt", cols=cols, indent=FW * 2, blanks="para", seed=5907,
              style="morning paper 回音壁 page in a narrow column, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; A06 + 版名); label 回音壁 over three items with ◆ headlines: 读者反映： and 回复： paragraphs, the office named in brackets run in at the end of the reply (twice) or on a line of its own (once); economic item (以旧换新 subsidy) with byline line 本报记者 X; follow-up story with 引题 kicker 记者追踪, headline, the line （上接第2版） under it and the credit （本报记者 X） on a line of its own after the body; footer wider than the column")
    pg.furniture(["鹭屿晨报",
                  cn_date(2033, 4, 21),
                  "A06　回音壁"], "page header")
    pg.blank()
    pg.furniture(["回音壁"], "column label 回音壁")
    pg.blank()
    a1 = Article("a1", "菜场凌晨卸货噪音扰民", head=["◆菜场凌晨卸货噪音扰民"], section="回音壁",
                 notes="**new** Item of the 回音壁 column (section); ◆ is a mark. 读者反映： / 回复： paragraphs; the "
                       "office named in brackets run in at the end of the reply is body (it is the reply's signature, "
                       "names no person): no byline, no authors.",
                 paras=["读者反映：思岚区湖畔农贸市场每天凌晨3点多开始卸货，叫喊声、推车声吵得附近居民睡不着。",
                        "回复：经协调，市场已将卸货时间调整至凌晨5时以后，并铺设橡胶减噪垫。（思岚区城市管理局）"])
    a2 = Article("a2", "退休人员医保卡余额能否家庭共济", head=["◆退休人员医保卡余额", "能否家庭共济"], section="回音壁",
                 notes="Item of the 回音壁 column; ◆ is a mark; the headline is printed on two lines and joined. The "
                       "office in brackets at the end of the reply is body: no byline, no authors.",
                 paras=["读者反映：我是退休职工，医保个人账户每年有结余，想给读小学的孙子买药，能否使用？",
                        "回复：可以。我市已开通职工医保个人账户家庭共济，参保人可在“鹭屿医保”小程序绑定近亲属，共济使用个人账户余额。（鹭屿市医疗保障局）"])
    a3 = Article("a3", "公租房租金能否按月缴纳", head=["◆公租房租金能否按月缴纳"], section="回音壁",
                 notes="Item of the 回音壁 column; ◆ is a mark. The office's name on a line of its own (right-"
                       "aligned) after the reply is the last body line, as the bracketed office names of the items "
                       "above: no byline, no authors.",
                 paras=["读者反映：公租房租金要求每半年缴纳一次，对我们低收入家庭压力较大，能否按月缴？",
                        "回复：自5月1日起，公租房承租人可自愿选择按月、按季或按半年缴纳租金，按月缴纳的可通过银行代扣。",
                        Raw([right("鹭屿市住房保障中心", cols)])])
    for art in (a1, a2, a3):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    b = Article(
        "b", "电动自行车以旧换新补贴延至年底",
        byline="本报记者　邝晓帆", authors=["邝晓帆"],
        notes="The page's economic item (consumption subsidy). Byline line 本报记者 X. The official quoted is not an "
              "author.",
        paras=[
            "记者从鹭屿市商务局获悉，原定4月底结束的电动自行车以旧换新补贴活动延长至12月31日。市民交售旧车并购买新国标电动自行车，可获每辆500元至800元补贴。",
            "活动开展以来，全市已累计回收旧车2.6万辆，带动新车销售额1.3亿元。市商务局消费促进科科长宁远表示，补贴资金尚有结余，延期后参与门店将由86家增至120家。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "安置房交付延期，业主过渡费补上了",
        byline="（本报记者　邝晓帆）", authors=["邝晓帆"],
        notes="**new** Follow-up story continued from page 2: the 引题 kicker 记者追踪 (no ——副题) is neither title nor "
              "subtitle; the line （上接第2版） under the headline is neither title nor body; the reporter's credit "
              "（本报记者 X） on a line of its own after the body is the byline (not body). The residents and officials "
              "quoted are not authors.",
        paras=[
            "按照补偿协议，安置房延期交付的，每户每月增发过渡费1500元。可截至记者采访时，部分业主的补发款一直没有到账。",
            "对此，思岚区征收办工作人员解释，补发需与开发企业逐户核对延期天数。经记者反映，4月18日，该区已向首批213户业主补发过渡费共计186万元，其余业主将在本月底前补齐。",
            "“钱到账了，心里总算踏实了。”业主郭玉兰说。",
        ])
    pg.kicker(c, "记者追踪")
    pg.headline(c)
    pg.line(c, "（上接第2版）", "jump")
    pg.gap()
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.blank()
    pg.furniture(["回音壁热线：0×××-5700××××　　编辑：滕望川　　校对：汤一冉"], "footer wider than the column")
    return pg


# ---------------------------------------------------------------------------
def lc08() -> Page:
    """Metropolitan daily 消费维权 page, NO indent, with column breaks: label 律师说法 over a column WRITTEN by a
    lawyer (byline line □ NAME（firm + 律师）); case story with byline line 本报记者 X, 【案例】 / 【律师说法】 run-in
    labels and a lawyer quoted; label 消费警示 over an item with run-in 本报讯（记者 X）; 维权热线 box."""
    cols = 34
    pg = Page("lc08.txt", cols=cols, indent="", blanks="some", colbreak=11, seed=5908, p_para=0.5, p_gap=0.85,
              style="metropolitan daily 消费维权 page, NO indent, blank lines sometimes plus column breaks (a blank line every 11 body lines, also inside paragraphs): header on two lines (B03 + 版名; paper + date with weekday); label 律师说法 over a column written by a lawyer, byline line □ NAME（firm + 律师）, crossheads 一、二、; case story with byline line 本报记者 X whose paragraphs open with 【案例】 and 【律师说法】, the lawyer (name and firm) quoted inside; label 消费警示 over an item with run-in 本报讯（记者 X）; 维权热线 box; footer")
    pg.furniture(["B03　消费·维权",
                  "榆阳都市报　" + cn_date(2034, 8, 12)], "page header")
    pg.blank()
    pg.furniture(["律师说法"], "column label 律师说法")
    a = Article(
        "a", "格式条款写了“概不退换”，就真的不能退吗",
        section="律师说法", byline="□ 季衡（榆阳正平律师事务所律师）", authors=["季衡"], kind="commentary",
        notes="**new** Column under the label 律师说法 (section) WRITTEN by a lawyer: byline line □ NAME（firm + 律师） "
              "under the headline; here the lawyer is the writer, so she is the author (contrast the lawyer quoted "
              "inside the reporter's case story below, who is not). Crossheads 一、… 二、… are body lines. Kind "
              "commentary (a signed legal opinion piece).",
        paras=[
            "不少读者来电咨询：商家在店堂里贴出“特价商品概不退换”“最终解释权归本店所有”，消费者买了东西发现质量问题，是不是就只能自认倒霉？答案是否定的。",
            Cross("一、格式条款不能排除消费者的法定权利"),
            "根据民法典和消费者权益保护法，经营者不得以格式条款、通知、声明、店堂告示等方式，作出排除或者限制消费者权利、减轻或者免除经营者责任的规定。此类条款内容无效。特价商品存在质量问题的，消费者仍然可以依法要求退货、更换或修理。",
            Cross("二、维权要注意保存证据"),
            "消费者应保留购物小票、聊天记录、商品照片等证据，先与商家协商；协商不成的，可向消费者协会投诉、向市场监管部门申诉，也可以申请仲裁或提起诉讼。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "美容卡写着“终身有效”，门店却关门了",
        byline="本报记者　温知夏", authors=["温知夏"],
        notes="Case story: byline line 本报记者 X. Paragraphs opening with run-in labels 【案例】 and 【律师说法】 are body. "
              "The lawyer quoted inside (仲若谷, 本报法律顾问 with his firm) is NOT an author: the text is the "
              "reporter's. The consumer is not an author.",
        paras=[
            "【案例】市民祝女士2033年在榆阳市一家美容院办理了一张“终身有效”的会员卡，先后充值1.8万元。今年6月，她发现门店突然停业，卡内还有1.1万元余额。与祝女士情况相同的会员有200多人。",
            "【律师说法】本报法律顾问、榆阳明衡律师事务所律师仲若谷表示，“终身有效”是经营者对服务期限的承诺，门店停业导致合同无法履行，经营者应当退还预付款余额并承担相应责任。如果经营者在明知无法继续经营的情况下仍然大量售卡，涉嫌合同诈骗，消费者可以向公安机关报案。",
            "据了解，榆阳市市场监管局已对该美容院立案调查，并督促其股东制定退款方案。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["消费警示"], "column label 消费警示")
    c = Article(
        "c", "暑期研学团“低价”背后藏隐形消费", section="消费警示",
        byline="本报讯（记者　温知夏）", authors=["温知夏"], lead="本报讯（记者　温知夏）",
        notes="Item under the label 消费警示 (section), the page's economic item on prices. Run-in 本报讯（记者 X） "
              "excluded from first.",
        paras=[
            "榆阳市消费者协会8月11日发布消费警示，提醒家长警惕“低价”研学团。今年7月以来，市消协共受理研学旅行类投诉126件，同比增长62%，主要反映报价不含门票和餐费、行程缩水、临时加收“讲解费”等问题。市消协建议，家长应选择有资质的旅行社和研学机构，签订书面合同并明确费用构成。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["维权热线",
                  "榆阳市消协：0×××-6231××××　　本报维权热线：0×××-6688××××"], "维权热线 box (not an article)")
    pg.furniture(["责任编辑：雷知秋　美术编辑：史小满"], "footer")
    return pg


PAGES = [lc05, lc06, lc07, lc08]
