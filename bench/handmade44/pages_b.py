"""Pages kn05-kn08 of handmade44 (development set; all papers, journals, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap


# ---------------------------------------------------------------------------
def kn05() -> Page:
    """Financial daily 观点 page, NO indent: label 理论前沿 over a digest of four abstracts, each headline + text +
    a source line naming the journal and the authors (two bracketed forms and one ——摘自 form, wrapped); a
    观点集萃 box of three quotes; label 首席观察 over a signed essay (■ X) with a bio line （作者为…） after it."""
    pg = Page("kn05.txt", cols=30, indent="", blanks="some", seed=4405, p_para=0.4, p_gap=0.85,
              style="financial daily 观点 page, NO indent: header on three lines (版名 观点; paper + date with weekday; 第8版 + 责任编辑); label 理论前沿 over a digest of four abstracts, each a headline, one or two paragraphs and a source line on lines of its own after the text: （摘编自《journal》issue，原题为《…》，作者：X　Y） wrapped over two lines, （摘编自《journal》issue，作者：X）, ——摘自《journal》issue　作者：X　Y; a 观点集萃 box of three ●-marked quotes each with ——name post; label 首席观察 over a signed essay with byline line ■ X and the bio line （作者为…首席研究员） after the body; footer with proof-reader and designer")
    pg.furniture(["观点",
                  "汇通金融时报　" + cn_date(2035, 6, 12),
                  "第8版　责任编辑：彭一帆"], "page header")
    pg.blank()
    pg.furniture(["理论前沿"], "column label 理论前沿 (digest)")
    pg.blank()
    digest = [
        Article("a1", "数字普惠金融显著提升县域居民消费",
                byline="（摘编自《九州金融评论》2035年第3期，原题为《数字普惠金融与县域居民消费》，作者：蒲远舟　黎晚晴）", authors=["蒲远舟", "黎晚晴"],
                paras=[
                    "研究利用2018年至2033年全国1800余个县域的面板数据，考察数字普惠金融发展对县域居民消费的影响。结果表明，数字普惠金融指数每提高1个标准差，县域居民人均消费支出平均增长2.7%，其中对农村居民和低收入群体的促进作用更为明显。",
                    "作者认为，数字普惠金融主要通过缓解流动性约束、提升支付便利性两条渠道发挥作用，建议进一步完善县域数字金融基础设施，加强数字金融知识普及。",
                ]),
        Article("a2", "中小银行资本补充需多渠道并举",
                byline="（摘编自《银行业观察》2035年第5期，作者：宗望川）", authors=["宗望川"],
                paras=[
                    "文章分析了近年来中小银行资本充足水平的变化趋势，指出部分中小银行资本补充渠道单一，主要依靠利润留存，外源性资本补充能力不足。作者建议，拓宽永续债、二级资本债等工具的发行主体范围，支持符合条件的中小银行引入战略投资者，同时推动中小银行回归本源、做精主业，提高内源性资本积累能力。",
                ]),
        Article("a3", "绿色信贷对企业技术创新的影响存在门槛效应",
                byline="——摘自《绿色金融研究》2035年第2期　作者：戚之远　温小禾", authors=["戚之远", "温小禾"],
                paras=[
                    "基于上市公司数据的实证研究发现，绿色信贷政策对企业绿色技术创新的促进作用存在明显的门槛效应：当企业规模和研发基础达到一定水平后，绿色信贷的创新激励作用显著增强，而对规模较小、研发基础薄弱的企业作用有限。",
                    "研究建议，绿色金融政策应注重差异化设计，对中小企业配套技术服务和风险补偿措施，避免“一刀切”。",
                ]),
        Article("a4", "跨境人民币结算便利化的新进展与挑战",
                byline="（摘编自《国际金融前沿》2035年第4期，作者：阎书成）", authors=["阎书成"],
                paras=[
                    "文章梳理了近年来跨境人民币结算便利化政策的演进，认为优质企业跨境人民币结算便利化试点有效降低了企业汇率风险和结算成本。但也存在部分中小外贸企业对政策知晓度不高、境外主体人民币使用意愿不稳定等问题。作者建议加强政策宣传，完善人民币跨境支付系统的服务网络，丰富人民币计价的金融产品。",
                ]),
    ]
    for art in digest:
        art.section = "理论前沿"
        art.notes = ("**new:** abstract of a journal article in the 理论前沿 digest (section): headline, text, and a "
                     "source line printed on its own line(s) after the text naming the journal and the authors. The "
                     "source line is not body; it is the byline as printed, and the authors of the digested article "
                     "are the authors. Kind article (a digest of research, not the paper's own opinion).")
        pg.headline(art)
        pg.body(art)
        for ln in wrap(art.byline, 30):
            pg.line(art, ln, "byline")
        pg.gap()
    pg.blank()
    pg.furniture(["观点集萃"]
                 + wrap("●货币政策要更加注重跨周期和逆周期调节，保持流动性合理充裕，推动社会综合融资成本稳中有降。", 30)
                 + [FW * 6 + "——九州金融研究院院长　闻昭"]
                 + wrap("●防范化解中小金融机构风险，既要“治已病”，也要“防未病”，关键在于完善公司治理。", 30)
                 + [FW * 6 + "——岚湾大学金融学院教授　乔慕白"]
                 + wrap("●养老金融是金融“五篇大文章”之一，银行保险机构要开发更多长期限、低波动的产品。", 30)
                 + [FW * 6 + "——汇通保险研究所所长　庞知年"],
                 "观点集萃 box of quotes (not an article)")
    pg.blank()
    b = Article(
        "b", "银行净息差收窄倒逼经营转型", kind="commentary", section="首席观察",
        byline="■ 谷望舒", authors=["谷望舒"],
        notes="Signed essay under the label 首席观察 (section), byline line ■ X (the ■ is a mark). The bio line "
              "（作者为…首席研究员） after the body is not body. Commentary.",
        paras=[
            "今年一季度，商业银行净息差降至1.52%，再创历史新低。贷款市场报价利率持续下行、存量房贷利率调整、存款定期化趋势延续，多重因素叠加，银行“以量补价”的空间越来越小。",
            "净息差收窄是利率市场化深化和实体经济融资成本下降的必然结果，短期内难以逆转。对银行而言，与其期待息差回升，不如主动调整经营模式。一方面，要优化资产负债结构，控制高成本负债，提高资金使用效率；另一方面，要加快发展财富管理、投资银行、交易银行等轻资本业务，提高非利息收入占比。",
            "不同类型银行的转型路径应有所区别。大型银行可以发挥综合化经营优势，做强综合金融服务；中小银行则应立足本地，深耕小微企业和县域市场，以特色化、差异化服务赢得客户，避免在同质化竞争中打“价格战”。",
            "还要看到，息差收窄对银行的风险定价能力提出了更高要求。银行要加大金融科技投入，提升客户画像和风险识别能力，在控制风险的前提下实现收益与风险的合理匹配。",
        ])
    pg.furniture(["首席观察"], "column label 首席观察")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.line(b, "（作者为汇通银行研究院首席研究员）", "bio")
    pg.blank()
    pg.furniture(["本版校对：计晴　　美编：骆一舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kn06() -> Page:
    """City party daily 民生·来信 page: label 读者来信 over a letter (salutation 编辑同志： on a line of its own,
    the reader's signature right-aligned after it); label 记者追踪 over the reporter's follow-up; a second letter
    signed run in at the end; label 部门回复 over an untitled reply signed by a company; label 来信摘登 over two
    short letters signed （读者　X）; footer with the letters address, e-mail, editor and designer."""
    pg = Page("kn06.txt", cols=24, indent=FW * 2, blanks="para", seed=4406,
              style="city party daily 民生·来信 page: header on three lines (A7; 版名 民生·来信; paper + date with weekday); label 读者来信 over a letter: headline, the salutation 编辑同志： on a line of its own, three paragraphs, the reader's signature (district　读者　NAME) right-aligned on a line after it; label 记者追踪 over the reporter's follow-up (byline line 本报记者 X); a second letter under the label 读者来信 again, signed （泓州读者　X） run in at the end; label 部门回复 over a reply printed WITHOUT a headline and signed by a company right-aligned; label 来信摘登 over two short letters each signed （读者　X） at the end; footer with the letters address, e-mail, editor and designer")
    pg.furniture(["A7",
                  "民生·来信",
                  "泓州日报　" + cn_date(2035, 5, 27)], "page header")
    pg.blank()
    pg.furniture(["读者来信"], "column label 读者来信")
    a = Article(
        "a", "小区加装电梯为何卡在“最后一票”", kind="commentary", section="读者来信",
        byline="临澜区　读者　温可心", authors=["温可心"],
        notes="**new:** reader's letter under the label 读者来信 (section): the salutation 编辑同志： on a line of its "
              "own is the start of the body (first starts with it); the reader's signature right-aligned after the "
              "body is the byline and the reader is the author. Kind commentary (a letter to the editor).",
        paras=[
            Raw(["编辑同志："]),
            "我住在临澜区桂香里小区7号楼，这栋楼建于1998年，共7层，住户多数是老年人。近两年，楼里几位八十多岁的老人因为上下楼困难，几乎不出门。去年，大家商量着申请加装电梯，楼里14户中有13户签字同意，费用分摊方案也谈好了。",
            "没想到，一楼的一户居民坚决反对，理由是电梯会影响采光、带来噪声。按照规定，加装电梯需要本单元业主协商达成一致，这一票卡住了，整个项目就停了下来。社区也上门协调过几次，但一直没有结果。",
            "像我们这样的情况在老旧小区里不少见。希望有关部门能出台更具体的协调办法，既照顾低层住户的合理诉求，也让高层的老人早日坐上电梯。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, FW * 14 + a.byline, "byline")
    pg.blank()
    b = Article(
        "b", "多方协商破解加装电梯“一票难题”", section="记者追踪",
        byline="本报记者　童一舟", authors=["童一舟"],
        notes="Reporter's follow-up to the letter under the label 记者追踪 (section), byline line 本报记者 X: a "
              "separate article (own headline, own writer). The reader and the official quoted are not authors.",
        paras=[
            "接到温可心的来信后，记者来到桂香里小区7号楼。一楼住户王先生告诉记者，他家房屋本就采光不足，担心电梯井道建在窗前后，白天也要开灯，“不是不讲理，而是顾虑没人帮着解决”。",
            "临澜区住房和城乡建设局相关负责人介绍，全区已完成老旧住宅加装电梯286部，因低层住户反对而搁置的项目有40余个。为破解这一难题，区里正在推行“协商议事会”机制，由社区牵头，邀请设计单位、律师和人大代表参与，针对低层住户的采光、通风、噪声等顾虑逐一提出解决方案，并探索对低层住户给予适当补偿。",
            "记者离开时，社区工作人员表示，已邀请设计单位重新调整7号楼电梯井道位置，将采用通透式玻璃井道，减少对一楼采光的影响，下周将再次组织双方协商。本报将继续关注。",
        ])
    pg.furniture(["记者追踪"], "column label 记者追踪")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "公交站台遮阳棚能否加长一些", kind="commentary", section="读者来信",
        byline="（泓州读者　蔡明川）", authors=["蔡明川"], tail="（泓州读者　蔡明川）",
        notes="Second reader's letter under the label 读者来信 (section, printed again above it), signed "
              "（泓州读者　X） run in at the end: the byline, excluded from last; the reader is the author. Commentary.",
        paras=[
            "入夏以来，泓州气温持续走高。我每天在人民路公交站乘车上班，发现站台遮阳棚只有五六米长，早高峰候车的乘客有三四十人，大部分人只能站在太阳底下等车，一些老人和孩子被晒得满头大汗。",
            "建议有关部门对客流量大的公交站台进行排查，适当加长遮阳棚，或者在站台周边种植行道树，让市民候车时少受些日晒之苦。",
        ])
    pg.furniture(["读者来信"], "column label 读者来信 (second letter)")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    d = Article(
        "d", None, section="部门回复",
        byline="泓州市公共交通集团有限公司",
        notes="**new:** reply to the second letter under the label 部门回复 (section), printed WITHOUT a headline "
              "(title null); signed by a company right-aligned after the body (the byline; no person: no authors). "
              "A separate text from the letter it answers.",
        paras=[
            "读者反映的问题收悉。经核查，人民路公交站日均候车人数约2100人次，现有候车亭长度确实不能满足高峰时段需求。我公司已将该站列入今年候车亭改造计划，预计7月底前完成遮阳棚加长改造。",
            "同时，我们正在对全市客流量较大的86个站台进行排查，将分批实施改造。感谢读者对公共交通工作的关心和支持。",
        ])
    pg.furniture(["部门回复"], "column label 部门回复")
    pg.body(d)
    pg.line(d, FW * 11 + d.byline, "byline")
    pg.blank()
    pg.furniture(["来信摘登"], "column label 来信摘登")
    pg.blank()
    items = [
        Article("e1", "社区食堂值得推广", byline="（读者　欧阳晨）", authors=["欧阳晨"], tail="（读者　欧阳晨）", paras=[
            "我家附近的社区食堂开业半年，一荤两素只要12元，老人还能享受八折优惠，饭菜干净、口味清淡，很受附近居民欢迎。希望这样的社区食堂能在更多小区开起来。"]),
        Article("e2", "建议规范共享单车停放", byline="（读者　邝书言）", authors=["邝书言"], tail="（读者　邝书言）", paras=[
            "近来，我发现地铁站口的共享单车越停越多，经常堵住盲道和出入口，行人只能绕着走。希望管理部门和运营企业加强调度，划定停放区域，及时清理乱停乱放的车辆。"]),
    ]
    for art in items:
        art.section = "来信摘登"
        art.kind = "commentary"
        art.notes = ("Short letter under the label 来信摘登 (section), signed （读者　X） run in at the end: the byline, "
                     "excluded from last; the reader is the author. Commentary (letter).")
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.blank()
    pg.furniture(wrap("来信请寄：泓州市江滨路58号泓州日报社民生新闻部", 24)
                 + ["电子信箱：laixin@hzrb.cn",
                    "责任编辑：麦小禾　　美编：江一舟"], "footer with the letters address, e-mail, editor, designer")
    return pg


# ---------------------------------------------------------------------------
def kn07() -> Page:
    """Business paper 快评 strip of a 10-character column indented with ONE U+3000: label 一周快评 over three
    pieces signed （X） at the end, one headline letter-spaced across the column in two halves, one headline
    printed AFTER its body; label 财经观察 over a piece with byline line 文／X wider than the column."""
    pg = Page("kn07.txt", cols=10, indent=FW, blanks="some", seed=4407, p_para=0.5, p_gap=0.8,
              style="business paper 快评 strip of a 10-character column indented with ONE U+3000, blank lines sometimes: header on three lines wider than the column; label 一周快评 over three short pieces signed （X） run in at the end: the first headline letter-spaced across the column in two halves (the first with single spaces, the second with U+3000), the second headline printed AFTER its body (on two lines), the third on two lines; label 财经观察 over a piece with its headline on two lines and byline line 文／X; footer on two lines")
    pg.furniture(["衡石财经报",
                  cn_date(2035, 7, 3),
                  "3　财经快评"], "page header")
    pg.blank()
    pg.furniture(["一周快评"], "column label 一周快评")
    pg.blank()
    a = Article(
        "a", "预制菜标准要尽快立起来", byline="（龚立夏）", authors=["龚立夏"], tail="（龚立夏）",
        notes="Piece under the label 一周快评 (section): headline letter-spaced across the 10-character column in "
              "two halves (预 制 菜 标 准 要 / 尽　快　立　起　来), joined unspaced; signed （X） run in at the end, "
              "excluded from last. Commentary.",
        paras=[
            "近日，多家餐饮企业被曝使用预制菜却未向消费者说明，引发热议。预制菜产业发展迅速，去年市场规模已超过6000亿元，但行业标准、标识规范仍不健全，消费者的知情权难以保障。",
            "尽快出台统一的国家标准，明确预制菜的定义、生产规范和标识要求，既是保护消费者权益，也是推动产业健康发展的必然要求。",
        ])
    b = Article(
        "b", "理财销售须讲清风险", head=["理财销售", "须讲清风险"], byline="（严若溪）", authors=["严若溪"],
        tail="（严若溪）",
        notes="Piece under the label 一周快评 (section) whose headline (on two lines, joined) is printed AFTER its "
              "body, right before the next piece's headline; signed （X） run in at the end of the body, excluded "
              "from last. Commentary.",
        paras=[
            "近期，一些银行理财经理在推销理财产品时，用“稳赚不赔”“收益有保障”等话术误导投资者。",
            "理财产品打破刚性兑付已有多年，净值波动是常态。金融机构必须把风险揭示放在销售的首位，监管部门也要加大对不当销售行为的查处力度，让投资者明明白白买理财。",
        ])
    c = Article(
        "c", "充电桩建设贵在好用", head=["充电桩建设", "贵在好用"], byline="（米朝阳）", authors=["米朝阳"],
        tail="（米朝阳）",
        notes="Piece under the label 一周快评 (section): headline on two lines, joined; signed （X） run in at the "
              "end, excluded from last. Commentary.",
        paras=[
            "截至今年5月底，全国充电基础设施总量超过1500万台。但在一些地方，公共充电桩“建而不用”“坏而不修”的现象仍然存在，而居民小区充电难问题却未得到有效解决。",
            "充电设施建设不能只追求数量，更要注重布局合理和运营维护，把桩建在需要的地方，让车主充电更方便。",
        ])
    for art in (a, b, c):
        art.section = "一周快评"
        art.kind = "commentary"
    pg.headline(a, spread_cols=10)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.body(b)
    pg.headline(b)
    pg.gap()
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    d = Article(
        "d", "县域商业要补齐物流短板", head=["县域商业要", "补齐物流短板"], kind="commentary", section="财经观察",
        byline="文／管一鸣", authors=["管一鸣"],
        notes="Piece under the label 财经观察 (section): headline on two lines, joined; byline line 文／X. "
              "Commentary.",
        paras=[
            "县域是扩大内需的重要空间。近年来，县域商业体系建设加快推进，电商进农村、快递进村等工作成效明显，但农村物流成本高、时效慢的问题依然突出。",
            "破解这一难题，要整合邮政、快递、供销、商贸等各类物流资源，推广“多站合一、一点多能”的村级服务站点模式，提高末端配送的集约化水平。",
            "同时，要支持县级物流配送中心建设，发展共同配送，降低单件配送成本，让农产品出村进城和工业品下乡进村都更加顺畅。",
        ])
    pg.furniture(["财经观察"], "column label 财经观察")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["编辑：韶一凡", "校对：林间"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kn08() -> Page:
    """Provincial daily 理论·实践 page in a 16-character column indented with two ASCII spaces: a theory essay
    (■ X, crossheads 一、二、三、) whose body is read in two pieces with a sidebar (label 学思践悟, headline,
    文／X) read in between (columns extracted in the wrong order); the essay's bio line after its second piece;
    label 新书推介 over an item signed （X）."""
    pg = Page("kn08.txt", cols=16, indent="  ", blanks="para", seed=4408,
              style="provincial daily 理论·实践 page in a 16-character column indented with two ASCII spaces, blank lines between paragraphs and blocks: header on three lines; theory essay with byline line ■ X and crossheads 一、二、三、 whose body is extracted in TWO pieces: after its first 20 lines the extraction reads the next column (label 学思践悟, the sidebar's headline, byline line 文／X and its whole body), then the rest of the essay and its bio line （作者系…教授）; label 新书推介 over an item signed （X） run in at the end; footer on two lines")
    pg.furniture(["岚湾日报",
                  cn_date(2035, 8, 14),
                  "7　理论·实践"], "page header")
    pg.blank()
    a = Article(
        "a", "以新型城镇化带动城乡融合发展", kind="commentary",
        byline="■ 邢照川", authors=["邢照川"],
        notes="Theory essay, byline line ■ X, crossheads 一、二、三、 in the body. Its body is printed in two pieces: the "
              "extraction reads the next column (the 学思践悟 sidebar, whole) between them. The bio line "
              "（作者系…教授） after the second piece is not body. Commentary.",
        paras=[
            "城镇化是现代化的必由之路。2034年末，我省常住人口城镇化率达到66.8%，但户籍人口城镇化率仅为49.2%，两者相差17.6个百分点，大量进城务工人员尚未真正融入城市。推进以人为本的新型城镇化，是促进城乡融合发展的关键一招。",
            Cross("一、推动农业转移人口市民化"),
            "要深化户籍制度改革，全面放宽除省会城市以外的城市落户限制，推行以经常居住地登记户口制度。更重要的是，要推动城镇基本公共服务向常住人口全覆盖，让进城务工人员在子女教育、住房保障、社会保险等方面享有与城镇居民同等的待遇。",
            Cross("二、发挥县城的联结作用"),
            "县城是连接城市与乡村的纽带。要加快补齐县城市政设施、公共服务和产业配套短板，增强县城综合承载能力，引导农业转移人口就近就地城镇化。同时，以县域为单元统筹规划城乡基础设施，推动供水、供气、污水处理等向乡村延伸。",
            Cross("三、畅通城乡要素双向流动"),
            "城乡融合发展，核心在于要素的双向自由流动。要在依法自愿有偿的前提下，探索进城落户农民农村权益的有偿退出机制，稳妥推进农村集体经营性建设用地入市；要鼓励城市人才、资本、技术下乡，完善乡村人才激励政策，让乡村留得住人、引得来人。",
        ])
    b = Article(
        "b", "读懂“小县城”里的大学问", kind="commentary", section="学思践悟",
        byline="文／沈若谷", authors=["沈若谷"],
        notes="Sidebar under the label 学思践悟 (section), byline line 文／X; read by the extraction in the middle of "
              "the essay above (between its two body pieces). Commentary.",
        paras=[
            "在梧桐县调研时，一位乡镇干部说：“过去年轻人都往大城市跑，现在不少人愿意回县城买房、就业了。”这句话道出了县城在城镇化中的新角色。",
            "县城房价相对较低、离家近、生活成本不高，对于很多农民工家庭来说，是进城的现实选择。但要让人留得住，关键还在于有就业、有学校、有医院。县城发展不能简单照搬大城市模式，要因地制宜发展特色产业，把公共服务做扎实。",
            "读懂县城，才能更好地理解城乡融合发展的时代命题。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    first, rest = pg.chunks(pg.render_body(a), [20])
    pg.emit(a, first)
    pg.gap()
    pg.furniture(["学思践悟"], "column label 学思践悟 (sidebar read between the essay's two pieces)")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.emit(a, rest)
    pg.line(a, "（作者系岚湾省委党校教授）", "bio")
    pg.blank()
    c = Article(
        "c", "《县域经济的韧性》出版", section="新书推介",
        byline="（辛禾）", authors=["辛禾"], tail="（辛禾）",
        notes="Item under the label 新书推介 (section), signed （X） run in at the end, excluded from last. Kind "
              "article (news of a publication).",
        paras=[
            "由岚湾省社会科学院组织编写的《县域经济的韧性》一书近日由岚湾人民出版社出版。全书共分八章，以省内30个县的发展实践为样本，分析了县域经济应对外部冲击的能力来源和提升路径，为推进县域高质量发展提供了参考。",
        ])
    pg.furniture(["新书推介"], "column label 新书推介")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版编辑：卢望之", "美编：文小舟"], "footer")
    return pg


PAGES = [kn05, kn06, kn07, kn08]
