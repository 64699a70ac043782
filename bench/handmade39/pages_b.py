"""Pages ki05-ki08 of handmade39 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


def jitems(pg: Page, a: Article, every: int = 3, offset: int = 1, **kw) -> list:
    """The rendered body with some inner lines letter-spaced (justified), never a paragraph's last
    line and never a line holding a run-in dateline."""
    items = pg.render_body(a, **kw)
    cand, k = [], -1
    for n, it in enumerate(items):
        if it[0] != "line":
            continue
        k += 1
        nxt = items[n + 1] if n + 1 < len(items) else None
        if nxt is not None and nxt[0] == "line" and "讯（" not in it[1] and "（记" not in it[1]:
            cand.append(k)
    return justify(items, cand[offset::every])


# ---------------------------------------------------------------------------
def ki05() -> Page:
    """Provincial daily 周末·文旅 page in a wide column: travel feature with 引题, ——副题, letter-spaced
    crossheads, a ▲ photo caption between paragraphs and the signature line 本报记者 X　文／图 right-aligned
    at its END; 记事 timeline box and 旅行贴士 box; label 文旅快讯 over three items (本报讯（记者 X）,
    本报霁川讯（通讯员 X　记者 Y）, credit （记者 X） at the end)."""
    pg = Page("ki05.txt", cols=46, indent=FW * 2, blanks="arts", seed=3905,
              style="provincial daily 周末·文旅 page in a wide column, blank lines only between articles and blocks: header on three lines (paper, date with weekday, page + 版名 + 责任编辑); travel feature with 引题, headline, ——副题, NO byline at the top, three crossheads letter-spaced with U+3000, JUSTIFIED lines, a ▲ photo caption between two paragraphs, and the signature line 本报记者 X　文／图 right-aligned at its END; timeline box 苍荻线乡村旅游记事 (year　event phrases); 旅行贴士 box; label 文旅快讯 over three items (run-in 本报讯（记者 X）, run-in 本报霁川讯（通讯员 X　记者 Y）, credit （记者 X） run in at the end); footer")
    pg.furniture(["青梧日报",
                  cn_date(2035, 9, 15),
                  "第8版　周末·文旅　　责任编辑：齐砚秋"], "page header")
    pg.blank()
    a = Article(
        "a", "秋到苍屿看稻浪", subtitle="——一条乡村公路串起七个“网红”村",
        byline="本报记者　江予宁　文／图", authors=["江予宁"],
        notes="Travel feature. The 引题 跟着节气去旅行 is neither title nor subtitle (the ——副题 is the subtitle). "
              "**new:** the only byline is the signature line 本报记者 X　文／图 printed right-aligned AFTER the "
              "body (written without its leading U+3000s): the reporter is the author. The crossheads letter-spaced "
              "with U+3000 are body; the ▲ photo caption between two paragraphs is not. The village officials, "
              "café owner and bureau head quoted (黄建明, 邱一禾, 温德厚, 许青山) are not authors.",
        paras=[
            "白露过后，苍屿县的稻田由青转黄。沿着县道苍荻线一路向南，车窗外是连绵起伏的梯田，稻穗低垂，偶有白鹭掠过。这条全长38公里的乡村公路，串起了沿线七个村庄，也串起了当地人秋日里的“稻田经济”。",
            "“往年这个时候，村里除了收稻子就没别的事。现在一到周末，游客多得要排队。”在荻浦镇霞汀村，村党支部书记黄建明指着停车场里满满当当的私家车说。据苍屿县文旅局统计，今年8月以来，苍荻线沿线接待游客42万人次，同比增长近五成。",
            Cross("稻田里的咖啡馆", sep=FW),
            "霞汀村最火的打卡点，是一座建在稻田中央的玻璃咖啡馆。木栈道从村口延伸进稻田，游客端着咖啡坐在落地窗前，眼前就是成片的金黄。咖啡馆主理人邱一禾是土生土长的霞汀人，前年从省城辞职回乡，租下了村里的三亩闲置稻田。",
            "“咖啡豆是外面买的，但稻田、风景都是村里的。”邱一禾说，她和村集体约定，稻田仍由村民种植，咖啡馆每年按营业额的5%向村集体分红。去年，这笔分红达到了11万元。",
            Cross("老粮仓变身民宿", sep=FW),
            "沿公路再往南十公里，是以老粮仓改造民宿闻名的石门村。上世纪70年代修建的六座砖砌粮仓，如今变成了带露台的客房，外墙上的老标语被完整保留了下来。民宿负责人介绍，周末的房间要提前两周预订，一间双床房的价格在480元左右。",
            "石门村村委会主任温德厚算了一笔账：民宿吸纳本村村民就业36人，村里的土鸡、笋干、红米等农产品通过民宿直接卖给游客，去年全村人均可支配收入增长了13%。",
            Cross("“流量”之后看“留量”", sep=FW),
            "游客多了，新问题也随之而来。节假日期间，苍荻线部分路段车流拥堵，停车位紧张；一些村庄的业态相似，游客“看一眼就走”。苍屿县文旅局局长许青山坦言，乡村旅游不能只靠一时的“流量”，更要想办法把游客留下来。",
            "据了解，苍屿县正在沿线规划建设3个游客集散点和1条骑行绿道，并引导各村错位发展，有的主打农事体验，有的发展研学旅行。“我们希望游客来了不只是拍张照，而是住一晚、吃顿饭，带走一点苍屿的味道。”许青山说。",
        ])
    pg.kicker(a, "跟着节气去旅行")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.emit(a, jitems(pg, a, every=3, offset=1, end=5))
    pg.furniture(["▲游客在霞汀村的稻田栈道上拍照。"], "photo caption between two paragraphs (not body)")
    pg.emit(a, jitems(pg, a, every=3, offset=0, start=5))
    pg.line(a, FW * 34 + a.byline, "byline")
    pg.blank()
    pg.furniture(["苍荻线乡村旅游记事",
                  "2029年　县道苍荻线完成提质改造",
                  "2031年　霞汀村稻田咖啡馆开业",
                  "2032年　石门村老粮仓民宿对外营业",
                  "2033年　苍荻线入选省级乡村旅游精品线路",
                  "2035年8月　沿线骑行绿道开工建设"],
                 "timeline box (year and event phrases, no text of its own; not an article)")
    pg.blank()
    pg.furniture(["旅行贴士"]
                 + wrap("交通：自驾经鹭苍高速苍屿出口下，沿县道苍荻线南行；周末有旅游专线巴士从苍屿客运站发车，票价8元。", 46)
                 + ["最佳观赏期：9月中旬至10月上旬",
                    "提示：稻田为村民所有，请沿栈道游览，勿踩踏作物。"], "旅行贴士 box (not an article)")
    pg.blank()
    pg.furniture(["文旅快讯"], "column label 文旅快讯")
    items = [
        Article("b", "中秋假期全省百余家景区推出门票优惠",
                byline="本报讯（记者　庞远黛）", authors=["庞远黛"], lead="本报讯（记者　庞远黛）",
                notes="Item under the label 文旅快讯 (section). Run-in 本报讯（记者 X） excluded from first.",
                paras=[
                    "记者从省文化和旅游厅获悉，中秋假期期间，全省108家A级旅游景区将推出门票减免、“一票多游”等优惠措施，其中30家景区对60岁以上老人和在校学生免门票。",
                    "省文旅厅提醒，假期出游要提前了解景区预约和限流信息，合理安排行程。",
                ]),
        Article("c", "霁川古城夜游项目上新",
                byline="本报霁川讯（通讯员　钟灵　记者　宣若谷）", authors=["钟灵", "宣若谷"],
                lead="本报霁川讯（通讯员　钟灵　记者　宣若谷）",
                notes="Item under the label 文旅快讯 (section). Run-in 本报霁川讯（通讯员 X　记者 Y） excluded from "
                      "first; both are authors.",
                paras=[
                    "霁川古城沉浸式夜游项目“月下霁川”日前上新，新增水上光影秀、古街巡游等演出，演出时间为每晚19时至22时。项目运营方介绍，今年以来古城夜间游客量同比增长41%，夜间消费占古城全天消费的近一半。",
                ]),
        Article("d", "苍屿县推出“稻田研学”线路",
                byline="（记者　江予宁）", authors=["江予宁"], tail="（记者　江予宁）",
                notes="Item under the label 文旅快讯 (section), signed （记者 X） run in at the end (excluded from "
                      "last).",
                paras=[
                    "苍屿县近日推出5条“稻田研学”线路，面向中小学生开展插秧、收割、碾米等农事体验活动，每条线路为期一天，费用在80元至150元之间。县文旅局表示，研学线路均配备专业指导老师和安全员，学校和家庭均可预约。",
                ]),
    ]
    for art in items:
        art.section = "文旅快讯"
        pg.headline(art)
        pg.body(art)
        pg.blank()
    pg.furniture(["本版邮箱：wenlv@qwrb.cn　　版式：贝晓"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ki06() -> Page:
    """City evening paper 读者之声 page: 编者按 note; label 来信选登 over three reader letters (signature line
    right-aligned at the end; signature run in at the end; byline line 读者 X at the top); label 记者回访 over a
    follow-up article with byline line 本报记者 X; footer."""
    pg = Page("ki06.txt", cols=22, indent="  ", blanks="para", seed=3906,
              style="city evening paper 读者之声 page: header on two lines; 编者按 note of the column (not an article); label 来信选登 over three READER LETTERS: the first signed on a right-aligned line at its END (district + 读者 + name), the second signed （district　post　name） run in at the end, the third with the byline line 读者　X at the top; label 记者回访 over a follow-up article with byline line 本报记者 X that names both letter-writers; footer with address, e-mail and hotline")
    pg.furniture(["A11　读者之声",
                  "鹭汀晚报　" + cn_date(2035, 9, 15)], "page header")
    pg.blank()
    pg.furniture(wrap("编者按：本版开设“来信选登”栏目，刊发读者对城市生活的意见和建议。来信请注明真实姓名和联系方式，本报将择要转交有关部门。", 22),
                 "编者按 note of the column (not an article)")
    pg.blank()
    pg.furniture(["来信选登"], "column label 来信选登")
    pg.blank()
    a = Article(
        "a", "夜跑道的灯能否晚关一小时", section="来信选登", kind="commentary",
        byline="柘湾区读者　范知夏", authors=["范知夏"],
        notes="**new:** reader letter under the label 来信选登 (section): kind commentary (the reader's own view "
              "and suggestion). Signed on a right-aligned line AFTER the body (district + 读者 + name; written "
              "without its leading U+3000s): the signature is the byline and the reader is the author.",
        paras=[
            "我家住在柘湾区滨江公园附近，每天晚上下班后都会去公园的夜跑道跑步。这条跑道去年改造后铺了塑胶，沿途还装了照明灯，跑起来很舒服，成了附近居民锻炼的好去处。",
            "美中不足的是，跑道的照明灯每晚9点准时关闭。不少上班族下班晚，吃完饭出来锻炼，往往刚跑两圈灯就灭了，只能摸黑走回去，既不方便，也不安全。",
            "我建议，公园管理部门能否根据季节调整关灯时间，比如夏秋两季延长到晚上10点。多开一小时灯，电费花不了多少，却能方便很多人。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, FW * 13 + a.byline, "byline")
    pg.gap()
    b = Article(
        "b", "菜场装上公平秤买菜心里更踏实", head=["菜场装上公平秤　买菜心里更踏实"], section="来信选登", kind="commentary",
        byline="（棠溪区　退休教师　宋怀瑾）", authors=["宋怀瑾"], tail="（棠溪区　退休教师　宋怀瑾）",
        notes="Reader letter under the label 来信选登 (section), kind commentary. Headline of two phrases parted by "
              "U+3000 on one line, written unspaced. The signature （district　post　name） run in at the end is "
              "the byline, excluded from last; the reader is the author.",
        paras=[
            "前些天去棠溪农贸市场买菜，发现市场入口处新装了一台电子公平秤，旁边还贴着“短斤少两，十倍赔偿”的告示。我特意把刚买的两斤排骨放上去复称，分量一点不差。",
            "听摊主说，市场这次还给每个摊位统一更换了经过检定的电子秤，每月抽查一次。以前总担心缺斤少两，现在买菜心里踏实多了。希望这样的好做法能在更多菜场推广开来。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "能否给外卖骑手留个歇脚处", section="来信选登", kind="commentary",
        byline="读者　郑小满", authors=["郑小满"],
        notes="Reader letter under the label 来信选登 (section), kind commentary, with the byline line 读者 X at the "
              "TOP (under the headline): the reader is the author.",
        paras=[
            "我是一名外卖骑手，在鹭汀跑单已经三年了。中午和傍晚是送餐高峰，一过高峰，很多骑手就在商场门口、路边树荫下等单，夏天晒、冬天冷，下雨天更是没处躲。",
            "听说外地有的城市在商圈、社区设立了“骑手驿站”，能歇脚、喝水、给手机充电。希望我们鹭汀也能在骑手集中的地方建一些这样的驿站，不用多大，有几把椅子、一个饮水机就行。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["记者回访"], "column label 记者回访")
    pg.blank()
    d = Article(
        "d", "滨江公园夜跑道亮灯延至22时", section="记者回访",
        byline="本报记者　梅若初", authors=["梅若初"],
        notes="Follow-up article under the label 记者回访 (section), byline line 本报记者 X. The letter-writers it "
              "names (范知夏, 郑小满) and the official quoted are not its authors.",
        paras=[
            "本报此前收到读者范知夏的来信，建议延长滨江公园夜跑道照明时间。记者将来信转给柘湾区园林绿化中心后，该中心很快作出回应。",
            "柘湾区园林绿化中心负责人告诉记者，经现场调研，夜跑道晚上9点以后仍有不少市民锻炼。从9月16日起，跑道照明关闭时间由21时调整为22时，11月至次年3月恢复为21时。同时，中心将在跑道沿线增设两处应急呼叫点。",
            "对于读者郑小满提出的建设“骑手驿站”的建议，记者了解到，市总工会正在会同有关部门选址，计划年内在主要商圈建成首批20个“骑手驿站”。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["来信请寄：鹭汀晚报读者之声版",
                  "邮箱：duzhe@lutingwb.cn　热线：8816××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ki07() -> Page:
    """Metro paper 视觉·周末 page, ONE U+3000 indent: label 组图 over a photo essay (brief: headline, one short
    text, four numbered captions, credit line 本报记者 X　摄); run-in 本报讯（记者 X） article; single photo news
    (brief) with credit line 通讯员 X　摄; 停水通知 service notice; footer."""
    pg = Page("ki07.txt", cols=30, indent=FW, blanks="para", seed=3907,
              style="metro paper 视觉·周末 page: header on three lines; label 组图 over a PHOTO ESSAY: headline, one short text, four numbered captions ①–④ (no indent, one wrapped), credit line 本报记者 X　摄 after them; run-in 本报讯（记者 X） article; single photo news: headline, caption, credit line 通讯员 X　摄; 停水通知 service notice (title, text, right-aligned company and date); footer with editor and designer")
    pg.furniture(["霁川都市报",
                  cn_date(2035, 9, 21) + "　A12",
                  "视觉·周末"], "page header")
    pg.blank()
    pg.furniture(["组图"], "column label 组图")
    p = Article(
        "p", "荻浦稻熟丰收忙", kind="brief",
        byline="本报记者　窦一川　摄", authors=["窦一川"],
        notes="**new:** photo essay (组图, label not a section: it names the form, as the g12 photo news of "
              "handmade22 has none): headline, one short text and four numbered captions; kind brief. The body "
              "runs from the short text to the last caption (the captions are the essay's text). The credit line "
              "本报记者 X　摄 after them is the byline; the photographer is the author (as g12 of handmade22).",
        paras=[
            "9月20日，芷阳县荻浦镇的万亩晚稻进入收割期。今年当地推广“稻鱼共生”种养模式1.2万亩，稻谷亩产预计达到560公斤，稻田里养殖的禾花鱼也迎来捕捞季。当天，镇里举办“庆丰收”农民趣味运动会，村民们以赛代庆，分享丰收喜悦。",
            "①收割机在荻浦镇的稻田里收割晚稻。",
            "②村民在稻田里捕捞禾花鱼。",
            "③趣味运动会上，村民进行“挑谷担”接力比赛，引来围观群众阵阵喝彩。",
            "④新收的稻谷在晒场上晾晒。",
        ])
    pg.headline(p)
    pg.gap()
    items = pg.render_body(p, end=1) + [("gap",)] + pg.render_body(p, start=1, indent="")
    pg.emit(p, items)
    pg.line(p, p.byline, "byline")
    pg.blank()
    a = Article(
        "a", "霁川中秋灯会下周五开幕",
        byline="本报讯（记者　倪照）", authors=["倪照"], lead="本报讯（记者　倪照）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从霁川市文化广电旅游局获悉，2035霁川中秋灯会将于9月28日晚在澄浦江滨公园开幕，持续至10月8日。本届灯会以“月满霁川”为主题，设置主题灯组56组，其中包括以本地非遗剪纸为元素设计的大型灯组“嫦娥剪月”。",
            "灯会期间，公园实行免费预约入园，每天开放时间为18时至22时30分，单日最大接待量为4万人次。市民可通过“霁川文旅”小程序提前预约。主办方提醒，灯会周边停车位有限，建议市民乘坐地铁2号线至江滨公园站前往。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.blank()
    q = Article(
        "q", "老厂房里的周末市集", kind="brief",
        byline="通讯员　柏小舟　摄", authors=["柏小舟"],
        notes="Photo news (brief): headline, caption, credit line 通讯员 X　摄 after it (the byline; the "
              "photographer is the author).",
        paras=[
            "9月15日，市民在霁川纺织老厂房改造的创意园区里逛周末市集。该园区由一座建于上世纪60年代的纺织厂改造而成，目前入驻文创、餐饮等商户80余家。",
        ])
    pg.headline(q)
    pg.body(q)
    pg.line(q, q.byline, "byline")
    pg.blank()
    pg.furniture(["停水通知"]
                 + wrap("因霁西水厂出厂管道改造施工，9月23日（星期日）8时至20时，霁西区翠微路、南湖路沿线及周边区域将暂停供水，南屏区部分区域水压降低。请相关区域用户提前做好储水准备，由此带来的不便，敬请谅解。", 30, FW * 2)
                 + [FW * 20 + "霁川市自来水有限公司",
                    FW * 20 + "2035年9月20日"], "停水通知 service notice (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：俞若雪　　美编：蓝一鸣"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ki08() -> Page:
    """Consumer weekly 市场·行情 page: market report with a two-line headline, byline line 本报记者 X, a small
    table between two paragraphs and justified lines; two articles set side by side whose column pieces are
    extracted INTERLEAVED (A1, B1, A2, B2); a fruit report whose headline and byline line are printed AFTER its
    body; footer."""
    pg = Page("ki08.txt", cols=20, indent=FW * 2, blanks="some", seed=3908, p_para=0.35, p_gap=0.8,
              style="consumer weekly 市场·行情 page: header on three short lines (page number, 版名, paper + date with weekday); market report with a headline on two lines, byline line 本报记者 X, a small TABLE (two title lines, unit, header row, five rows) printed BETWEEN two paragraphs and JUSTIFIED lines; two articles set side by side whose column pieces are extracted INTERLEAVED (headline and byline of B, B's first 7 lines, headline of C, C's first 5 lines, rest of B, rest of C; C with run-in 本报讯（记者 X）); fruit report whose headline and byline line 本报记者 X are printed AFTER its body; footer with editor and proof-reader")
    pg.furniture(["05",
                  "市场·行情",
                  "青梧消费导报　" + cn_date(2035, 9, 20)], "page header")
    pg.blank()
    a = Article(
        "a", "节前猪价小幅上涨蔬菜供应充足", head=["节前猪价小幅上涨", "蔬菜供应充足"],
        byline="本报记者　柯望舒", authors=["柯望舒"],
        notes="Market report: headline on two lines, joined. Byline line 本报记者 X. The small table printed "
              "between the second and third paragraphs is not body. Justified lines are letter-spaced. The "
              "stall-keeper and analysts quoted are not authors.",
        paras=[
            "中秋节临近，全省农产品批发市场交易活跃。据省农产品流通协会监测，本周全省重点批发市场猪肉批发均价为每公斤25.6元，比上周上涨2.4%，比上月同期上涨5.8%；28种重点监测蔬菜平均批发价为每公斤4.12元，比上周下降1.7%。",
            "鹭汀农产品批发市场的经营户告诉记者，节前单位食堂、餐饮企业备货增加，白条猪走货明显加快，“这周每天多走了两三百头”。不过，从生猪存栏情况看，后市供应有保障，价格大幅上涨的可能性不大。",
            "蔬菜方面，随着省内秋菜大量上市，叶菜类价格继续回落，大白菜、青菜批发价分别下降4.3%和3.6%。水产品价格总体平稳，大闸蟹上市量增加，价格较上市初期回落一到两成。",
            "协会分析人士表示，预计中秋节前，肉蛋价格仍将小幅上涨，蔬菜、水果价格以稳为主，节后各类农产品价格将逐步回落。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, jitems(pg, a, every=3, offset=1, end=2))
    pg.gap()
    pg.furniture(["鹭汀农产品批发市场",
                  "部分品种批发均价",
                  "（元／公斤）",
                  "品种　　本周　环比",
                  "白条猪　25.6　+2.4%",
                  "牛肉　　68.0　+0.6%",
                  "鲜鸡蛋　9.8　 +1.9%",
                  "大白菜　2.2　 -4.3%",
                  "西红柿　6.4　 -2.1%"], "small market table between two paragraphs (not body)")
    pg.gap()
    pg.emit(a, jitems(pg, a, every=3, offset=2, start=2))
    pg.blank()
    b = Article(
        "b", "二手车交易量连续三个月增长",
        byline="本报记者　骆晴", authors=["骆晴"],
        notes="Set side by side with the next article: extraction alternates their column pieces, so this body "
              "is printed in two pieces with the next article's headline and first lines between them. Byline "
              "line 本报记者 X.",
        paras=[
            "省二手车流通协会最新数据显示，8月全省二手车交易量为6.82万辆，同比增长11.4%，已连续三个月保持增长。其中，新能源二手车交易量1.36万辆，同比增长48.9%，占比首次超过两成。",
            "协会相关负责人分析，二手车跨区域流通限制全面取消、以旧换新补贴延续，是交易量增长的主要原因。从价格看，5万元以下车型交易量占比为46%，仍是市场主力；使用年限3年以内的“准新车”成交量增长较快。",
            "业内人士提醒，购买新能源二手车时，要重点查看电池健康度检测报告，并确认车辆是否享受原厂电池质保。",
        ])
    c = Article(
        "c", "金饰价格重回每克700元以上",
        byline="本报讯（记者　范一舟）", authors=["范一舟"], lead="本报讯（记者　范一舟）",
        notes="Set side by side with the previous article: its headline and first lines are printed between "
              "the two pieces of the previous body, its rest after them. Run-in 本报讯（记者 X） excluded from "
              "first.",
        paras=[
            "受国际金价走强影响，本周鹭汀多家品牌金店足金饰品零售价重回每克700元以上，最高报价为每克718元，比上周上涨12元。",
            "记者在柘湾一家金店看到，临近中秋国庆，选购黄金饰品的顾客明显增多，不少年轻人偏爱克重较轻的手串、吊坠。店员介绍，近一周门店金饰销量环比增长约两成，以旧换新业务也有所增加。",
            "业内人士提醒，金价波动较大，消费者购买金饰应以佩戴需求为主，不宜盲目“追涨”；购买时要索要发票，注意查看饰品的材质标识和检测证书。",
        ])
    b1, b2 = Page.chunks(pg.render_body(b), [7])
    c1, c2 = Page.chunks(pg.render_body(c), [5])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, b1)
    pg.gap()
    pg.headline(c)
    pg.gap()
    pg.emit(c, c1)
    pg.gap()
    pg.emit(b, b2)
    pg.gap()
    pg.emit(c, c2)
    pg.blank()
    d = Article(
        "d", "葡萄量增价跌柚子集中上市", head=["葡萄量增价跌", "柚子集中上市"],
        byline="本报记者　姜小圆", authors=["姜小圆"],
        notes="Headline (on two lines, joined) and byline line 本报记者 X printed AFTER the body (the body follows "
              "the previous article's last lines).",
        paras=[
            "本周，省内葡萄进入集中上市期，鹭汀水果批发市场葡萄日均上市量超过120吨，比上周增加三成，批发价格每公斤下降1元左右，巨峰葡萄批发价为每公斤7元至9元。",
            "与此同时，本地蜜柚开始上市，受今年雨水充足影响，柚子个头大、口感好，批发价为每公斤4元至5元，与去年同期基本持平。进口水果方面，榴莲、山竹价格较上月有所回落。",
        ])
    pg.body(d)
    pg.gap()
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.blank()
    pg.furniture(["本版编辑：聂清　　校对：甘霖"], "footer")
    return pg


PAGES = [ki05, ki06, ki07, ki08]
