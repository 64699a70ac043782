"""Pages kv05-kv08 of handmade52 (development set; 两会 conference coverage; all papers, agencies, authorities,
names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kv05() -> Page:
    """Party paper 会场内外 photo page: four photo news (briefs) with long captions, credits on a line of their own
    or run in at the end of the caption, one with NO headline; a 记者手记 with byline line 本报记者 X."""
    pg = Page("kv05.txt", cols=34, indent=FW, blanks="para", seed=5205,
              style="party paper 两会特刊 会场内外 photo page indented with ONE U+3000: header on two lines (paper + date with weekday; page number + 版名); label 会场内外; photo news with a small headline, a long caption and the credit line 本报记者 X　摄 under it; photo news with NO headline whose credit 本报记者 X摄 is run in at the end of the caption; photo news credited to the agency (华辰社记者 X　摄); label 记者手记 over a piece with byline line 本报记者 X; last photo news; footer with 图片编辑 and designer")
    pg.furniture(["瀚海日报　" + cn_date(2036, 3, 9),
                  "8　两会特刊·会场内外"], "page header")
    pg.blank()
    pg.furniture(["会场内外"], "column label 会场内外")
    pg.gap()
    p1 = Article(
        "p1", "报到首日", kind="brief", section="会场内外",
        byline="本报记者　孔令澄　摄", authors=["孔令澄"],
        notes="Photo news (brief) under the label 会场内外 (section): small headline, long caption (the body), the "
              "credit line 本报记者 X　摄 after it is the byline; the photographer of a photo news is the author.",
        paras=[
            "3月3日，出席十六届全国人大四次会议的岚江代表团代表抵达北京。在驻地报到处，工作人员为代表们发放会议材料、核验证件。当天，来自各地的代表陆续报到，驻地大堂里不时响起熟悉的乡音，不少代表刚放下行李，就拿出调研笔记，同身边的代表交流起来。",
        ])
    pg.headline(p1)
    pg.body(p1)
    pg.line(p1, p1.byline, "byline")
    pg.gap()
    p2 = Article(
        "p2", None, kind="brief", section="会场内外",
        byline="本报记者　莫问津摄", authors=["莫问津"], tail="　本报记者　莫问津摄",
        notes="Photo news (brief) printed WITHOUT a headline: title null. The credit 本报记者 X摄 run in at the end "
              "of the caption is the byline, excluded from last; the photographer is the author.",
        paras=[
            "3月5日，全国人大代表、丹屿市海岛渔村卫生室乡村医生祁小渔（右）在会场外与其他代表交流基层医疗服务的做法。她此次带来了关于完善海岛地区远程会诊网络的建议。",
        ])
    pg.body(p2)
    pg.gap()
    p3 = Article(
        "p3", "“两会时间”里的志愿者", kind="brief", section="会场内外",
        byline="华辰社记者　晏川　摄", authors=["晏川"],
        notes="Photo news (brief): headline, caption, credit line 华辰社记者 X　摄 of the invented agency after it "
              "(byline); the photographer is the author.",
        paras=[
            "3月6日，在代表驻地，来自北辰师范大学的志愿者为代表们提供引导服务。本次大会期间，共有860余名高校学生志愿者参与会务保障，承担引导、咨询、翻译等工作，其中不少是第一次参加大会服务。",
        ])
    pg.headline(p3)
    pg.body(p3)
    pg.line(p3, p3.byline, "byline")
    pg.gap()
    pg.furniture(["记者手记"], "column label 记者手记")
    a = Article(
        "a", "会场外的“早餐会”", section="记者手记",
        byline="本报记者　孔令澄", authors=["孔令澄"],
        notes="记者手记 under its label (section), among photo news: headline, byline line 本报记者 X under it, three "
              "paragraphs. Kind article (the page's only counted article). The deputies named (伍青禾, 祁小渔) are not "
              "authors.",
        paras=[
            "每天早上7点，代表驻地的餐厅里总有几张桌子格外热闹。几位代表端着餐盘坐到一起，边吃边聊，聊的都是各自带来的建议。大家笑称这是会场外的“早餐会”。",
            "全国人大代表、禾丰县农机合作社理事长伍青禾就是“早餐会”的常客。他带来的是关于丘陵山区小型农机研发的建议，“跟搞装备制造的代表一聊，才知道小农机难在哪儿”。",
            "从餐桌到会场，从地头到通道，代表们的建议在一次次交流中越来越具体、越来越可行。这或许正是两会最生动的注脚。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    p4 = Article(
        "p4", "代表通道上的笑容", kind="brief", section="会场内外",
        byline="本报记者　莫问津　摄", authors=["莫问津"],
        notes="Photo news (brief): headline, caption, credit line 本报记者 X　摄 after it (byline).",
        paras=[
            "3月8日，全国人大代表、鹤汀县云岫村党支部书记段秋禾在“代表通道”上回答记者提问后，向现场记者挥手致意。",
        ])
    pg.headline(p4)
    pg.body(p4)
    pg.line(p4, p4.byline, "byline")
    pg.blank()
    pg.furniture(["图片编辑：翟星野　　版式：唐小穗"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kv06() -> Page:
    """Economic daily 两会·数读 page, blank lines only between articles and blocks: lead with a two-line headline
    and run-in 本报北京3月5日讯（记者 X）, two justified (letter-spaced) lines; 数说 box; 两会热词 glossary (label,
    headline, 【term】 entries, run-in credit （记者 X　Y　整理）); 两会快评 signed 文／X."""
    pg = Page("kv06.txt", cols=40, indent="  ", blanks="arts", seed=5206,
              style="economic daily 两会·数读 page indented with two ASCII spaces, blank lines only between articles and blocks: header on two lines; lead with a headline on two lines and run-in 本报北京3月5日讯（记者 X）, two body lines letter-spaced by justification; 数说 figures box (title, five figure lines, 数据来源); label 两会热词 over a glossary: headline, four 【term】 lines each over an explanation, run-in credit （记者 X　Y　整理） at the end; label 两会快评 over a comment with byline line 文／X; footer")
    pg.furniture(["澄江经济日报",
                  cn_date(2036, 3, 6) + "　第5版　两会·数读"], "page header")
    pg.blank()
    a = Article(
        "a", "今年发展主要预期目标公布国内生产总值增长5%左右",
        head=["今年发展主要预期目标公布", "国内生产总值增长5%左右"],
        byline="本报北京3月5日讯（记者　谷雨晨）", authors=["谷雨晨"], lead="本报北京3月5日讯（记者　谷雨晨）",
        notes="Lead: headline on two lines (two facts), joined. Run-in 本报北京3月5日讯（记者 X） excluded from first. "
              "Two body lines are letter-spaced by justification (spaces dropped when reading).",
        paras=[
            "5日提请十六届全国人大四次会议审议的政府工作报告提出，今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1250万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；居民收入增长和经济增长同步。",
            "报告提出，今年拟安排财政赤字率3.5%左右，赤字规模5.4万亿元；拟发行超长期特别国债1.6万亿元；拟安排地方政府专项债券4.6万亿元。中央预算内投资拟安排8200亿元。",
            "多位代表委员表示，5%左右的增长目标综合考虑了国内外形势和各方面因素，既积极进取又留有余地，与“十六五”规划目标相衔接，有利于稳定社会预期、提振发展信心。",
        ])
    pg.headline(a)
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [2, 6], " "))
    pg.blank()
    pg.furniture(["数说政府工作报告",
                  "5%左右　　国内生产总值增长预期目标",
                  "1250万人以上　　城镇新增就业",
                  "3.5%左右　　财政赤字率",
                  "1.6万亿元　　超长期特别国债",
                  "4.6万亿元　　地方政府专项债券",
                  "数据来源：政府工作报告　制图：冉小航"], "数说 figures box (not an article)")
    pg.blank()
    pg.furniture(["两会热词"], "column label 两会热词")
    b = Article(
        "b", "读懂报告里的新提法", section="两会热词",
        byline="（记者　谷雨晨　甘霖　整理）", authors=["谷雨晨", "甘霖"], tail="（记者　谷雨晨　甘霖　整理）",
        notes="Glossary box under the label 两会热词 (section) with its own headline: ONE article whose body is the "
              "four 【term】 lines and their explanations (the terms are body lines like crossheads, not headlines "
              "of separate articles). The compilers' credit （记者 X　Y　整理） run in at the end is the byline, "
              "excluded from last; both are authors.",
        paras=[
            Cross("【数实融合】"),
            "指数字技术与实体经济深度融合。报告提出，今年将实施“数实融合”行动，推动规模以上工业企业数字化改造全覆盖，培育一批行业级工业互联网平台。",
            Cross("【首发经济】"),
            "指企业发布新产品、推出新业态、开设首店等经济活动的总称。报告提出，鼓励各地发展首发经济，支持国内外品牌在重点商圈首发新品。",
            Cross("【银发友好型社会】"),
            "指在住房、交通、公共服务等方面充分考虑老年人需求的社会形态。今年将推进1000个社区开展适老化改造示范。",
            Cross("【耐心资本】"),
            "指追求长期回报、能够承受较长投资周期的资本。报告提出，发展壮大耐心资本，引导保险资金、养老金更多投向科技创新领域。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.furniture(["两会快评"], "column label 两会快评")
    c = Article(
        "c", "预期目标要“跳一跳够得着”", section="两会快评", kind="commentary",
        byline="文／殷望", authors=["殷望"],
        notes="Comment under the label 两会快评 (section), byline line 文／X under the headline. Commentary.",
        paras=[
            "5%左右的增长目标，不算低，也不算高。说不算低，是因为经济总量越大，保持同样的增速需要的增量越多；说不算高，是因为我国超大规模市场、完备产业体系和丰富人力资源的优势依然明显。",
            "目标定下来，关键在落实。宏观政策要早出手、出实招，扩大内需要在提振消费上多下功夫，让目标“跳一跳够得着”，也让发展成果实实在在惠及群众。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：苏半夏　　美编：冉小航　　校对：何田田"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kv07() -> Page:
    """Provincial party paper 两会特刊·建言 page: article continued from page 1 (headline repeated, （上接第1版）
    line); label 提案议案选登 over four briefs (credits （记者 X） run in, a byline line, a run-in 本报讯); 两会快评
    signed ■ X; an advertisement; footer."""
    pg = Page("kv07.txt", cols=24, indent=FW * 2, blanks="para", seed=5207,
              style="provincial party paper 两会特刊·建言 page: header on three lines; the end of an article continued from page 1 (its headline repeated, then the line （上接第1版）, body); label 提案议案选登 over four items (credit （记者 X） run in at the end; byline line 本报记者 X under the headline; run-in 本报讯（记者 X）; credit （记者 X　Y） run in); label 两会快评 over a comment with byline line ■ X; bank advertisement (广告) between blocks; footer")
    pg.furniture(["青禾日报",
                  cn_date(2036, 3, 10),
                  "两会特刊·建言　第6版"], "page header")
    pg.blank()
    a = Article(
        "a", "履职尽责建良言",
        byline="本报特派记者　宁远舟", authors=["宁远舟"],
        notes="End of an article continued from page 1: its headline is repeated, then the line （上接第1版） (not body, "
              "furniture of the jump). The byline line 本报特派记者 X is printed under it (as papers repeat it on the "
              "jump page); the reporter is the author. The body is the part printed on this page only.",
        paras=[
            "在驻地，全国人大代表、青穗市第一中学校长温以宁的房间灯光常常亮到深夜。她今年带来了关于县域高中教师队伍建设的建议，材料整整装了两个文件袋。",
            "“这些都是去年走访了11个县、32所学校后整理出来的。”温以宁说，县中振兴关键在教师，建议实行县域高中教师“县管校聘”，并提高乡村教师生活补助标准。",
            "据统计，青禾代表团今年共提出议案9件、建议286件，涉及乡村振兴、教育医疗、生态保护等多个方面，件件都来自基层一线的调研。",
        ])
    pg.headline(a)
    pg.furniture(["（上接第1版）"], "continued-from line (not body)")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["提案议案选登"], "column label 提案议案选登")
    pg.gap()
    b = Article(
        "b", "建议将丘陵山区农机纳入购置补贴优先目录", section="提案议案选登",
        byline="（记者　苗穗）", authors=["苗穗"], tail="（记者　苗穗）",
        notes="Item under the label 提案议案选登 (section). Credit （记者 X） run in at the end: byline, excluded from "
              "last. The deputy who proposes (伍青禾) is not an author.",
        paras=[
            "全国人大代表伍青禾提出议案，建议将适合丘陵山区的小型、轻便、多功能农机纳入购置补贴优先目录，提高补贴比例，并支持农机企业与科研院所联合攻关。",
        ])
    c = Article(
        "c", "加快补齐农村养老服务短板", section="提案议案选登",
        byline="本报记者　苗穗", authors=["苗穗"],
        notes="Item with a byline line 本报记者 X under its headline (instead of a run-in credit).",
        paras=[
            "全国政协委员、青禾省民政厅副厅长鲁晓岑在提案中说，目前农村互助养老服务设施“建得起、运行难”的情况较为普遍。她建议建立农村养老服务设施运营补贴制度，鼓励村集体经济组织参与运营。",
        ])
    d = Article(
        "d", "推动黄沙河流域生态补偿扩面", section="提案议案选登",
        byline="本报讯（记者　宁远舟）", authors=["宁远舟"], lead="本报讯（记者　宁远舟）",
        notes="Item with run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "全国人大代表、沣源市生态环境局局长潘知远提出建议，将黄沙河流域横向生态补偿机制由干流扩展到主要支流，探索以水质、水量双指标确定补偿标准。",
        ])
    e = Article(
        "e", "让“一老一小”服务更可及", section="提案议案选登",
        byline="（记者　苗穗　宁远舟）", authors=["苗穗", "宁远舟"], tail="（记者　苗穗　宁远舟）",
        notes="Item whose credit （记者 X　Y） run in at the end names two reporters; both are authors.",
        paras=[
            "全国政协委员戚一鸣建议，在新建住宅小区同步规划建设托育和养老服务设施，推动社区嵌入式服务设施“一站多能”，让老人和孩子在家门口享受便利服务。",
        ])
    for art in (b, c, d, e):
        pg.headline(art)
        if art is c:
            pg.line(art, art.byline, "byline")
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.furniture(["广告",
                  "青禾农商银行",
                  "“春耕贷”火热办理中",
                  "最快当天放款　最高额度50万元",
                  "服务热线：96628"], "advertisement (not an article)")
    pg.gap()
    pg.furniture(["两会快评"], "column label 两会快评")
    f = Article(
        "f", "建议的分量在调研里", section="两会快评", kind="commentary",
        byline="■　申屠晴", authors=["申屠晴"],
        notes="Comment under the label 两会快评 (section); byline line ■ X under the headline. Commentary.",
        paras=[
            "一份好建议，往往是用脚步丈量出来的。走了多少村、进了多少户、听了多少真话，决定了建议的含金量。",
            "代表委员来自人民，建议的分量也来自人民。多到基层去，多听群众说，建议才能说到点子上，才能真正推动问题解决。",
        ])
    pg.headline(f)
    pg.line(f, f.byline, "byline")
    pg.gap()
    pg.body(f)
    pg.blank()
    pg.furniture(["责任编辑：巫晚亭　　版式：祝小川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kv08() -> Page:
    """Economic daily 两会·履职 page with column breaks: feature with kicker, ——副题 and byline line 本报记者 X　通讯员 Y,
    ▶ crossheads; label 记者手记 over a piece whose headline and byline line are printed AFTER its body;
    run-in 本报讯（记者 X　通讯员 Y） item."""
    pg = Page("kv08.txt", cols=25, indent=FW * 2, blanks="some", colbreak=14, seed=5208, p_para=0.4, p_gap=0.85,
              style="economic daily 两会·履职 page, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on two lines; feature with 引题 kicker, headline, ——副题 naming the deputy, byline line 本报记者 X　通讯员 Y, three ▶ crossheads; label 记者手记 over a piece whose body comes first and whose headline and byline line 本报记者 X are printed AFTER it; run-in 本报讯（记者 X　通讯员 Y） item; footer")
    pg.furniture(["北辰财经报　" + cn_date(2036, 3, 11),
                  "7　两会·履职"], "page header")
    pg.blank()
    a = Article(
        "a", "一位“村支书代表”的三本账",
        subtitle="——记全国人大代表、云岫县石门村党支部书记陶春生",
        byline="本报记者　花映川　通讯员　易小满", authors=["花映川", "易小满"],
        notes="Feature. The 引题 kicker 代表履职这一年 is neither title nor subtitle (the ——副题 is the subtitle). Byline "
              "line 本报记者 X　通讯员 Y: both are authors. The ▶ crossheads are body. The deputy portrayed (陶春生) is "
              "not an author.",
        paras=[
            "陶春生的随身包里，总装着三个笔记本。一本记村里的产业账，一本记乡亲们的民生账，还有一本记他当代表以来提过的建议和回音。",
            Cross("▶产业账：一颗猕猴桃的“身价”"),
            "石门村地处山区，过去村民种猕猴桃只能卖鲜果，价格常被压到一元多一斤。陶春生当选全国人大代表后，把冷链物流和深加工写进了建议。去年，县里建起了冷库和果汁加工厂，全村猕猴桃收入增加了近六成。",
            Cross("▶民生账：一条路修了三年"),
            "村口到镇上的路又窄又陡，一下雨就没法走。陶春生连续三年在建议里提到农村公路提档升级，去年这条路终于拓宽硬化。“路修好了，村里的猕猴桃一天就能运到省城。”",
            Cross("▶建议账：件件都有回音"),
            "陶春生的第三个笔记本上，记着他5年来提出的27条建议，每条后面都用红笔写着办理结果。“建议有回音，乡亲们才信你。”今年，他又带来了关于山区农村寄递物流的建议。",
        ])
    pg.kicker(a, "代表履职这一年")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["记者手记"], "column label 记者手记")
    b = Article(
        "b", "账本里的民心", section="记者手记",
        byline="本报记者　花映川", authors=["花映川"],
        notes="记者手记 under its label (section) whose body comes FIRST: its headline and the byline line 本报记者 X "
              "are printed AFTER the body (the layout put them at the foot of the box). Kind article.",
        paras=[
            "跟着陶春生走村入户的两天里，记者注意到，他几乎从不空手离开一户人家：不是记下一个问题，就是帮着算一笔账。",
            "笔记本会写满，账本会翻旧，但那份把群众的事当成自己的事的心意不会变。代表的分量，就写在这一笔一笔的账里。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "云岫县代表建议办理满意率达98%",
        byline="本报讯（记者　花映川　通讯员　易小满）", authors=["花映川", "易小满"],
        lead="本报讯（记者　花映川　通讯员　易小满）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors. Its headline follows the byline "
              "line of the 记者手记 printed after its body.",
        paras=[
            "记者从云岫县人大常委会获悉，去年该县各级人大代表共提出建议413件，已全部办结，代表对办理工作的满意率达到98%。其中，涉及农村道路、饮水安全、寄递物流的建议占比超过四成。",
            "该县推行建议办理“面对面”制度，承办单位须当面向代表反馈办理情况，对代表不满意的建议重新办理。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：芮知秋　　校对：丁一禾"], "footer")
    return pg


PAGES = [kv05, kv06, kv07, kv08]
