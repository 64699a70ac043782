"""Pages km05-km08 of handmade43 (development set; all magazines, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, spaced, wrap
from pages_a import block, box, flow, mid, standfirst, starts


# ---------------------------------------------------------------------------
def km05() -> Page:
    """Business biweekly company feature over THREE printed pages (28-30) in a 22-character column indented with
    two ASCII spaces, with justified body lines left letter-spaced by extraction; letter-spaced running heads at
    the page turns (mid-sentence); pull quote; 数据 box; 延伸阅读 box after the body; 观察 comment signed （X）."""
    pg = Page("km05.txt", cols=22, indent="  ", blanks="para", seed=4305,
              style="business biweekly COMPANY feature over THREE printed pages (pp.28-30), indented with two ASCII spaces: page header, label 公司｜深度, headline with a colon, 导语 (wrapped at 18), byline line 文｜《刊名》记者 X　编辑｜Y; some justified body lines LETTER-SPACED with single spaces (wide tracking); running heads at two page turns, letter-spaced (公 司 · 深 度) and printed in MID-SENTENCE; pull quote; 数据 box (figures over captions); crossheads; 延伸阅读 box (label, headline, two paragraphs) after the body; label 观察 over a comment signed （X） run in at its end; folio")
    pg.furniture(["经纬财经　2034年5月下　第10期　28"], "page header of p.28")
    pg.blank()
    pg.furniture(["公司｜深度"], "column label 公司｜深度")
    a = Article(
        "a", "棠泾阀门：宁可慢一步", section="公司｜深度",
        byline="文｜《经纬财经》记者　戚映雪　编辑｜方慕白", authors=["戚映雪"],
        notes="Company feature over three printed pages. Label 公司｜深度 above the headline is the section (as "
              "printed). The 导语 is neither body nor subtitle. Byline line 文｜记者 X　编辑｜Y: only the writer is "
              "an author, not the editor (编辑｜). Some full body lines are letter-spaced by extraction (justified "
              "type): still body, first/last unspaced. The letter-spaced running heads at the two page turns "
              "(mid-sentence), the pull quote and the 数据 box are not body; crossheads are body. The 延伸阅读 box "
              "after the body is an article of its own. People quoted (顾松年, 林疏桐, 顾予安) are not authors.",
        paras=[
            "汀南省梧陵县棠泾镇，一条不到两公里的老街两侧，挤着大大小小四百多家阀门企业。镇上的人说，这里“家家有车床，户户会打磨”。在这些企业里，棠泾阀门股份有限公司并不是厂房最大的一家，却是当地唯一一家能为核电站供应核一级阀门的企业。",
            "“我们三十年就干了一件事，把阀门做好。”公司董事长顾松年今年六十三岁，说话慢条斯理。1994年，他和两个同乡凑了八万元，租下镇上的一间旧仓库，开始生产低压闸阀，“那时候一台阀门卖几十块钱，能做出来就不愁卖。”",
            Cross("一场“拒单”"),
            "转折发生在2008年前后。那一年，一家大型石化企业找上门来，希望棠泾阀门批量供应一批高温高压阀门，订单金额超过公司当年营收的一半。顾松年带着技术人员反复论证后，最终拒绝了这笔订单。",
            "“我们当时的材料和检测能力都不够，硬接下来，出了问题就是大事故。”顾松年说。拒单之后，他做了一个让同行看不懂的决定：把当年利润的七成投进一座材料实验室，又从外地高薪请来三位退休的老工程师。",
            "此后五年，棠泾阀门的营收几乎没有增长。镇上有人笑他“钱都砸进了水里”。直到2014年，公司的高温高压阀门通过了一家国际认证机构的型式试验，才陆续拿到石化、电力行业的大订单。",
            Cross("十年磨一“阀”"),
            "进入核电领域，是棠泾阀门更大的一次冒险。核级阀门对材料、工艺和质量追溯的要求极为严苛，一个零件出了问题，可能要追溯到某一炉钢水的化学成分。从组建团队到拿到核一级阀门设计制造许可证，棠泾阀门整整用了十年。",
            "“这十年里，光是试验用的样机就报废了两百多台。”公司总工程师林疏桐告诉记者，最难的一关是密封性能试验，阀门要在高温高压下连续启闭上万次不能泄漏。有一年，团队在最后一轮试验中功亏一篑，“大家在车间里坐了一夜，第二天照常上班，从头再来。”",
            "去年，棠泾阀门实现营业收入21.6亿元，其中核电和高端石化阀门占比超过六成，产品出口到28个国家和地区。在几个细分品类上，公司的全球市场占有率已经排到前三。",
            Cross("新的焦虑"),
            "不过，顾松年也有新的焦虑。一方面，国内多家大型企业近年来跨界进入高端阀门领域，凭借资金和品牌优势迅速扩张；另一方面，海外客户对供应链的可追溯性、碳足迹提出了越来越多的要求，“过去拼质量、拼价格，现在还要拼数据。”",
            "今年，公司投资3.2亿元建设的数字化工厂一期投产，每一台阀门从原材料入库到出厂检测的数据都会被完整记录。顾松年的儿子、公司总经理顾予安负责这个项目，他说：“父亲那一代人靠的是耐心，我们这一代要在耐心之外，再加一点速度。”",
            "采访结束时，顾松年带记者去看了那间最早租下的旧仓库。仓库早已不用了，墙上还挂着一块木牌，上面写着十个字：“宁可慢一步，不可错一毫。”",
        ])
    pg.headline(a)
    pg.gap()
    standfirst(pg, a, "从乡镇小作坊到核电阀门的合格供应商，棠泾阀门用了三十年。在“求快”成为常态的制造业里，这家企业的故事或许说明：有些快，是靠慢慢熬出来的。", 18)
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    st = starts(pg, a)
    head = spaced("公司·深度")
    flow(pg, a, justify_every=3, justify_offset=1, inserts=[
        (st[5], block(pg, ["“宁可慢一步，", "　不可错一毫。”"], "pull quote (repeats the sign quoted at the end; not body)", pre=False)),
        (mid(st, 5), block(pg, [head + "　29", "经纬财经　2034.05.25"], "letter-spaced running head of p.29 at the page turn, mid-sentence (not body)")),
        (st[10], block(pg, ["数据",
                            "21.6亿元",
                            "　2033年营业收入",
                            "60%以上",
                            "　核电和高端石化阀门收入占比",
                            "28个",
                            "　产品出口国家和地区"], "数据 box (figures over captions; not an article)", pre=False)),
        (mid(st, 11), block(pg, ["30　" + head, "经纬财经　2034.05.25"], "letter-spaced running head of p.30 at the page turn, mid-sentence (not body)")),
    ])
    pg.gap()
    ext = Article(
        "b", "棠泾镇：一座“阀门小镇”的升级账", section="延伸阅读",
        notes="Box after the company feature under the label 延伸阅读 (section), its own headline and two paragraphs: "
              "an article of its own. No byline.",
        paras=[
            "棠泾镇阀门产业起步于上世纪八十年代，目前有阀门及配套企业430余家，年产值约160亿元，产品涵盖闸阀、球阀、蝶阀、调节阀等十多个大类，被称为“阀门小镇”。",
            "近年来，当地推动阀门企业“退散进集”，建设铸造、热处理、检测等共享中心，中小企业可以按需使用，不必重复投资。去年，全镇阀门产业研发投入强度提高到3.1%，规模以上企业数字化改造覆盖率超过七成。",
        ])
    box(pg, "延伸阅读", ext, cols=20, indent="  ")()
    pg.furniture(["观察"], "column label 观察")
    c = Article(
        "c", "“隐形冠军”需要耐心资本", section="观察", kind="commentary",
        byline="（叶知秋）", authors=["叶知秋"], tail="（叶知秋）",
        notes="Comment under the label 观察 (section), signed （X） run in at the end: the byline, excluded from last; "
              "the writer is the author. Commentary.",
        paras=[
            "棠泾阀门的故事里，最值得回味的是那五年“不增长”。对一家民营企业来说，把大部分利润投进实验室，又眼看着营收原地踏步，需要的不仅是眼光，还有承受压力的底气。",
            "现实中，很多有潜力的制造企业恰恰倒在了这段“爬坡期”：银行贷款期限短，股权投资急于退出，企业不得不追求短期回报。培育更多“隐形冠军”，需要更多愿意陪企业走十年的耐心资本，也需要对“慢”多一些包容。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["经纬财经　2034.05.25"], "folio")
    return pg


# ---------------------------------------------------------------------------
def km06() -> Page:
    """Monthly economic magazine cover story over FOUR printed pages (12-15) in a wide 44-character column, NO
    indent: byline 撰文／本刊记者 X　摄影／本刊记者 Y; caption with credit; footer AND header at each of three
    page turns (mid-sentence); 背景 box; 数据 box; numbered crossheads; author bio with e-mail at the end."""
    pg = Page("km06.txt", cols=44, indent="", blanks="para", seed=4306,
              style="monthly economic magazine COVER STORY over FOUR printed pages (pp.12-15), wide column, NO indent, blank lines between paragraphs and blocks: page header, label 封面故事, headline, 导语 (wrapped at 32), byline line 撰文／本刊记者 X　摄影／本刊记者 Y; photo caption with credit X　摄; at each of three page turns the FOOTER of one page and the HEADER of the next, printed in MID-SENTENCE; numbered crossheads 一、…; 背景 box (label, headline, two paragraphs, narrower); 数据 box (title, four figure lines); ■ author bio with e-mail after the body; folio")
    pg.furniture(["南屿经济观察　2034年第5期　COVER STORY"], "page header of p.12")
    pg.blank()
    pg.furniture(["封面故事"], "column label 封面故事")
    a = Article(
        "a", "无人机送货上岛之后", section="封面故事",
        byline="撰文／本刊记者　骆枕书　摄影／本刊记者　韦照", authors=["骆枕书"],
        notes="Cover story over four printed pages. Label 封面故事 is the section; the 导语 is neither body nor "
              "subtitle. Byline line 撰文／X　摄影／Y: the writer is the author, the photographer (摄影／) is not "
              "(as 图／ credits). At each page turn the footer of one page and the header of the next are printed "
              "in mid-sentence: not body. The caption, the 背景 box (an article of its own), the 数据 box and the "
              "■ author bio are not body; numbered crossheads are body. People quoted (邢芷, 段惊鸿, 贝晓霁, 彭越州, "
              "苗阿宽) are not authors.",
        paras=[
            "每天上午十点，汐屿市东港码头的一处屋顶平台上，一架六旋翼无人机准时起飞。它的货舱里装着12公斤的药品和生鲜，目的地是18公里外的鹤礁岛。过去，这段路要靠每天两班的渡轮，遇上大风天就停航；现在，无人机单程只需22分钟。",
            "鹤礁岛上常住着约1300名居民，多数是老人。岛上唯一的卫生室负责人邢芷告诉记者，以前遇到急需的药品，往往要等两三天，“现在上午下单，中午就能送到。”",
            "这条航线由汀澜鸥翎低空物流公司运营，是南屿沿海首批常态化运行的海岛无人机配送航线之一。一年多来，航线累计飞行超过9000架次，运送货物约80吨。",
            Cross("一、从“试飞”到“常飞”"),
            "鸥翎公司副总经理段惊鸿回忆，2031年第一次在海上试飞时，团队最担心的是风。“海面上的风说变就变，陆地上飞得好好的机型，到了海上续航要打七折。”为此，公司花了近一年时间改进机身结构和电池管理系统，并在码头和岛上分别架设了气象监测设备，实时判断是否适合起飞。",
            "比技术更难的是审批。一条常态化运行的低空航线，需要空域、海事、民航等多个部门协调。汐屿市交通运输局副局长贝晓霁介绍，市里2032年成立了低空经济工作专班，把航线审批从原来的逐次申报改为“一次审批、长期有效”，审批时间由平均45天压缩到10天以内。",
            "目前，汐屿已开通海岛无人机配送航线14条，覆盖9个有人居住的海岛。去年全市低空物流飞行量达到12.6万架次，同比增长近两倍。",
            Cross("二、算不过来的账"),
            "飞起来容易，赚钱却难。段惊鸿给记者算了一笔账：一架中型物流无人机采购价约60万元，加上起降平台、监控系统和运维人员，单条航线的前期投入在200万元以上；按目前的业务量，每单平均配送成本约为38元，而向客户收取的费用只有15元左右，“差额主要靠政府补贴和企业自己贴。”",
            "不少从业者坦言，海岛配送的需求天然分散，单靠民生物资难以摊薄成本。鸥翎公司正在尝试拓展高附加值业务：为海上风电平台运送备件，为渔船补给急需物资，为海岛民宿配送生鲜。“这些客户对价格不那么敏感，更看重时效。”段惊鸿说，今年一季度，这类业务已经占到公司收入的四成。",
            "汀澜大学交通运输学院教授彭越州认为，低空物流要想可持续，关键在于规模和网络。“一条航线亏钱，十条航线连成网，起降点共用、运力共享，成本就能降下来。”他建议，沿海城市可以统筹规划区域性的低空物流网络，避免各家企业各建一套基础设施。",
            Cross("三、规则在追赶"),
            "随着飞行量快速增长，安全和监管问题也日益凸显。去年，南屿沿海发生了几起无人机偏航、迫降的事件，所幸没有造成人员伤亡。业内人士指出，目前针对中大型物流无人机的适航标准、保险制度和事故责任认定规则仍不完善，“行业跑得比规则快”。",
            "一些地方已开始探索。汐屿市今年出台了低空物流运行管理办法，要求运营企业为每架无人机投保不低于500万元的第三者责任险，并接入全市统一的低空飞行监管平台。贝晓霁说，平台可以实时掌握每一架无人机的位置和状态，“看得见，才能管得住。”",
            "傍晚时分，最后一架无人机从鹤礁岛返航。岛上的小卖部老板苗阿宽正忙着把刚送到的冰淇淋放进冰柜。他说，以前岛上的孩子夏天想吃一根冰棍都难，“现在天上飞来的，比渡轮还快。”",
        ])
    bg = Article(
        "b", "低空经济的“南屿样本”", section="背景",
        notes="Box between two paragraphs of the cover story, under the label 背景 (section), with its own headline "
              "and two paragraphs set narrower: an article of its own. No byline.",
        paras=[
            "南屿沿海岛屿众多，仅汐屿市管辖的有人居住海岛就有23个，传统的海上运输受天气影响大、成本高，为低空物流提供了天然的应用场景。",
            "2032年以来，南屿先后出台支持低空经济发展的若干措施，在起降设施建设、航线开通、运营补贴等方面给予支持。截至去年底，全省累计开通低空物流航线61条，低空经济相关企业超过300家。",
        ])
    pg.headline(a)
    pg.gap()
    standfirst(pg, a, "海岛、渡轮、大风天——这些曾经决定一座小岛能否按时收到药品的因素，正在被一条条低空航线改写。无人机配送在南屿沿海已经从试飞走向常飞，但它能否摆脱补贴、真正“飞”出一门生意，答案还在路上。", 32)
    pg.gap()
    pg.line(a, a.byline, "byline")
    pg.gap()
    st = starts(pg, a)

    def turn(foot: str, head: str, n: int):
        return block(pg, [foot, "", head], f"footer of p.{n - 1} and header of p.{n} at the page turn, mid-sentence (not body)")

    flow(pg, a, inserts=[
        (st[3], block(pg, ["汐屿市东港码头，鸥翎公司的物流无人机准备起飞前往鹤礁岛。　韦照　摄"],
                      "photo caption with credit between two paragraphs (not body)", pre=False)),
        (mid(st, 5), turn("12　南屿经济观察　2034.5", "COVER STORY｜封面故事", 13)),
        (st[7], box(pg, "背景", bg, cols=36, indent="")),
        (mid(st, 9, 0.6), turn("南屿经济观察　2034.5　13", "COVER STORY｜封面故事", 14)),
        (st[11], block(pg, ["数据：汐屿低空物流",
                            "14条　海岛无人机配送航线",
                            "12.6万架次　去年全市低空物流飞行量",
                            "38元　每单平均配送成本",
                            "15元　每单平均收费"], "数据 box (title and figures; not an article)", pre=False)),
        (mid(st, 13), turn("14　南屿经济观察　2034.5", "COVER STORY｜封面故事", 15)),
    ])
    pg.gap()
    pg.furniture(["■骆枕书　本刊记者，关注交通物流与区域发展。邮箱：luozs@nyjjgc.cn"], "■ author bio with e-mail (not body)")
    pg.blank()
    pg.furniture(["南屿经济观察　2034.5　15"], "footer of p.15")
    return pg


# ---------------------------------------------------------------------------
def km07() -> Page:
    """Monthly's 对话 (interview) over THREE printed pages in an 18-character column, NO blank line: ——副题 naming
    the guest, byline line, questions run in after the magazine's name and answers after the guest's name; a
    caption 图／受访者提供; page-turn footers and headers in mid-answer; label 本刊评论 over a comment signed
    本刊评论员."""
    pg = Page("km07.txt", cols=18, indent=FW, blanks="never", seed=4307,
              style="monthly economic magazine DIALOGUE (interview) over THREE printed pages (pp.16-18), 18-character column indented with ONE U+3000, NO blank line anywhere: page header, label 对话, headline in quotation marks, ——副题 (对话 X), byline line 本刊记者 X; questions run in after 南屿经济观察： and answers after the guest's name 甘砚秋：; photo caption 甘砚秋　图／受访者提供 between answers; at two page turns a footer and a header printed in MID-ANSWER (wider than the column); label 本刊评论 over a comment with byline line 本刊评论员; folio")
    pg.furniture(["南屿经济观察　2034年第5期"], "page header of p.16")
    pg.furniture(["对话"], "column label 对话")
    a = Article(
        "a", "“最难的不是飞，是把账算平”", section="对话", kind="interview",
        subtitle="——对话汀澜低空物流研究院院长甘砚秋",
        byline="本刊记者　骆枕书", authors=["骆枕书"],
        notes="Interview under the label 对话 (section): headline in quotation marks, ——副题 naming the guest is the "
              "subtitle, byline line 本刊记者 X (the interviewer, the author). The body is only question and answer "
              "paragraphs, each run in after the speaker's name (南屿经济观察：／甘砚秋：), which stay in the body "
              "(as 问：／答：). The guest (甘砚秋) is not an author. The caption with its credit and the "
              "footers/headers at the page turns (mid-answer) are not body. Kind interview.",
        paras=[
            "南屿经济观察：低空物流这两年很热，您怎么看这个行业目前所处的阶段？",
            "甘砚秋：我的判断是，技术上已经基本成熟，商业上还在爬坡。中型物流无人机的载重、续航和可靠性，这几年提升很快，在海岛、山区这些传统运输不方便的地方，已经能够稳定运行。但从整个行业看，真正实现盈利的航线还不多，大多数企业仍处在“用补贴换规模”的阶段。",
            "南屿经济观察：盈利难的主要原因是什么？",
            "甘砚秋：一是单量不够。海岛、山区的需求本来就分散，一条航线每天飞十几架次，很难摊薄设备和人员成本。二是基础设施重复建设。现在很多企业各建各的起降点和调度系统，利用率很低。三是保险、运维这些配套成本还比较高，行业规模小，议价能力弱。",
            "南屿经济观察：有人担心，补贴一停，很多航线就会停飞。",
            "甘砚秋：这个担心是有道理的。补贴在起步阶段是必要的，但不能一直补下去。我建议补贴要从“补飞行”转向“补设施”，政府可以把起降点、监管平台这些公共性较强的设施建好，向所有企业开放，企业则在运营上比效率、比服务。这样既能降低行业整体成本，也能避免企业为了拿补贴“空飞”。",
            "南屿经济观察：安全问题怎么解决？",
            "甘砚秋：安全是低空物流的生命线。现在最突出的短板是标准。中大型物流无人机的适航审定、飞手资质、事故调查，很多方面还缺少统一的规则。我们研究院正在参与制定几项地方标准，希望先在沿海地区试行，成熟后再推广。另外，保险制度也要跟上，让事故发生后有人赔、赔得起。",
            "南屿经济观察：您认为未来五年，低空物流会是什么样子？",
            "甘砚秋：我不太赞成把低空物流想象成“天上到处是无人机”。更现实的图景是，在一些特定场景里，它会成为像快递车一样普通的运输方式：海岛补给、山区配送、医疗急救、工业园区内部转运。规模起来以后，单票成本有望降到现在的一半以下。到那时，它就不再是新闻，而是日常。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    st = starts(pg, a)
    flow(pg, a, inserts=[
        (st[3], block(pg, ["甘砚秋　图／受访者提供"], "photo caption with credit between two answers (not body)")),
        (mid(st, 5, 0.55), block(pg, ["16　南屿经济观察　2034年第5期", "对话　DIALOGUE　17"], "footer of p.16 and header of p.17 at the page turn, mid-answer (not body)")),
        (mid(st, 7, 0.4), block(pg, ["南屿经济观察　2034年第5期　17", "对话　DIALOGUE　18"], "footer of p.17 and header of p.18 at the page turn, mid-answer (not body)")),
    ])
    pg.furniture(["本刊评论"], "column label 本刊评论")
    c = Article(
        "c", "让规则跑在航线前面", section="本刊评论", kind="commentary",
        byline="本刊评论员",
        notes="Comment under the label 本刊评论 (section) with the byline line 本刊评论员 under its headline (no "
              "person named: no authors). Commentary.",
        paras=[
            "从海岛上空的常态化航线，到沿海城市的低空物流网络，低空经济正在从概念走向日常。越是在这个时候，越需要冷静地看到，行业的规则体系还远远没有跟上航线扩张的速度。",
            "规则的缺位，短期看是给了企业探索的空间，长期看却会抬高整个行业的风险和成本。一次严重事故，就可能让一个地区的低空物流停摆。与其事后补漏，不如把适航标准、保险制度和监管平台建在前面。让规则跑在航线前面，低空经济才能飞得稳、飞得远。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["18　南屿经济观察　2034年第5期"], "footer of p.18")
    return pg


# ---------------------------------------------------------------------------
def km08() -> Page:
    """Business weekly company feature over THREE printed pages (34-36) in a 38-character column, blank lines
    sometimes plus column breaks; byline 文｜本刊记者 X　摄影｜Y; two captions with credits inside the text; running
    heads at two page turns (mid-sentence); numbered crossheads; 延伸阅读 box after the body; 评论 piece."""
    pg = Page("km08.txt", cols=38, indent=FW * 2, blanks="some", colbreak=14, seed=4308, p_para=0.35, p_gap=0.85,
              style="business weekly COMPANY feature over THREE printed pages (pp.34-36), blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): page header, label 公司, headline, 导语, byline line 文｜本刊记者 X　摄影｜Y; TWO photo captions with credits X／摄 between paragraphs; numbered crossheads 01　…; running heads at two page turns printed in MID-SENTENCE (COMPANY｜公司　35); 延伸阅读 box (label, headline, two paragraphs) after the body; label 评论 over a comment with byline line 文／X; folio")
    pg.furniture(["34　衡川商业周刊　2034年第18期"], "page header of p.34")
    pg.gap()
    pg.furniture(["公司"], "column label 公司")
    a = Article(
        "a", "县城超市的突围", section="公司",
        byline="文｜本刊记者　温絮　摄影｜鲁迟", authors=["温絮"],
        notes="Company feature over three printed pages. Label 公司 is the section; the 导语 is neither body nor "
              "subtitle. Byline line 文｜X　摄影｜Y: the writer is the author, the photographer is not. The two "
              "captions with their credits (鲁迟／摄) and the running heads at the page turns (mid-sentence) are not "
              "body; blank lines from column breaks fall inside paragraphs; numbered crossheads are body. The "
              "延伸阅读 box after the body is an article of its own. People quoted (周桂英, 韩砚青, 郑南星) are not "
              "authors.",
        paras=[
            "周六上午九点，柘原县城的裕邻家超市人民路店刚开门十分钟，生鲜区已经挤满了人。六十八岁的退休教师周桂英推着购物车，熟门熟路地走向蔬菜区，“这里的菜是早上四点从基地拉来的，比菜市场还新鲜。”",
            "裕邻家是柘原本地的一家连锁超市，2014年开出第一家门店，目前在柘原及周边五个县拥有门店46家，去年销售额约19亿元。在县域零售市场，这样的规模并不算大，但它的经营数据却让不少同行羡慕：生鲜销售占比超过45%，会员复购率接近七成，门店坪效是当地同类超市的1.6倍。",
            "“这些年，‘超市要被淘汰’的说法我们听了很多遍。”裕邻家董事长韩砚青说，“电商来的时候说过，社区团购来的时候说过，折扣店来的时候又说过。但我们一直觉得，县城的消费者需要一个能逛、能摸、能信得过的地方。”",
            Cross("01　生鲜是“命门”"),
            "在韩砚青看来，县城超市的“命门”是生鲜。“生鲜做不好，顾客就不会天天来；顾客不天天来，其他商品也卖不动。”",
            "为了把生鲜做好，裕邻家从2019年开始自建基地。目前，公司在柘原周边签约蔬菜、水果、禽蛋基地共计2.3万亩，通过“订单农业”的方式与农户合作，约定品种、标准和收购价格。基地的菜凌晨采摘，经过分拣、预冷后，早上七点前送到各个门店。",
            "自建基地还带来了成本优势。裕邻家采购总监郑南星告诉记者，与从批发市场进货相比，基地直采的蔬菜损耗率从15%左右降到了6%，综合采购成本降低约12%，“省下来的钱，一部分让利给顾客，一部分用来提高农户的收购价。”",
            Cross("02　把供应链“做重”"),
            "2021年，裕邻家投资1.8亿元在柘原建成了一座2.6万平方米的物流中心，配备冷链仓库和中央厨房。当时不少人不理解：一家县城超市，为什么要花这么多钱“做重”？",
            "韩砚青的回答是，县域零售的竞争最终是供应链的竞争。“大平台有流量，折扣店有规模，我们有什么？我们有离消费者最近的门店和离田间最近的供应链，两头都要抓在自己手里。”",
            "物流中心投用后，裕邻家门店的补货频次从每天一次提高到每天两到三次，缺货率下降了近一半。中央厨房每天加工熟食、面点和半成品菜约8吨，这部分商品的毛利率比普通商品高出10个百分点以上。",
            Cross("03　“熟人生意”的新做法"),
            "县城是熟人社会，裕邻家把这一点用到了极致。每家门店都建有几个到十几个社群，由店长和员工直接运营，每天发布当日特价和到货信息，顾客可以线上下单、到店自提或由门店配送。目前，裕邻家的社群会员已超过52万人，线上订单占销售额的22%。",
            "“我们的店长很多是本地人，跟顾客都是街坊邻居。”韩砚青说，这种信任是平台和外来品牌很难复制的。去年，一家全国性折扣连锁品牌进入柘原，在裕邻家两家门店对面各开了一家店，半年后，其中一家关门了。",
            "不过，韩砚青并不认为裕邻家已经高枕无忧。县城人口的持续流出、年轻消费者购物习惯的变化，都是摆在眼前的挑战。今年，裕邻家计划在门店中引入更多即时零售和餐饮业态，并尝试在两个县城开设面积更小的社区店。“县城超市不会消失，但会变成另一个样子，”他说，“我们要赶在变化之前，先把自己变了。”",
        ])
    pg.headline(a)
    standfirst(pg, a, "电商、社区团购、折扣店轮番冲击之下，一家扎根柘原县城二十年的本土超市没有倒下，反而把门店开到了周边五个县。它靠的不是低价，而是把生鲜、供应链和“熟人生意”做到了极致。", 30)
    pg.line(a, a.byline, "byline")
    pg.gap()
    st = starts(pg, a)
    flow(pg, a, inserts=[
        (st[3], block(pg, ["裕邻家超市人民路店的生鲜区，周末上午客流最为集中。　鲁迟／摄"], "photo caption with credit between two paragraphs (not body)", pre=False)),
        (mid(st, 5), block(pg, ["COMPANY｜公司　35"], "running head of p.35 at the page turn, mid-sentence (not body)")),
        (st[10], block(pg, ["裕邻家位于柘原的物流中心，冷链仓库内正在分拣当日配送的生鲜。", "鲁迟／摄"], "photo caption with credit between two paragraphs (not body)", pre=False)),
        (mid(st, 12, 0.4), block(pg, ["36　COMPANY｜公司"], "running head of p.36 at the page turn, mid-sentence (not body)")),
    ])
    pg.gap()
    ext = Article(
        "b", "县域零售的三种打法", section="延伸阅读",
        notes="Box after the feature under the label 延伸阅读 (section), its own headline and two paragraphs: an "
              "article of its own. No byline. The 业内人士 are not named.",
        paras=[
            "业内人士将当前县域零售企业的发展路径大致归为三类：一是以生鲜为核心、自建基地和物流的“重供应链”模式；二是加盟大型连锁体系、借助品牌和采购规模的“借船出海”模式；三是依托社群和即时配送、以小店快速覆盖社区的“轻门店”模式。",
            "从经营效果看，三种模式各有长短。重供应链模式前期投入大，但抗风险能力强；借船出海模式起步快，但利润空间受到挤压；轻门店模式扩张灵活，但对数字化运营能力要求较高。多数县域零售企业正在尝试将几种模式结合起来。",
        ])
    box(pg, "延伸阅读", ext, cols=34, indent=FW * 2)()
    pg.blank()
    pg.furniture(["评论"], "column label 评论")
    c = Article(
        "c", "县域商业不缺卖场，缺好供应链", section="评论", kind="commentary",
        byline="文／聂知远", authors=["聂知远"],
        notes="Comment after the feature under the label 评论 (section), byline line 文／X: the writer is the author. "
              "Commentary.",
        paras=[
            "近年来，资本对县域市场的热情有增无减，大型卖场、折扣店、即时零售平台纷纷下沉。热闹的门店背后，一个被忽视的问题是：县域商业真正缺少的，往往不是更多的卖场，而是从田间到货架的高效供应链。",
            "裕邻家的经验说明，扎根本地的零售企业完全可以在供应链上建立起外来者难以复制的优势。地方政府在支持县域商业发展时，与其给新开门店发补贴，不如把钱更多投向冷链物流、农产品产地仓等公共设施，让本地企业和农户都能从中受益。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["衡川商业周刊　2034.05.15　36"], "folio")
    return pg


PAGES = [km05, km06, km07, km08]
