"""Pages kb01-kb04 of handmade32 (development set; all papers, groups, firms, names, places and figures invented).

kb01-kb05 are pages of 昭岚交投报, the 企业报 of an invented state-owned group (昭岚交通建设投资集团).
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap

PAPER = "昭岚交投报"


# ---------------------------------------------------------------------------
def kb01() -> Page:
    """企业报 FRONT page: masthead with 内部资料 / 准印证号 / 主办 lines; lead with 引题 and run-in
    本报讯（记者 X　通讯员 Y）, cut off mid-sentence by a jump line （下转第2版）; report with byline line
    记者 X　通讯员 Y and a photo caption after it; label 短评 over a comment signed （X）; run-in 本报讯（通讯员 X）
    item; 本期导读 box; footer with editor, designer, proof-reader, address."""
    pg = Page("kb01.txt", cols=22, indent=FW * 2, blanks="para", seed=3201,
              style="state-owned group's 企业报 FRONT page: six-line masthead (paper, pinyin name, 内部资料　免费交流, 准印证号, 主办 group, date with weekday + 第8期（总第436期） + 今日4版); lead with an 引题 of two phrases parted by U+3000 over the headline and the run-in 本报讯（记者 X　通讯员 Y）, cut off in MID-SENTENCE by a jump line （下转第2版） on a line of its own; report with byline line 记者 X　通讯员 Y and a photo caption with credit X　摄 after the body; label 短评 over a comment signed （X） run in at the end; run-in 本报讯（通讯员 X） item; 本期导读 box of four ◆ lines naming other pages' articles; footer with editor, designer, proof-reader and a line with address and hotline")
    pg.furniture([PAPER,
                  "ZHAOLAN JIAOTOU BAO",
                  "内部资料　免费交流",
                  "准印证号：昭内资准字（2031）第017号",
                  "主办：昭岚交通建设投资集团有限公司",
                  cn_date(2035, 4, 20) + "　第8期（总第436期）　今日4版"], "masthead (内部资料, 准印证号, 主办, date, issue)")
    pg.blank()
    a = Article(
        "a", "集团召开一季度经济运行分析会",
        subtitle="锚定全年目标　奋力攻坚二季度",
        byline="本报讯（记者　单若岩　通讯员　冀小满）", authors=["单若岩", "冀小满"],
        lead="本报讯（记者　单若岩　通讯员　冀小满）",
        notes="Lead. The 引题 above the headline (no 副题) is the subtitle. Run-in 本报讯（记者 X　通讯员 Y） is the "
              "byline, excluded from first; reporter and 通讯员 are both authors. **new:** the text breaks off in "
              "mid-sentence and the jump line （下转第2版） follows on a line of its own: the jump line is not body "
              "(last is the end of the text printed on this page). The chairman and general manager named "
              "(宗怀远, 阚文博) are not authors.",
        paras=[
            "4月17日，集团召开2035年一季度经济运行分析会，总结一季度生产经营情况，分析当前面临的形势，部署二季度重点工作。集团党委书记、董事长宗怀远出席会议并讲话，集团总经理阚文博主持会议。",
            "会议通报，一季度集团完成营业收入86.4亿元，同比增长9.7%；实现利润总额5.12亿元，同比增长12.3%；新签合同额217.6亿元，完成年度目标的31.2%。岱雁高速全线贯通，闻川绕城高速东段等6个重点项目开工建设，完成投资42.8亿元，主要经济指标实现“开门红”。",
            "宗怀远指出，一季度成绩来之不易，但也要清醒看到，部分在建项目进度滞后，应收账款规模仍然偏大，新兴业务对利润的贡献还不够。各单位要把困难估计得更充分一些，把措施考虑得更周密一些，切实增强做好二季度工作的紧迫感。",
            "宗怀远要求，要紧盯全年目标任务，持续抓好在建项目履约，倒排工期、挂图作战，确保岱宁港疏港公路等项目按期",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转第2版）"], "jump line (not body)")
    pg.gap()
    b = Article(
        "b", "岱雁高速公路全线贯通",
        byline="记者　柯雨檐　通讯员　牛一帆", authors=["柯雨檐", "牛一帆"],
        notes="Byline line 记者 X　通讯员 Y under the headline: both are authors. The photo caption with credit "
              "after the body is not body (its photographer 牛一帆 is an author anyway). The project manager quoted "
              "(樊启东) is not an author.",
        paras=[
            "4月15日上午，随着最后一段沥青面层摊铺完成，由集团投资建设的岱宁至雁浦高速公路全线贯通，项目进入交工验收阶段。",
            "岱雁高速全长96.4公里，设计速度每小时100公里，全线设特大桥4座、隧道7座，桥隧比达到41%。项目2032年10月开工，建设过程中累计应用装配式桥梁、隧道智能台车等新技术新工艺23项，较合同工期提前两个月实现贯通。",
            "“项目穿越山区和水源保护区，环保要求高，我们在全线推行了施工废水零排放。”项目总经理樊启东介绍，项目建成通车后，岱宁至雁浦的车程将由目前的2小时缩短至1小时以内，对完善全省高速公路网、带动沿线旅游和特色农业发展具有重要意义。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(wrap("图为岱雁高速雁浦枢纽互通。　牛一帆　摄", 22), "photo caption with credit (not body)")
    pg.gap()
    c = Article(
        "c", "让“开门红”成为“全年红”", section="短评", kind="commentary",
        byline="（岳知行）", authors=["岳知行"], tail="（岳知行）",
        notes="Comment under the label 短评 (section), signed （X） run in at the end: the byline, excluded from last; "
              "the writer is the author. Commentary.",
        paras=[
            "一季度，集团主要经济指标实现“开门红”，为完成全年目标打下了好基础。但开局好不等于全年好，越是形势向好，越要保持清醒头脑。",
            "从“开门红”到“全年红”，靠的是一天一天抓落实、一个项目一个项目抓推进。各单位要把目标分解到月、责任落实到人，既盯进度也盯质量，既抓产值也抓回款，以实打实的工作成效确保全年任务圆满完成。",
        ])
    pg.furniture(["短评"], "column label 短评")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "集团与鹭汀市签署战略合作协议",
        byline="本报讯（通讯员　龚以宁）", authors=["龚以宁"], lead="本报讯（通讯员　龚以宁）",
        notes="Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=[
            "4月11日，集团与鹭汀市人民政府签署战略合作协议。根据协议，双方将在综合交通枢纽、城市道路更新、港口集疏运体系建设等领域开展合作，“十六五”期间计划合作推进项目总投资约120亿元。",
            "签约后，双方还就鹭汀港区疏港铁路专用线项目前期工作进行了对接。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本期导读",
                  "◆集团召开2035年度科技创新大会（2版）",
                  "◆养护公司推行“网格化”巡查（3版）",
                  "◆班组风采：隧道里的“追光者”（4版）",
                  "◆员工论坛：降本增效要算好“细账”（4版）"], "本期导读 box (titles of other pages' articles)")
    pg.blank()
    pg.furniture(["本版责任编辑：卓晚晴　　美编：吕一苇　　校对：甘棠",
                  "地址：闻川市滨江东路188号　新闻热线：8826××××"], "footer with editor, designer, proof-reader, address")
    return pg


# ---------------------------------------------------------------------------
def kb02() -> Page:
    """企业报 要闻 page 2, ONE U+3000 indent, NO blank line anywhere: the lead of page 1 continued (headline
    repeated, jump line （上接第1版）); report with byline line 记者 X and a table between two paragraphs; an
    article whose body comes first and whose headline and byline line 通讯员 X　Y follow it; run-in 本报讯（记者 X）
    item with letter-spaced (justified) lines."""
    pg = Page("kb02.txt", cols=26, indent=FW, blanks="never", seed=3202,
              style="企业报 要闻 page 2 indented with ONE U+3000 and NO blank line anywhere: header on three lines (2　要闻; paper + date with weekday; 责任编辑 and 校对); the front-page lead CONTINUED: its headline repeated, the jump line （上接第1版） on a line of its own, the text resuming in mid-sentence (no byline on this page); report with byline line 记者 X and a table (title, header row 线路 / 箱量 / 同比, four rows, 注 line) printed BETWEEN two paragraphs; an article whose body comes FIRST and whose headline and byline line 通讯员 X　Y are printed AFTER it; run-in 本报讯（记者 X） item with three letter-spaced (justified) body lines; contribution e-mail line at the foot")
    pg.furniture(["2　要闻",
                  PAPER + "　" + cn_date(2035, 4, 20),
                  "责任编辑：卓晚晴　　校对：甘棠"], "page header")
    a = Article(
        "a", "集团召开一季度经济运行分析会",
        notes="**new:** continuation of the front-page lead (kb01): the headline is repeated over the jump line "
              "（上接第1版）, which is not body; the text resumes in mid-sentence. No byline is printed on this page: "
              "byline null, no authors. Officials named are not authors.",
        paras=[
            "完工；要加大市场开拓力度，巩固省内交通基础设施主阵地，积极拓展城市更新、水利环境等领域，确保上半年新签合同额过半；要狠抓降本增效和“两金”压降，严控非生产性支出，加快已完工项目结算和应收账款清收。",
            "会议强调，要统筹发展和安全，扎实开展汛期安全隐患排查，加强对高边坡、深基坑、隧道等重大风险源的管控，坚决守牢安全生产底线。",
            "集团领导班子成员，各部门、各二级单位主要负责人参加会议。",
        ])
    pg.headline(a)
    pg.furniture(["（上接第1版）"], "jump line (not body)")
    pg.body(a, end=1, indent="")  # the resumed paragraph is not indented (it continues a sentence)
    pg.body(a, start=1)
    b = Article(
        "b", "物流公司多式联运业务量同比增长三成",
        byline="记者　柯雨檐", authors=["柯雨檐"],
        notes="Byline line 记者 X. The table printed between two paragraphs is not body (body in pieces). The "
              "manager quoted (祁望舒) is not an author.",
        paras=[
            "记者从集团物流公司获悉，一季度该公司完成多式联运业务量5.86万标准箱，同比增长31.4%；实现营业收入3.27亿元，同比增长18.9%。",
            "今年以来，物流公司围绕岱宁港集装箱集疏运需求，新开通“岱宁港—蓼城”“岱宁港—雁浦”两条公铁联运线路，并与两家船公司签订长期运输协议，回程空箱率由去年的38%下降到26%。",
            "“多式联运拼的是衔接效率。”物流公司副总经理祁望舒说，公司上线了联运调度平台，实现船期、车次和堆场信息实时共享，集装箱在港平均停留时间缩短了1.2天。下一步，公司将加快冷链、危化品等专业化联运产品开发，力争全年业务量突破25万标准箱。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b, end=2)
    pg.furniture(["一季度多式联运业务完成情况",
                  "线路　　　　　　箱量（标箱）　同比（%）",
                  "岱宁港—蓼城　　21460　　　　　35.2",
                  "岱宁港—雁浦　　14820　　　　　新开",
                  "岱宁港—闻川　　13370　　　　　12.6",
                  "其他线路　　　　8950　　　　　 9.8",
                  "注：数据由物流公司提供"], "table between two paragraphs (not body)")
    pg.body(b, start=2)
    c = Article(
        "c", "养护公司“智慧养护”平台上线运行",
        byline="通讯员　冀小满　阮秋池", authors=["冀小满", "阮秋池"],
        notes="Headline and byline line 通讯员 X　Y printed AFTER the body (the body follows the previous "
              "article's last line with no blank line); both 通讯员 are authors.",
        paras=[
            "近日，养护公司自主开发的“智慧养护”管理平台正式上线运行。平台整合路况检测、病害识别、养护作业和材料管理等8个模块，巡查人员用手机拍照上传病害信息后，系统可自动识别病害类型、生成维修工单并派发至就近养护班组。",
            "试运行三个月来，平台累计生成工单4700余张，路面病害平均处置时长由3天缩短至1.5天，养护材料损耗率下降4个百分点。",
        ])
    pg.body(c)
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    d = Article(
        "d", "集团召开2035年度科技创新大会",
        byline="本报讯（记者　单若岩）", authors=["单若岩"], lead="本报讯（记者　单若岩）",
        notes="Run-in 本报讯（记者 X） excluded from first. Three body lines are letter-spaced (justified) by the "
              "extraction; the spaces are dropped in first/last. The chairman named is not an author.",
        paras=[
            "4月18日，集团召开2035年度科技创新大会，表彰2034年度科技创新成果，发布《集团科技创新三年行动方案（2035—2037年）》。",
            "会议发布的方案提出，到2037年，集团研发投入强度达到2.8%以上，新增省级以上科技创新平台5个，形成一批具有自主知识产权的核心技术。会上，“山区高速公路装配式桥梁快速建造技术”等15项成果获评集团科技进步奖，岱雁高速项目隧道智能建造团队等5个团队获评优秀创新团队。",
            "集团董事长宗怀远在讲话中强调，要把科技创新摆在更加突出的位置，加大研发投入，完善激励机制，让科技人员在创新中有舞台、有回报。",
        ])
    pg.headline(d)
    pg.emit(d, justify(pg.render_body(d), [1, 4, 9]))
    pg.furniture(["投稿邮箱：tougao@zljtb.cn"], "contribution e-mail line")
    return pg


# ---------------------------------------------------------------------------
def kb03() -> Page:
    """企业报 基层传真 page in a NARROW column of 10 characters, NO indent: label 基层传真 over five short items,
    headlines on two or three lines (one letter-spaced and broken in mid-word), each signed （unit　NAME） run in
    at the end, one with a byline line 通讯员 X; a photo news (brief) with its credit on a line of its own."""
    pg = Page("kb03.txt", cols=10, indent="", blanks="para", seed=3203,
              style="企业报 基层传真 strip of a NARROW 10-character column, NO indent (paragraph ends show only as short lines), blank lines between paragraphs and blocks: header on three lines (wider than the column); label 基层传真 over six items whose headlines are on two or three lines (three broken in MID-WORD, one letter-spaced across the column in two halves, single spaces in one and U+3000 in the other); items signed （unit　NAME） (（养护公司　邝小禾）) run in at the end and wrapped; one item with a byline line 通讯员 X under its headline; photo news (brief): headline, caption, credit line （unit　NAME　摄） on a line of its own; footer wider than the column")
    pg.furniture(["3　基层传真",
                  PAPER + "　" + cn_date(2035, 4, 20),
                  "本版编辑：申屠月"], "page header")
    pg.blank()
    pg.furniture(["基层传真"], "column label 基层传真")
    pg.blank()
    SIGN = ("Item of the 基层传真 strip (section). **new:** signed （unit　NAME） run in at the end: the byline, "
            "excluded from last; the unit is not a person, the name is the author.")
    a = Article(
        "a", "养护公司推行“网格化”巡查", head=["养护公司推行", "“网格化”巡查"],
        byline="（养护公司　邝小禾）", authors=["邝小禾"], tail="（养护公司　邝小禾）",
        notes=SIGN + " Headline on two lines, joined.",
        paras=[
            "今年以来，养护公司将所辖1260公里高速公路划分为48个巡查网格，每个网格明确一名责任人，实行“日巡、周查、月评”。一季度共发现并处置路面病害3100余处，平均处置时间缩短至36小时。",
        ])
    b = Article(
        "b", "闻川分公司开展技能比武",
        byline="（闻川分公司　庞一诺）", authors=["庞一诺"], tail="（闻川分公司　庞一诺）",
        notes=SIGN + " Headline letter-spaced across the column in two halves broken in mid-word (开 / 展), the "
                     "first spaced with single spaces, the second with U+3000; joined unspaced.",
        paras=[
            "4月上旬，闻川分公司举办收费、监控、养护三个工种的技能比武，来自12个收费站和3个养护工区的86名职工同台竞技。比武设置理论考试和实际操作两个环节，最终18人获评“技术能手”。",
        ])
    c = Article(
        "c", "物流公司首趟“公铁联运”冷链专列发车", head=["物流公司首趟“公铁", "联运”冷链专列发车"],
        byline="通讯员　訾春明", authors=["訾春明"],
        notes="Item of the 基层传真 strip (section). Headline on two lines broken in mid-word (公铁 / 联运), joined. "
              "Byline line 通讯员 X under the headline; no signature at the end.",
        paras=[
            "4月12日，满载42个标准箱冷冻水产品的“公铁联运”冷链专列从岱宁港铁路物流基地发车，经由昭岚南部通道运抵蓼城冷链物流园。",
            "与全程公路运输相比，这一线路每箱可节约运输成本约800元。",
        ])
    d = Article(
        "d", "智慧交通公司ETC发行量突破百万", head=["智慧交通公司ETC", "发行量突破百万"],
        byline="（智慧交通公司　晏书禾）", authors=["晏书禾"], tail="（智慧交通公司　晏书禾）",
        notes=SIGN + " Headline on two lines (a Latin word ETC at the end of the first), joined.",
        paras=[
            "截至4月15日，智慧交通公司累计发行ETC用户卡102.6万张。今年以来，该公司在服务区、物流园区设立12个“ETC服务驿站”，为货车司机提供办理、充值、售后一站式服务。",
        ])
    p = Article(
        "p", "春季植树添新绿", kind="brief",
        byline="（养护公司　蔺小川　摄）", authors=["蔺小川"],
        notes="Photo news (brief): headline, caption, credit line （unit　NAME　摄） on a line of its own after the "
              "caption (the byline, not body); the photographer is the author.",
        paras=[
            "4月8日，养护公司组织青年职工在岱雁高速棠溪服务区开展义务植树活动，共栽种香樟、桂花等苗木600余株。",
        ])
    e = Article(
        "e", "第二工程公司一工区获评省级“工人先锋号”", head=["第二工程公司一工", "区获评省级“工人", "先锋号”"],
        byline="（第二工程公司　尤新）", authors=["尤新"], tail="（第二工程公司　尤新）",
        notes=SIGN + " Headline on three lines broken in mid-word (一工 / 区, 工人 / 先锋号), joined.",
        paras=[
            "近日，第二工程公司岱宁港疏港公路项目一工区被昭岚省总工会授予“工人先锋号”称号。",
            "该工区组建以来，先后攻克大跨径连续刚构桥悬臂浇筑等技术难题，获得国家实用新型专利3项。",
        ])
    for art in (a, b, c, d, p, e):
        art.section = "基层传真"
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.headline(b, spread_cols=10)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    pg.headline(e)
    pg.gap()
    pg.body(e)
    pg.blank()
    pg.furniture(["本版编辑：申屠月　　校对：甘棠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kb04() -> Page:
    """企业报 班组风采·员工论坛 page, two ASCII spaces, blank lines sometimes plus column breaks: label 班组风采
    over a feature (——副题, byline line 文/X　图/Y, two crossheads, a ▲ photo caption between paragraphs); label
    员工论坛 over two essays (byline line □ X; signed （unit　NAME） run in at the end); 征稿启事 box."""
    pg = Page("kb04.txt", cols=30, indent="  ", blanks="some", colbreak=11, seed=3204, p_para=0.4, p_gap=0.85,
              style="企业报 班组风采·员工论坛 page indented with two ASCII spaces, blank lines sometimes plus column breaks (a blank line every 11 body lines, also inside paragraphs): header on two lines; label 班组风采 over a feature with ——副题 (——记…测量班), byline line 文/X　图/Y (ASCII slashes), two crossheads in quotation marks and a ▲ photo caption with credit printed BETWEEN two paragraphs; label 员工论坛 over an essay with byline line □ X and an essay signed （unit　NAME） run in at the end; 征稿启事 box; footer")
    pg.furniture(["4　班组风采·员工论坛", PAPER + "　" + cn_date(2035, 4, 20)], "page header")
    pg.blank()
    a = Article(
        "a", "隧道里的“追光者”", section="班组风采",
        subtitle="——记路桥工程公司岱雁高速项目隧道二工区测量班",
        byline="文/龚以宁　图/牛一帆", authors=["龚以宁"],
        notes="Feature under the label 班组风采 (section). ——副题 is the subtitle. Byline line 文/X　图/Y with ASCII "
              "slashes: the writer is the author, the photographer is not (as 文／X　图／Y in g11 of handmade22). The "
              "two crossheads are body; the ▲ photo caption printed between two paragraphs is not. Team members "
              "quoted (聂长庚, 温小棠) are not authors.",
        paras=[
            "凌晨两点，岱雁高速青檀山隧道里依然灯火通明。测量班班长聂长庚架好全站仪，眯着眼对准远处的棱镜，对讲机里不时传来一串串数据。“隧道贯通前，每一个控制点都要复测三遍以上。”他说。",
            "隧道二工区测量班共有7名成员，平均年龄29岁，承担着青檀山、白石岭两座隧道共计9.6公里的施工测量任务。两座隧道地质条件复杂，洞内空气潮湿、粉尘大，测量作业大多安排在夜间爆破通风之后进行。",
            Cross("“差一毫米也不行”"),
            "隧道测量讲究“失之毫厘，谬以千里”。去年8月，白石岭隧道进口端掘进到1800米时，测量班在例行复测中发现一处导线点存在3毫米偏差。为了找到原因，大家连续五个晚上守在洞内逐点排查，最终查明是围岩变形引起的控制点位移，及时修正了掘进方向。",
            "今年3月，青檀山隧道顺利贯通，横向贯通误差仅为8毫米，远低于规范允许的100毫米。",
            Cross("“把经验写进手册”"),
            "测量班里有个“传统”：每完成一项难点作业，都要把做法和教训写进班组的《测量作业手册》。三年来，这本手册已经记了140多页，成为新员工上岗前的必修课。",
            "“手册里最有用的，是那些走过的弯路。”去年刚入职的测量员温小棠说。在老师傅带领下，她用半年时间就能独立承担洞内导线测量。测量班先后获得集团“优秀班组”“青年文明号”等称号。",
        ])
    pg.furniture(["班组风采"], "column label 班组风采")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=5)
    pg.furniture(wrap("▲测量班成员在青檀山隧道内复核控制点。　牛一帆　摄", 30),
                 "photo caption with credit, between two paragraphs (not body)")
    pg.body(a, start=5)
    pg.blank()
    pg.furniture(["员工论坛"], "column label 员工论坛")
    pg.blank()
    b = Article(
        "b", "降本增效要算好“细账”", section="员工论坛", kind="commentary",
        byline="□ 阮秋池", authors=["阮秋池"],
        notes="Essay under the label 员工论坛 (section): byline line □ X (the □ is a mark); the writer is the "
              "author. Commentary (an employee's argued opinion).",
        paras=[
            "说起降本增效，不少人首先想到的是压减大额开支、优化施工方案。这些固然重要，但在项目现场，成本往往藏在一个个不起眼的细节里：一桶用了一半就被丢弃的脱模剂，一段切割后没有回收利用的钢筋头，一台空转了一下午的发电机。",
            "细账不细，大账难平。以我所在的项目为例，去年推行钢筋“集中下料、余料登记”以后，钢筋损耗率由2.6%降到1.7%，一年节约成本80多万元。这笔钱，正是从一根根钢筋头里“抠”出来的。",
            "算好细账，需要制度，更需要习惯。只有让每一名员工都成为成本的“主人”，降本增效才能真正落到实处。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "“老师傅”的经验要传下去", section="员工论坛", kind="commentary",
        byline="（第二工程公司　房晓）", authors=["房晓"], tail="（第二工程公司　房晓）",
        notes="Essay under the label 员工论坛 (section), signed （unit　NAME） run in at the end: the byline, excluded "
              "from last; the name is the author. Commentary.",
        paras=[
            "随着一批参加工作三十多年的老职工陆续退休，不少项目出现了“老师傅走了，手艺也跟着走了”的情况。一些关键工序上的操作诀窍，过去靠师傅口传心授，没有形成文字，新人只能从头摸索。",
            "经验是企业宝贵的无形资产。建议各单位把“名师带徒”与技能等级评定、薪酬激励挂起钩来，组织老师傅把绝活拍成视频、编成案例，让经验不随人走、代代相传。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["征稿启事"]
                 + wrap("“员工论坛”栏目欢迎广大职工围绕企业改革发展、经营管理、安全生产等话题踊跃投稿，来稿请注明单位、姓名及联系电话，字数一般不超过1200字。", 30, "  ")
                 + ["投稿邮箱：tougao@zljtb.cn"], "征稿启事 box (call for contributions; not an article)")
    pg.blank()
    pg.furniture(["本版编辑：申屠月　　美编：吕一苇　　校对：甘棠"], "footer")
    return pg


PAGES = [kb01, kb02, kb03, kb04]
