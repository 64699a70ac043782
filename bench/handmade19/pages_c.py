"""Pages e09-e12 of handmade19 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


def lines_before(pg: Page, a: Article, para: int) -> int:
    """How many printed lines paragraphs 0..para-1 of `a` take (to cut a body inside a given paragraph)."""
    return sum(1 for it in pg.render_body(a, end=para) if it[0] == "line")


# ---------------------------------------------------------------------------
def e09() -> Page:
    """Industry association bulletin (会讯), no blank line anywhere: section labels 协会动态 / 会员风采 / 行业数据 /
    图片新闻 / 通知公告; item signed （协会秘书处 X）; item with 通讯员 X line; member news with 供稿：company　X line
    after it; unsigned data item with a table; photo news credited to the secretariat; a notice."""
    pg = Page("e09.txt", cols=25, indent="  ", blanks="never", seed=1909,
              style="industry association bulletin (省机械工业协会 会讯) indented with two ASCII spaces, NO blank line anywhere: masthead on three lines (bulletin name, 主办 + 期号 with 总第N期, 内部资料　免费交流); section labels 协会动态, 会员风采, 行业数据, 图片新闻, 通知公告; meeting report signed （协会秘书处　X） run in at the end; item with byline line 通讯员　X; member news whose headline has a colon (company：claim) with a line 供稿：company　X after the text; unsigned data item followed by a table (title, header row, four rows, 资料来源 line); photo news (brief) with headline, caption and credit line （协会秘书处供图）; a notice (通知: addressee line, text, 特此通知。, issuer and date); footer with 本期责编／校对 and address")
    pg.furniture(["溯川机械工业会讯",
                  "溯川省机械工业协会主办　2034年第6期（总第118期）",
                  "内部资料　免费交流"], "masthead of the bulletin")
    pg.furniture(["协会动态"], "section label 协会动态")
    a = Article(
        "a", "协会召开2034年度会员大会暨七届三次理事会", section="协会动态",
        byline="（协会秘书处　倪亦晴）", authors=["倪亦晴"], tail="（协会秘书处　倪亦晴）",
        notes="Meeting report under the section label 协会动态. **new:** signed （协会秘书处　X） run in at the end: the "
              "byline, excluded from last; the secretariat staff member named is the author. Officials named in "
              "the text (胡承岳) are not authors.",
        paras=[
            "6月8日，溯川省机械工业协会2034年度会员大会暨七届三次理事会在溯川市召开。协会会长胡承岳，常务副会长、副会长，理事单位及会员单位代表共260余人参加会议。",
            "会议审议通过了协会2033年度工作报告、财务工作报告，增补了3家副会长单位和12家理事单位，表决通过了《溯川省机械工业协会团体标准管理办法（修订稿）》。",
            "胡承岳在讲话中指出，今年以来全省机械工业运行总体平稳，但部分企业面临订单不足、应收账款增加等困难。协会将进一步发挥桥梁纽带作用，加强行业运行监测，组织企业参加国内外重点展会，帮助会员企业开拓市场。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "协会组织会员企业赴汀阳考察智能制造示范工厂", head=["协会组织会员企业赴汀阳", "考察智能制造示范工厂"],
        section="协会动态", byline="通讯员　邝北辰", authors=["邝北辰"],
        notes="Second item under 协会动态; headline on two lines, joined; byline line 通讯员 X.",
        paras=[
            "5月23日至24日，协会组织18家会员企业的30余名负责人赴汀阳市考察学习。考察团先后参观了汀阳重型机床、岸远液压等企业的智能制造示范工厂，了解数字化车间建设、设备联网和生产排程优化等方面的做法。",
            "座谈中，汀阳重型机床相关负责人介绍，工厂完成数字化改造后，产品交付周期缩短25%，设备综合效率提升18个百分点。参加考察的企业代表表示，将结合自身实际，分步骤推进数字化改造。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["会员风采"], "section label 会员风采")
    c = Article(
        "c", "溯川重工：大型盾构机主轴承实现自主配套", head=["溯川重工：", "大型盾构机主轴承实现自主配套"],
        section="会员风采", byline="供稿：溯川重工　孟一帆", authors=["孟一帆"],
        notes="Member news under 会员风采: headline on two lines broken after the colon, joined. **new:** the line "
              "供稿：company　X after the text is the byline (not body); the member company's staff member who "
              "supplied the text is the author.",
        paras=[
            "近日，溯川重工股份有限公司自主研制的直径8.6米大型盾构机主轴承通过专家验收，各项性能指标达到设计要求。这是该公司首台自主配套主轴承的大型盾构机。",
            "主轴承是盾构机的“心脏”部件，长期以来依赖进口。公司联合省内高校组建攻关团队，历时三年突破大尺寸轴承滚道加工、热处理等关键工艺。目前，该型主轴承已在城市地铁项目中完成2000米掘进试验，运行稳定。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.furniture(["行业数据"], "section label 行业数据")
    d = Article(
        "d", "前5月全省机械工业增加值增长6.3%", section="行业数据",
        notes="Unsigned data item under 行业数据: no byline, no authors. The table after it (title, header row, "
              "rows, 资料来源 line) is not body.",
        paras=[
            "据协会统计信息部监测，1—5月，全省规模以上机械工业增加值同比增长6.3%，高于全省工业平均水平1.2个百分点；实现营业收入3862亿元，同比增长4.8%；实现利润总额214亿元，同比下降2.1%。",
            "分行业看，工程机械、农业机械行业保持较快增长，机床工具行业营业收入增速由负转正，通用设备行业利润降幅有所收窄。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["2034年1—5月全省主要机械产品产量",
                  "产品　　　　　单位　　产量　　同比（%）",
                  "金属切削机床　万台　　1.86　　 5.7",
                  "挖掘机　　　　台　　　9420　　12.3",
                  "拖拉机　　　　台　　　26150　　8.9",
                  "工业机器人　　套　　　3870　　21.4",
                  "资料来源：协会统计信息部"], "table after the data item (not body)")
    pg.furniture(["图片新闻"], "section label 图片新闻")
    p = Article(
        "p", "会员企业组团参展东盟机械博览会", kind="brief", section="图片新闻", byline="（协会秘书处供图）",
        notes="Photo news (brief) under the label 图片新闻: headline, caption, credit line （协会秘书处供图） after it "
              "(byline); the credit names no person, so no authors.",
        paras=[
            "6月3日至6日，协会组织22家会员企业参加东盟国际机械博览会，展出数控机床、农业机械、液压件等产品，现场签订意向合同金额1.3亿美元。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.furniture(["通知公告",
                  "关于征集2034年度行业优秀新产品的通知",
                  "各会员单位："] + wrap(
        "  为展示全省机械行业技术创新成果，协会决定开展2034年度行业优秀新产品征集活动。请各单位于7月31日前将申报材料报送协会秘书处。", 25) +
                 ["  联系人：苗禾　电话：0736-5521××××",
                  "  特此通知。",
                  "溯川省机械工业协会",
                  "2034年6月10日"], "section label 通知公告 and a notice (not an article)")
    pg.furniture(["本期责编：倪亦晴　校对：苗禾",
                  "地址：溯川市青垣区工业大道188号"], "footer: editor, proof-reader, address")
    return pg


# ---------------------------------------------------------------------------
def e10() -> Page:
    """Weekly business paper 区域经济 page of 13-character columns, no blank line anywhere: the left column (lead)
    and the right column (second article, headline and byline at its top) read ACROSS, one line of each in turn,
    for a stretch; then the rest of each; then a run-in dateline item."""
    pg = Page("e10.txt", cols=13, indent=FW * 2, blanks="never", seed=1910,
              style="经济观察报-like weekly 区域经济 page of 13-character columns, NO blank line anywhere: the lead (headline with quotation marks, byline line 本报记者 X) sits in the left column and the second article (headline, byline line 记者 X) at the top of the right column level with the lead's 4th text line; the extraction read ACROSS the two columns LINE BY LINE for a stretch (lead line, right-column line, lead line, … : 14 lines of the lead alternating with the right article's headline, byline and first 12 text lines, most switches in mid-sentence), then gave the rest of the lead, then the rest of the right article; then a run-in 本报汀州6月25日讯（记者 X） item; header on two lines, footer with editor and layout")
    pg.furniture(["区域经济　B2", "汀州商业周报　" + cn_date(2034, 6, 26)], "page header")
    a = Article(
        "a", "老厂房变身“设计港”", byline="本报记者　晏小棠", authors=["晏小棠"],
        notes="Lead in the left column; byline line 本报记者 X. **new:** the extraction read across the two columns "
              "line by line for a stretch: from its 4th text line, each of 14 lines of this text is followed by one "
              "line of the right-column article (its headline, byline, then text lines), so the body is in many "
              "one-line pieces; after the stretch the rest of the text comes whole.",
        paras=[
            "汀州市青垣区的老纺织厂片区，曾经是全市最大的工业聚集区。如今，十几栋红砖厂房换上了玻璃幕墙，成了汇聚200多家设计机构的“设计港”。",
            "“这里的房租只有市中心写字楼的一半，层高又高，特别适合做工业设计。”一家产品设计公司的负责人说，公司去年从市中心搬到这里，团队从20人扩大到了45人。",
            "据青垣区有关负责人介绍，片区改造采取“政府引导、国企运营、企业入驻”的模式，保留了原有厂房的建筑风貌。去年，设计港入驻企业营业收入超过18亿元，带动就业4000余人。",
        ])
    b = Article(
        "b", "沅桥夜市升级记", byline="记者　苗一川", authors=["苗一川"],
        notes="Right-column article: its headline and byline line 记者 X and its first 12 text lines were read "
              "alternately with lines of the lead (one line each in turn), so its headline sits between two lines of "
              "the lead and its body is in many one-line pieces; its last lines come whole after the lead.",
        paras=[
            "晚上八点，沅桥县滨河夜市灯火通明。180个统一设计的摊位沿河排开，烧烤、米粉、手作饰品摊前挤满了游客。",
            "去年以前，这条夜市还是“脏乱差”的代名词。县里投入800多万元改造供排水和油烟净化设施，实行摊位统一管理、明码标价。改造后，夜市日均客流由3000人次增加到1.2万人次。",
            "夜市还带火了周边的民宿和特产店。今年“五一”假期，滨河夜市周边民宿入住率超过九成，沅桥米粉、竹编等特产销售额同比增长四成。县商务局负责人表示，下一步将在夜市引入非遗展演和文创市集，延长游客停留时间。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    A = Page.chunks(pg.render_body(a), [3] + [1] * 14)
    B = Page.chunks(pg.render_body(b), [1] * 12)
    pg.emit(a, A[0])
    right = [("head", None), ("byline", None)] + [("body", piece) for piece in B[:12]]
    for k, (what, piece) in enumerate(right):
        pg.emit(a, A[1 + k])
        if what == "head":
            pg.headline(b)
        elif what == "byline":
            pg.line(b, b.byline, "byline")
        else:
            pg.emit(b, piece)
    pg.emit(a, A[15])
    pg.emit(b, B[12])
    c = Article(
        "c", "汀州发放首批“科技贷”2.6亿元", byline="本报汀州6月25日讯（记者　葛书林）", authors=["葛书林"],
        lead="本报汀州6月25日讯（记者　葛书林）",
        notes="Run-in dateline 本报汀州6月25日讯（记者 X） (wrapped over lines) excluded from first.",
        paras=[
            "记者从汀州市科技局获悉，今年以来，汀州已向48家科技型中小企业发放首批“科技贷”2.6亿元，平均利率3.1%。“科技贷”由市财政设立风险补偿资金池，对合作银行发放的科技型企业贷款损失给予一定比例补偿，企业无需提供抵押担保。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["编辑：鲍晴川", "版式：伍一禾"], "footer: editor and layout")
    return pg


# ---------------------------------------------------------------------------
def e11() -> Page:
    """21世纪经济报道-like 公司·产业 page: investigation with two pull quotes that repeat sentences of its own text
    (one printed between paragraphs BEFORE the text reaches it, one printed inside a sentence AFTER); 短评
    comment 文/X; run-in 本报讯（记者 X） item."""
    pg = Page("e11.txt", cols=36, indent=FW, blanks="some", seed=1911, p_para=0.35, p_gap=0.8,
              style="21世纪经济报道-like daily 公司·产业 page indented with ONE U+3000: header (版名 + 版次, paper + date with weekday); investigation with a headline with quotation marks, ——副题, byline line …记者 X　实习生 Y　汀阳、沅桥报道, two plain crossheads and two PULL QUOTES that repeat sentences of the text word for word, set in a 15-character measure without indent: the first (a quotation that closes the text's 6th paragraph) printed between the 2nd and 3rd paragraphs, before the text reaches it; the second (a phrase of the 4th paragraph) printed inside a sentence of the 5th paragraph; label 短评 over a comment with byline line 文/X (ASCII slash); run-in 本报讯（记者 X） item; footer with editor and proof-reader")
    pg.furniture(["公司·产业　7", "南屿经济报道　" + cn_date(2034, 6, 21)], "page header")
    pg.blank()
    q1 = "“储能不是建完就算完成任务，关键是要让它用起来、赚到钱。”"
    a = Article(
        "a", "储能电站“建而不用”调查", subtitle="——部分新能源配储项目利用率不足一成",
        byline="南屿经济报道记者　裴书言　实习生　程一诺　汀阳、沅桥报道", authors=["裴书言", "程一诺"],
        notes="——副题 is the subtitle; byline line …记者 X　实习生 Y　places报道, both authors. **new:** two pull "
              "quotes repeat sentences of this text word for word: the first (the quotation that closes the 6th "
              "paragraph) is printed between the 2nd and 3rd paragraphs, before the text reaches it; the second "
              "(“配储更像是一张‘入场券’”, from the 4th paragraph) is printed inside a sentence of the 5th "
              "paragraph. Neither is body (the sentences are counted once, where the text prints them), so the "
              "body is in pieces. People quoted are not authors.",
        paras=[
            "在汀阳市郊区的一座光伏电站旁，一排白色集装箱式储能舱整齐排列。这座配套建设的储能电站容量为20兆瓦/40兆瓦时，2032年底建成并网，但一年多来，它的累计充放电次数不到60次。",
            "“基本上是建好以后就放在那里，电网调度的时候才偶尔用一下。”电站的一位运维人员告诉记者。按照设计，这类储能电站每年可以完成300次以上的充放电循环。",
            "记者近日在汀阳、沅桥两地走访发现，类似的“建而不用”现象并不少见。一些新能源项目为满足并网要求配建储能，但由于缺乏明确的调用机制和收益来源，储能设施长期处于闲置或低效运行状态。",
            Cross("配储成了“入场券”"),
            "近年来，多地要求新建风电、光伏项目按装机容量的10%至20%配建储能，配储时长一般为2小时。一位新能源企业投资部人士坦言，对开发商来说，配储更像是一张“入场券”，“储能投资占到项目总投资的8%左右，但几乎没有收益，大家都想尽量压低成本”。",
            "为了降低成本，部分项目选用了价格较低、性能一般的电池产品。业内人士指出，这类储能设施的安全性和循环寿命难以保证，即便电网想调用，运行方也不敢频繁使用。据行业机构统计，2033年，部分地区新能源配储项目的平均等效利用率不足10%，远低于独立储能电站和用户侧储能。",
            Cross("市场机制待完善"),
            "受访人士普遍认为，破解储能“建而不用”，关键在于完善市场机制。溯川电力交易中心一位负责人表示，今年起，溯川将储能纳入电力现货市场和辅助服务市场，储能可以通过峰谷价差套利、提供调峰调频服务获得收益。" + q1,
            "此外，一些地方开始探索“共享储能”模式，由第三方投资建设独立储能电站，新能源企业通过租赁容量的方式满足配储要求。业内人士认为，这一模式有利于提高储能利用效率，避免分散配建造成的资源浪费。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = pg.render_body(a)
    cut1 = lines_before(pg, a, 2)
    cut2 = lines_before(pg, a, 5) + 2 - cut1    # two lines into the 5th paragraph (为了降低成本…)
    p1, p2, p3 = Page.chunks(items, [cut1, cut2])
    pg.emit(a, p1)
    pg.furniture(wrap(q1, 15), "pull quote 1, repeating a sentence printed later in the text (not body)")
    pg.gap()
    pg.emit(a, p2)
    pg.furniture(wrap("“配储更像是一张‘入场券’”", 15),
                 "pull quote 2, repeating a phrase printed earlier in the text, inside a sentence (not body)")
    pg.emit(a, p3)
    pg.blank()
    b = Article(
        "b", "别让储能成为“面子工程”", section="短评", kind="commentary", byline="文/姚北", authors=["姚北"],
        notes="Comment under the label 短评 (section); byline line 文/X with an ASCII slash; two-character name.",
        paras=[
            "储能是新型电力系统的重要组成部分，其价值在于“用”而不在于“建”。一些地方把配储当作新能源项目的准入门槛，却没有为储能设计好调用规则和收益机制，结果是大量资金沉淀在闲置的电池舱里。",
            "推动储能从“配角”走向“主角”，需要政策和市场两手发力：既要明确储能的市场主体地位，让储能参与电力市场“有门可进”，也要加强对配储项目的质量监管，防止以次充好、一配了之。",
        ])
    pg.furniture(["短评"], "column label 短评")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "屿南首座独立储能电站并网", byline="本报讯（记者　裴书言）", authors=["裴书言"],
        lead="本报讯（记者　裴书言）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "6月19日，屿南县首座独立储能电站正式并网运行。该电站规模为100兆瓦/200兆瓦时，由屿南能源投资公司投资建设，可为周边6座风电、光伏电站提供容量租赁服务。",
            "据测算，电站投运后每年可提供调峰电量约1.2亿千瓦时，相当于减少弃风弃光电量约8%。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：霍青桐　校对：谭一舟"], "footer: editor, proof-reader")
    return pg


# ---------------------------------------------------------------------------
def e12() -> Page:
    """经济观察报-like weekly 公司·产业 page, blank lines only between articles: feature with byline 本报记者 X
    溯川报道 into whose text, in mid-word, the extraction put a whole boxed sidebar article (label 延伸阅读, headline,
    two paragraphs at 12 characters, unsigned); run-in 本报讯（实习记者 X）; label 企业观察 over a comment 作者　X."""
    pg = Page("e12.txt", cols=23, indent=FW * 2, blanks="arts", seed=1912,
              style="经济观察报-like weekly 公司·产业 page, blank lines only between articles: header 版次 + 版名 only; feature with a headline with quotation marks and byline line 本报记者 X　溯川报道, into whose third paragraph the extraction put a whole BOXED SIDEBAR (label 延伸阅读, its own headline, two paragraphs set at 12 characters with ONE U+3000 indent, unsigned) in MID-WORD (…生产设 / box / 备和检测…), the feature going on after the box with no marker; run-in 本报讯（实习记者 X）; label 企业观察 over a comment with byline line 作者　X; footer with paper, date with weekday, editor and designer")
    pg.furniture(["A9　公司·产业"], "page header")
    pg.blank()
    a = Article(
        "a", "一家县域电缆厂的“深蓝”突围", byline="本报记者　蒋栖云　溯川报道", authors=["蒋栖云"],
        notes="Byline line 本报记者 X　溯川报道. **new:** the boxed sidebar 海缆为何“难造” (label 延伸阅读, own "
              "headline, two paragraphs, narrower measure) was printed inside the third paragraph, in mid-word "
              "(…生产设 / box / 备和检测…); the feature goes on after it with no marker, so its body is in two "
              "pieces. The chairman and the analyst quoted (邬振声) are not authors.",
        paras=[
            "岚溪县城往东十公里，溯川华缆电气的新厂区紧挨着一条内河码头。一根根直径超过20厘米的海底电缆在这里盘绕成圈，装船后顺流而下，运往东南沿海的海上风电场。",
            "很难想象，十年前这还是一家以生产建筑用电线为主的县域小厂。“那时候产品同质化严重，一米电线只赚几分钱。”华缆电气董事长邬振声回忆。2026年，公司决定转向海上风电用电缆，当年研发投入就占到了营业收入的6%，“几乎把家底都押上了”。",
            "转型的过程并不顺利。海缆对绝缘材料、生产设备和检测能力要求极高，华缆电气前后花了四年时间，才拿到第一张海缆订单。在此期间，公司先后投入9亿多元建设立式交联生产线和高压试验大厅，并从国内外引进了40多名技术骨干。",
            "如今，华缆电气已能生产330千伏及以下交流海缆和±500千伏直流海缆，2033年海缆业务收入达到23.8亿元，占营业收入的比重超过一半。公司在手海缆订单金额约36亿元，生产排期已经排到明年二季度。",
            "不过，海缆行业的竞争正在加剧。近两年，多家电缆企业宣布进军海缆领域，行业新增产能快速释放。一位电力设备行业研究员提醒，海上风电项目建设节奏受政策和审批影响较大，一旦装机不及预期，海缆产能可能出现阶段性过剩。",
            "对此，邬振声的判断是，海缆行业拼的不只是产能，更是交付能力和工程经验。“海缆铺设在海底，一旦出问题，修复成本极高，客户选择供应商非常谨慎。”他说，公司正在建设自有的海缆施工船队，从单纯的产品供应商向“制造+施工”的综合服务商转型。",
        ])
    s = Article(
        "s", "海缆为何“难造”", section="延伸阅读",
        notes="**new:** boxed sidebar printed in the MIDDLE of the feature (mid-word): label 延伸阅读 (section), own "
              "headline, two paragraphs at a narrower measure, unsigned (no byline, no authors). An article of its "
              "own (an explainer with a headline, as the 相关阅读 sidebar of z04), not part of the feature.",
        paras=[
            "海底电缆是海上风电场向陆地输送电能的“血管”，长期浸泡在海水中，需要承受水压、洋流、船锚等多重考验，设计寿命一般要求在25年以上。",
            "与陆上电缆相比，海缆单根长度可达数十公里，生产过程中不能有任何接头缺陷，对连续生产能力要求极高。此外，海缆的铠装、敷设和运输也需要专门的设备和码头，这些都构成了行业的进入门槛。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    items = pg.render_body(a)
    p3 = [ln for ln in wrap(a.paras[2], 23, FW * 2, "")]
    k = next(i for i, ln in enumerate(p3) if ln.endswith("生产设"))   # the line ending in mid-word …生产设
    top, rest = Page.chunks(items, [lines_before(pg, a, 2) + k + 1])
    pg.emit(a, top)
    pg.furniture(["延伸阅读"], "label 延伸阅读 of the boxed sidebar")
    pg.headline(s)
    pg.body(s, cols=12, indent=FW)
    pg.emit(a, rest)
    pg.blank()
    b = Article(
        "b", "屿链科技完成3亿元B轮融资", byline="本报讯（实习记者　聂念）", authors=["聂念"],
        lead="本报讯（实习记者　聂念）",
        notes="Run-in 本报讯（实习记者 X） excluded from first; the 实习记者 is the author (two-character name). The "
              "founder quoted (钟叔安) is not an author.",
        paras=[
            "工业软件企业屿链科技日前宣布完成3亿元B轮融资，本轮融资由澄原资本领投，多家产业资本跟投。融资将主要用于工业设计仿真软件的研发和海外市场拓展。",
            "屿链科技成立于2029年，主要为汽车、航空零部件企业提供结构仿真和工艺仿真软件。公司创始人钟叔安表示，国内制造企业对国产工业软件的接受度正在提高，公司去年营业收入同比增长70%以上。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "转型没有“标准答案”", section="企业观察", kind="commentary", byline="作者　温静姝", authors=["温静姝"],
        notes="Comment under the label 企业观察 (section); byline line 作者　X.",
        paras=[
            "华缆电气从建筑电线转向海缆，是县域制造企业向“专精特新”转型的一个缩影。这类企业的成功，往往离不开对细分市场的精准判断和长期投入的定力。",
            "但转型没有标准答案。细分赛道空间有限，一旦大量企业同时涌入，很容易陷入新的同质化竞争。企业在选择转型方向时，既要看市场前景，更要看自身的技术积累和资源禀赋；地方政府则应少一些“一窝蜂”式的产业引导，多一些对企业长期创新的耐心支持。",
        ])
    pg.furniture(["企业观察"], "column label 企业观察")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["澄观经济周报　" + cn_date(2034, 6, 26) + "　本版编辑：褚青　美编：温禾"],
                 "footer: paper, date, editor and designer")
    return pg


PAGES = [e09, e10, e11, e12]
