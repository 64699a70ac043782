"""Pages kn01-kn04 of handmade44 (development set; all papers, magazines, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def kn01() -> Page:
    """National economic daily 评论 page: header with the letter-spaced 版名 评　论; label 社论 over an editorial
    with a two-line headline and no byline; label 经济观察 over a signed essay (□ X) with the bio line
    （作者系…） on a line of its own after the body; label 锐评 over three short pieces signed （X） run in at the
    end; a 声音 quotation box; footer with 版面编辑, 美编, 校对 and a contributions e-mail."""
    pg = Page("kn01.txt", cols=26, indent=FW * 2, blanks="para", seed=4401,
              style="national economic daily 评论 page: header on three lines (版名 letter-spaced 评　论, paper + date with weekday, 第5版); label 社论 over an editorial with a headline on two lines and NO byline; label 经济观察 over a signed essay with byline line □ X and the bio line （作者系…教授） on a line of its own after the body; label 锐评 over three short pieces, each signed （X） run in at the end; 声音 quotation box (a quote and its attribution) between the pieces; footer with 版面编辑, 美编, 校对 and 投稿邮箱")
    pg.furniture(["评　论",
                  "澄川经济日报　" + cn_date(2035, 3, 18),
                  "第5版"], "page header (letter-spaced 版名)")
    pg.blank()
    a = Article(
        "a", "以更大力度激发民间投资活力", head=["以更大力度", "激发民间投资活力"], kind="commentary",
        section="社论",
        notes="**new:** editorial under the label 社论 (section); headline on two lines, joined; no byline line is "
              "printed (the paper's editorial voice): byline null, no authors. Commentary.",
        paras=[
            "民间投资是稳增长、促就业的重要力量。统计数据显示，今年前两个月，全国民间投资同比增长3.6%，增速比上年全年加快2.1个百分点，占全部固定资产投资的比重回升至52.4%。民间投资止跌回稳，释放出市场预期改善、经营主体信心增强的积极信号。",
            "也要看到，民间投资回升的基础还不牢固。一些行业准入仍存在隐性壁垒，部分领域“玻璃门”“旋转门”现象尚未根除；一些地方项目推介重国企、轻民企，优质项目向民间资本开放不够；融资难、融资贵问题在中小民营企业中依然不同程度存在。这些问题不解决，民间资本就难以“敢投、愿投、能投”。",
            "激发民间投资活力，关键在于稳预期、破壁垒、优服务。要持续破除市场准入壁垒，全面清理妨碍公平竞争的规定和做法，在交通、能源、水利、新型基础设施等领域推出更多有合理回报的项目向民间资本推介。要健全政府守信践诺机制，坚决防止“新官不理旧账”，依法依规清理拖欠民营企业账款。要用好政府投资的撬动作用，鼓励民间资本通过特许经营、基础设施领域不动产投资信托基金等方式参与重大项目建设。",
            "投资是对未来的判断。只要政策一以贯之、服务持续加力，让民营企业家感受到公平、看到机会、吃下“定心丸”，民间投资的潜力就一定能够充分释放，为经济持续回升向好注入源源不断的动力。",
        ])
    pg.furniture(["社论"], "column label 社论")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "专项债要更多投向“有收益”的项目", kind="commentary", section="经济观察",
        byline="□ 卓远帆", authors=["卓远帆"],
        notes="Signed essay under the label 经济观察 (section), byline line □ X under the headline (the □ is a mark). "
              "**new:** the bio line （作者系…教授） printed on a line of its own after the last paragraph is not "
              "body (as a signature line). Commentary.",
        paras=[
            "今年新增地方政府专项债券额度进一步提高，发行节奏明显前移。专项债是稳投资的重要抓手，但在一些地方，专项债项目“重发行、轻管理”“重规模、轻收益”的问题仍然存在，部分项目建成后收益不及预期，偿债压力逐步显现。",
            "专项债区别于一般债券的关键，在于项目要有一定收益，能够实现融资与收益自求平衡。从审计和财政部门披露的情况看，个别项目前期论证不充分，收益测算过于乐观，有的把本应由一般债券支持的公益性项目“包装”成专项债项目；也有的项目资金到位后迟迟不能开工，形成资金闲置。",
            "提高专项债资金使用效益，要在“选、管、评”上下功夫。选项目，要坚持“资金跟着项目走”，优先支持前期工作成熟、收益来源清晰的项目，对收益测算实行第三方评估；管资金，要加快支出进度，防止资金沉淀，严禁挪作他用；评绩效，要把项目收益实现情况纳入绩效评价，评价结果与下一年度额度分配挂钩。",
            "同时，也要看到专项债投向领域正在拓宽。将新型基础设施、城市更新、保障性住房等纳入支持范围，为地方扩大有效投资提供了更多选择。地方应立足自身财力和发展需要，把有限的债券资金用在“刀刃”上，既稳当前增长，又防长远风险。",
        ])
    pg.furniture(["经济观察"], "column label 经济观察")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.line(b, "（作者系澄川财经大学财政税务学院教授）", "bio")
    pg.blank()
    pg.furniture(["锐评"], "column label 锐评")
    pg.blank()
    items = [
        Article("c1", "“网红”景区别只顾一时热闹", byline="（温照溪）", authors=["温照溪"], tail="（温照溪）", paras=[
            "今年以来，不少景区借助短视频平台迅速走红，游客量成倍增长。但也有一些景区在爆火之后配套跟不上，停车难、如厕难、排队久等问题集中暴露，游客口碑快速下滑。",
            "流量来得快，去得也快。景区要把“流量”变成“留量”，靠的不是一时的热闹，而是实实在在的服务品质和持续的内容创新。"]),
        Article("c2", "“零元购车”背后的风险要警惕", byline="（邵听雨）", authors=["邵听雨"], tail="（邵听雨）", paras=[
            "近期，一些地方出现所谓“零首付、零利息、零元购车”的营销广告，吸引了不少年轻消费者。记者了解到，其中部分产品实际上是将融资成本隐藏在服务费、保险费中，综合成本远高于普通车贷。监管部门应加强对汽车金融营销行为的规范，消费者也要算清“总账”，不被“零元”二字迷惑。"]),
        Article("c3", "企业“出海”更需合规护航", byline="（简铮）", authors=["简铮"], tail="（简铮）", paras=[
            "越来越多的中小企业走向海外市场，但一些企业对目标市场的法律法规、税收制度、数据保护规则了解不足，因合规问题遭受处罚的案例时有发生。",
            "相关部门和行业协会要加强合规指引和风险提示，企业自身也要把合规建设放在“出海”的第一位。走得稳，才能走得远。"]),
    ]
    for i, art in enumerate(items):
        art.section = "锐评"
        art.kind = "commentary"
        art.notes = ("Short piece under the label 锐评 (section), signed （X） run in at the end: the byline, excluded "
                     "from last; the writer is the author. Commentary.")
        if i == 2:
            pg.furniture(["声音"]
                         + wrap("“民间资本对政策的敏感度很高，政策稳定、可预期，比给多少优惠都重要。”", 26)
                         + [FW * 6 + "——一位民营企业负责人在本报座谈会上说"],
                         "声音 quotation box (a quote and its attribution; not an article)")
            pg.blank()
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.blank()
    pg.furniture(["版面编辑：柏千寻　　美编：秦小满　　校对：费雨时",
                  "投稿邮箱：pinglun@ccjjrb.cn"], "footer with editor, designer, proof-reader, e-mail")
    return pg


# ---------------------------------------------------------------------------
def kn02() -> Page:
    """Party daily 理论 page, blank lines only between articles: series label and 编者按 over the first theory
    article of a series (——副题 …系列谈之一, byline ◎ X, crossheads 一、二、三、, a pull-quote box between two
    paragraphs, bio line, 注释 block); label 学术视点 over a two-author essay with （一）（二）（三） crossheads,
    the bio line （作者分别系…） and a 参考文献 block; label 学习札记 over a short piece with 文／X."""
    pg = Page("kn02.txt", cols=34, indent="  ", blanks="arts", seed=4402,
              style="provincial party daily 理论 page indented with two ASCII spaces, blank lines only between articles and blocks: header on three lines (paper; date with weekday + 第11版; 版名 letter-spaced 理　论); series label over an 编者按 block (【编者按】 then the note), then the series' first article: headline, ——副题 …系列谈之一, byline line ◎ X, numbered crossheads 一、二、三、, note marks ①② in the text, a pull-quote box printed BETWEEN two paragraphs, the bio line （作者系…） after the body and a 注释 block (注释： ①… ②…); label 学术视点 over an essay by two authors (byline line NAME　NAME), crossheads （一）（二）（三）, reference marks [1]–[3], bio line （作者分别系…） and a 参考文献 block; label 学习札记 over a short piece with byline line 文／X; footer with 责任编辑, 美编 and e-mail")
    pg.furniture(["云岫日报",
                  cn_date(2035, 4, 9) + "　第11版",
                  "理　论"], "page header")
    pg.blank()
    series = "县域高质量发展系列谈"
    pg.furniture([series], "series label")
    pg.furniture(["【编者按】"] + wrap("县域是推动经济社会发展的基本单元，是城乡融合发展的重要切入点。为深入研究新形势下县域高质量发展的实现路径，本版今起推出“县域高质量发展系列谈”，邀请省内专家学者从产业、人口、金融、治理等角度展开探讨，敬请关注。", 34, "  "),
                 "编者按 over the series (not an article)")
    pg.blank()
    a = Article(
        "a", "以产业集群化发展壮大县域经济", kind="commentary", section=series,
        subtitle="——县域高质量发展系列谈之一",
        byline="◎ 许照临", authors=["许照临"],
        notes="**new:** first theory article of a series: the series label printed above the 编者按 is the section; "
              "the 编者按 (editor's note on the whole series) is not part of the article. ——副题 …之一 is the subtitle. "
              "Byline line ◎ X. The crossheads 一、二、三、 are body. The pull-quote box printed between two paragraphs "
              "repeats a sentence of the text and is not body. **new:** the bio line （作者系…） after the body and "
              "the 注释 block (①②) after it are not body. Signed theory article: commentary.",
        paras=[
            "县域经济是国民经济的基本单元。近年来，我省县域经济总量稳步扩大，2034年全省县域地区生产总值占全省比重达到58.3%①，但也存在产业层次偏低、同质竞争明显、要素集聚能力不强等问题。推动县域经济高质量发展，必须抓住产业这个“牛鼻子”，走集群化发展之路。",
            Cross("一、县域产业发展正由“点状布局”向“集群成链”跃升"),
            "从发展阶段看，我省多数县域已经走过了“招商引资铺摊子”的阶段，单个项目、单个企业对县域经济的拉动作用逐步减弱。与此同时，产业链上下游企业在空间上加速集聚，一批特色产业集群初步成形。以青溪县为例，当地围绕竹木加工培育了从原料采伐、板材生产到家具制造、电商销售的完整链条，规模以上企业达到146家，集群年产值突破300亿元。",
            "集群化发展的意义，不仅在于规模扩大，更在于分工深化。企业在集群中共享供应链、技术和人才，交易成本和创新成本显著降低，中小企业也能依托“链主”企业获得订单和技术溢出。可以说，产业集群是县域在有限资源条件下提升竞争力的现实选择。",
            Cross("二、找准集群化发展面临的主要短板"),
            "一是“链主”企业带动力不强。不少县域产业集群中，企业数量多而龙头少，缺乏能够整合上下游资源、制定行业标准的骨干企业。二是创新支撑不足。县域普遍缺少高水平研发机构，企业研发投入强度偏低，2034年全省县域规模以上工业企业研发经费投入强度仅为1.1%②，低于全省平均水平。三是要素保障有待加强。部分县域用地指标紧张，专业技术人才引不来、留不住，金融服务与产业需求匹配度不高。",
            "这些短板相互交织，制约了集群从“物理集聚”向“化学融合”转变。如果只满足于企业在园区里“扎堆”，而不能形成紧密的产业协作和创新网络，集群化发展就可能流于形式。",
            Cross("三、多措并举推动县域产业集群提质升级"),
            "首先，要精准选择主导产业。每个县域应立足资源禀赋和产业基础，集中力量培育一到两个主导产业，避免“撒胡椒面”式的产业布局，防止县与县之间低水平重复建设。其次，要培育壮大“链主”企业。通过兼并重组、技术改造、引进战略投资者等方式，支持骨干企业做大做强，发挥其在产业链中的组织和引领作用。",
            "再次，要搭建公共服务平台。围绕集群共性技术需求，建设检验检测、工业设计、中试验证等公共服务平台，推动省内高校、科研院所在重点县域设立产业研究院。最后，要创新要素保障机制。探索“标准地”出让、工业用地弹性年期供应，完善县域人才引进和住房保障政策，引导金融机构围绕集群开发供应链金融产品，让要素跟着产业走、围着集群转。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a, end=6)
    pg.furniture(["      " + ln for ln in wrap("只满足于企业在园区里“扎堆”，而不能形成紧密的产业协作和创新网络，集群化发展就可能流于形式。", 18)],
                 "pull-quote box between two paragraphs (not body)")
    pg.body(a, start=6)
    pg.line(a, "（作者系云岫省社会科学院经济研究所所长、研究员）", "bio")
    pg.furniture(["注释："] + wrap("①云岫省统计局：《2034年云岫省国民经济和社会发展统计公报》，2035年3月。", 34)
                 + wrap("②云岫省科学技术厅：《2034年云岫省科技经费投入统计公报》，2035年2月。", 34),
                 "注释 block of the article (not body)")
    pg.blank()
    b = Article(
        "b", "推动数字技术与实体经济深度融合", kind="commentary", section="学术视点",
        byline="宋今禾　蓝以宁", authors=["宋今禾", "蓝以宁"],
        notes="Essay under the label 学术视点 (section) by two authors: byline line NAME　NAME, both are authors. The "
              "crossheads （一）（二）（三） are body; the reference marks [1]–[3] stay in the text. **new:** the bio line "
              "（作者分别系…） and the 参考文献 block after the body are not body. Commentary.",
        paras=[
            "数字技术与实体经济深度融合，是把握新一轮科技革命和产业变革机遇的战略选择。当前，我省制造业数字化转型已从“单点应用”进入“系统推进”阶段，但中小企业“不想转、不敢转、不会转”的问题依然突出，需要从技术供给、应用场景和制度环境等方面综合施策。",
            Cross("（一）以应用场景牵引技术供给"),
            "数字技术的价值在应用中实现。应鼓励龙头企业开放生产、物流、质检等环节的应用场景，吸引软件服务商和科研团队“揭榜挂帅”，形成“场景出题、企业答题”的技术攻关机制[1]。对于中小企业，则应推广轻量化、模块化、低成本的数字化解决方案，降低转型门槛。",
            Cross("（二）以数据要素畅通产业链条"),
            "数据是数字经济的关键生产要素。要加快建设行业级工业互联网平台，推动产业链上下游企业在订单、库存、产能等方面实现数据共享，提高产业链协同效率。同时，要完善数据确权、流通和收益分配规则，在保障安全的前提下促进数据有序流动[2]。",
            Cross("（三）以制度创新优化转型环境"),
            "数字化转型投入大、周期长，仅靠企业自身力量难以完成。政府应统筹用好技术改造专项资金，探索“数字化转型服务券”等普惠性支持方式；金融机构可开发基于设备数据、订单数据的信用贷款产品；高校和职业院校则应加快培养既懂制造又懂数字技术的复合型人才[3]。",
            "总之，推动数字技术与实体经济深度融合是一项系统工程，需要政府、企业、平台和科研机构协同发力，久久为功，方能将数字技术的创新优势转化为实体经济的发展胜势。",
        ])
    pg.furniture(["学术视点"], "column label 学术视点")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.line(b, "（作者分别系云岫大学经济学院教授、博士研究生）", "bio")
    pg.furniture(["参考文献："]
                 + wrap("[1]林望舒.场景驱动的产业技术创新机制研究[J].创新与管理,2034(6):12-21.", 34)
                 + wrap("[2]郑秋白,韩照夜.数据要素市场化配置的制度逻辑[J].经济学探微,2033(11):45-58.", 34)
                 + wrap("[3]俞北辰.制造业数字化转型中的人才供给问题[J].职业技术教育前沿,2034(3):33-40.", 34),
                 "参考文献 block of the essay (not body)")
    pg.blank()
    c = Article(
        "c", "在“实”字上下功夫", kind="commentary", section="学习札记",
        byline="文／庄一鸣", authors=["庄一鸣"],
        notes="Short piece under the label 学习札记 (section), byline line 文／X. Commentary.",
        paras=[
            "理论学习贵在联系实际。学习不能停留在读了多少书、记了多少笔记上，而要看是否真正用来分析和解决实际问题。一些同志学习时热热闹闹，工作中却依然“老办法不管用、新办法不会用”，根子就在于学用脱节。",
            "在“实”字上下功夫，就要带着问题学、针对问题改。要把理论学习同调查研究结合起来，多到基层一线去看一看、问一问，在解决群众急难愁盼问题中检验学习成效，真正做到学以致用、知行合一。",
        ])
    pg.furniture(["学习札记"], "column label 学习札记")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：晏书白　　美编：侯一禾", "来稿邮箱：lilun@yxrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kn03() -> Page:
    """City party daily 评论 page indented with ONE U+3000 and NO blank line anywhere: 评论员文章 of a series
    (——一论…, ■本报评论员 under it); label 评论员观察 over a piece by a named 本报特约评论员; label 泓州快评 over
    two pieces signed （X） at the end; label 街谈巷议 over a piece with 文／X."""
    pg = Page("kn03.txt", cols=22, indent=FW, blanks="never", seed=4403,
              style="city party daily 评论 page indented with ONE U+3000 and NO blank line anywhere: header on three lines (paper; date with weekday; A4　评论); 评论员文章 of a series: headline, ——副题 一论…, byline line ■本报评论员 (no name); label 评论员观察 over a piece whose byline line names the writer (本报特约评论员　X); label 泓州快评 over two short pieces signed （X） run in at the end; label 街谈巷议 over a piece with byline line 文／X; footer with editor, 版式 and proof-reader")
    pg.furniture(["泓州日报",
                  cn_date(2035, 5, 20),
                  "A4　评论"], "page header")
    a = Article(
        "a", "让营商环境成为泓州最亮名片", kind="commentary",
        subtitle="——一论持续优化营商环境", byline="■本报评论员",
        notes="评论员文章, first of a series: ——副题 一论… is the subtitle; byline line ■本报评论员 under it (the ■ is "
              "a mark; no person named: no authors). Commentary.",
        paras=[
            "营商环境就是生产力、竞争力。近日召开的全市优化营商环境大会提出，要以企业获得感为评判标准，打造市场化法治化国际化一流营商环境。这既是对过去几年工作的总结，更是对新一轮改革的动员。",
            "近年来，我市营商环境持续改善，企业开办实现“一日办结”，工程建设项目审批时限压缩至60个工作日以内，“泓企通”平台累计为企业兑现政策资金18.7亿元。去年全市新登记经营主体11.2万户，同比增长14.6%，民营经济增加值占地区生产总值的比重提高到61.3%。",
            "成绩来之不易，短板也要正视。在近期开展的企业满意度调查中，部分企业反映，一些部门政策“最后一公里”落实不到位，涉企检查仍有重复多头现象，个别工作人员服务意识不强，“门好进、脸好看、事难办”的问题仍未彻底解决。",
            "优化营商环境没有完成时。要把企业的“急难愁盼”作为改革的突破口，推动更多涉企事项“免申即享”“直达快享”；要规范涉企行政检查，推行“综合查一次”，让企业少跑腿、少打扰；要健全政企沟通机制，让企业家的意见建议有人听、有人办、有回音。",
            "一流的营商环境，是最好的招商名片。全市上下要以更大的决心和力度，把优化营商环境作为“一把手工程”抓紧抓实，让泓州成为企业家投资兴业的首选之地。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "“首问负责”不能止于挂牌", kind="commentary", section="评论员观察",
        byline="本报特约评论员　程北辰", authors=["程北辰"],
        notes="Piece under the label 评论员观察 (section). **new:** byline line 本报特约评论员　X names the "
              "commentator: the named writer is the author (an unnamed 本报评论员 is not). Commentary.",
        paras=[
            "走进不少政务服务大厅，“首问负责制”的牌子挂得醒目。按照规定，群众来办事，第一个被询问的工作人员要负责解答或引导，不得推诿。但在实际中，“这事不归我管”“你去别的窗口问问”的情况仍不少见。",
            "首问负责，贵在负责。有的单位把制度挂在墙上、写在文件里，却没有配套的考核和追责办法，首问者答不上、转不走、跟不住，制度就成了摆设。还有的事项涉及多个部门，群众在部门之间来回奔波，每个窗口都说自己“按规定办事”，结果事情迟迟办不成。",
            "让首问负责制落地，需要把“问到谁、谁负责”变成可追溯、可评价的工作流程。可以探索首问登记、限时办结、群众评价的闭环管理，把群众的“一次问”变成部门的“一路跟”。只有把责任压实到每一个窗口、每一名工作人员，制度才能真正发挥作用。",
        ])
    pg.furniture(["评论员观察"], "column label 评论员观察")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["泓州快评"], "column label 泓州快评")
    items = [
        Article("c1", "老旧小区改造要多听居民意见", byline="（梁晚照）", authors=["梁晚照"], tail="（梁晚照）", paras=[
            "今年我市计划改造老旧小区126个，涉及居民4.3万户。改造好不好，居民最有发言权。前期有的小区改造方案征求意见走过场，结果新建的停车位不实用、加装的健身器材没人用，居民意见不小。改造前多问一问、改造中多看一看、改造后多评一评，才能把好事办到群众心坎上。"]),
        Article("c2", "夜经济要“亮”起来更要“管”起来", byline="（苏眠）", authors=["苏眠"], tail="（苏眠）", paras=[
            "入夏以来，我市多个夜市人气火爆。夜经济带来了烟火气，也带来了噪声扰民、占道经营、垃圾清运不及时等问题。",
            "相关部门要在规划引导、错时管理、环境卫生上多下功夫，让夜经济既繁荣又有序。"]),
    ]
    for art in items:
        art.section = "泓州快评"
        art.kind = "commentary"
        art.notes = ("Short piece under the label 泓州快评 (section), signed （X） run in at the end: the byline, "
                     "excluded from last. Commentary.")
        pg.headline(art)
        pg.body(art)
    d = Article(
        "d", "从“等客上门”到“送策上门”", kind="commentary", section="街谈巷议",
        byline="文／顾南星", authors=["顾南星"],
        notes="Piece under the label 街谈巷议 (section), byline line 文／X. Commentary.",
        paras=[
            "近日，我市税务、人社、市场监管等部门组成联合服务队，走进12个产业园区，面对面为企业讲解减税降费、稳岗补贴、融资支持等政策，现场解决问题87个。这种“送策上门”的做法，受到企业普遍欢迎。",
            "政策再好，企业不知道、不会用，也难以发挥作用。从“等客上门”到“送策上门”，变的是工作方式，体现的是服务理念。期待这样的做法多一些、常态化一些，让惠企政策更快更准地落到企业身上。",
        ])
    pg.furniture(["街谈巷议"], "column label 街谈巷议")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["责任编辑：邹清远　版式：甘一苇　校对：时雨"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kn04() -> Page:
    """Policy magazine (半月刊) page: running header; label 卷首语 over an editorial signed 本刊评论员 right-aligned
    AFTER the body; label 特稿 over a research report (——副题, byline 文｜X　Y, crossheads 一、二、三、, a 参考文献
    block, a 作者简介 line at the foot); page number footer."""
    pg = Page("kn04.txt", cols=40, indent=FW * 2, blanks="para", seed=4404,
              style="policy magazine (半月刊) page: running header on two lines (magazine name + pinyin name; issue 2035年第8期 + 半月刊); label 卷首语 over an editorial whose signature 本刊评论员 is printed right-aligned AFTER the body; label 特稿 over a research report: headline with a colon, ——副题 基于…的调研, byline line 文｜X　Y, crossheads 一、二、三、, a 参考文献 block and a 作者简介 line after the body; footer with 责任编辑 and the page number — 4 —")
    pg.furniture(["治理与发展　ZHILI YU FAZHAN",
                  "2035年第8期　半月刊"], "running header of the magazine")
    pg.blank()
    a = Article(
        "a", "把调查研究作为基本功", kind="commentary", section="卷首语",
        byline="本刊评论员",
        notes="**new:** 卷首语 (the magazine's opening editorial) under its label (section); the signature 本刊评论员 "
              "printed right-aligned on a line AFTER the body is the byline (written without its leading U+3000s); "
              "no person named: no authors. Commentary.",
        paras=[
            "调查研究是谋事之基、成事之道。没有调查，就没有发言权，更没有决策权。面对发展环境的深刻变化和改革任务的艰巨繁重，各级领导干部只有深入一线、摸清实情，才能把政策制定得更符合实际、把工作推进得更有成效。",
            "当前，一些地方的调查研究还存在“走过场”的现象：调研路线提前设计，看的是“盆景”、听的是“汇报”；调研报告写得洋洋洒洒，真正解决的问题却不多。这种形式主义的调研，不仅浪费时间精力，还可能误导决策。",
            "把调查研究作为基本功，要在“深、实、细、准”上下功夫。要多到困难多、矛盾集中、群众意见大的地方去，听真话、察实情；要注重解剖麻雀，把个别问题放到全局中去分析，找准症结所在；更要把调研成果转化为解决问题的实际举措，做到调研一项、推动一片。本期特稿聚焦县级财政运行，正是基于一线调研的思考，希望能为读者提供有益的参考。",
        ])
    pg.furniture(["卷首语"], "column label 卷首语")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, FW * 35 + a.byline, "byline")
    pg.blank()
    b = Article(
        "b", "县级财政运行：压力、成因与应对", section="特稿",
        subtitle="——基于云岫、岚湾两省12个县的调研",
        byline="文｜姚千帆　柯以宁", authors=["姚千帆", "柯以宁"],
        notes="Research report under the label 特稿 (section): headline with a colon (kept), ——副题 is the subtitle, "
              "byline line 文｜X　Y (both authors). Crossheads 一、二、三、 are body. The 参考文献 block and the "
              "作者简介 line after the body are not body. Kind article (a report of field research, not an opinion "
              "piece).",
        paras=[
            "县级财政是国家财政的基础，承担着保基本民生、保工资、保运转的重要职责。2034年下半年，课题组赴云岫、岚湾两省12个县开展专题调研，通过座谈、问卷和财政数据分析，了解县级财政运行的基本情况。调研发现，县级财政总体保持平稳运行，但收支矛盾有所加剧，部分县区面临较大压力。",
            Cross("一、县级财政运行面临的主要压力"),
            "一是收入增长乏力。受房地产市场调整影响，样本县土地出让收入较2031年高峰时期平均下降43.6%，与土地和房地产相关的税收收入同步减少。一般公共预算收入中，非税收入占比偏高，收入质量有待提升。",
            "二是刚性支出持续增加。教育、社保、医疗卫生等民生支出占样本县一般公共预算支出的比重达到71.2%，且每年保持5%以上的增长，可用于发展的财力相对有限。",
            "三是债务还本付息压力加大。样本县政府债务还本付息支出占一般公共预算收入的比重平均为18.4%，个别县超过30%，对财政正常运转形成挤压。",
            Cross("二、压力形成的深层原因"),
            "从直接原因看，土地财政模式难以为继，是县级财政收入下滑的主要因素。从深层次看，一方面，县域经济产业支撑不足，税源结构单一，对少数骨干企业依赖度较高；另一方面，省以下财政体制还不够完善，县级事权和支出责任较多，财力与事权不够匹配。此外，部分县在前期项目建设中超出财力举债，也为当前的运行压力埋下了隐患。",
            Cross("三、对策建议"),
            "第一，做大做实县域税源。立足县域比较优势培育特色产业，推动财政收入从依赖土地向依靠产业转变。第二，完善省以下财政体制。合理划分省、市、县财政事权和支出责任，加大对财力薄弱县的转移支付力度，建立县级“三保”支出保障的动态监测机制。",
            "第三，稳妥化解存量债务。通过展期、置换等方式优化债务结构，严格控制新增债务，把有限的财力用于保基本民生和必要的项目建设。第四，提高财政资金使用效益。全面实施预算绩效管理，压减一般性支出，盘活存量资金和闲置资产。",
        ])
    pg.furniture(["特稿"], "column label 特稿")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["参考文献"]
                 + wrap("[1]晏秋原.省以下财政体制改革的理论与实践[M].岫阳:云岫人民出版社,2033.", 40)
                 + wrap("[2]蒋时雨,方若寒.土地出让收入波动对县级财政的影响[J].财政研究探索,2034(8):27-39.", 40),
                 "参考文献 block of the report (not body)")
    pg.gap()
    for ln in wrap("作者简介：姚千帆，治理与发展研究院研究员；柯以宁，云岫大学公共管理学院副教授。", 40):
        pg.line(b, ln, "bio")
    pg.blank()
    pg.furniture(["责任编辑：汤若水", FW * 18 + "— 4 —"], "footer with editor and page number")
    return pg


PAGES = [kn01, kn02, kn03, kn04]
