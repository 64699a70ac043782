"""Pages ls09-ls12 of handmade75 (development set; all papers, courts, firms, names, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print body lines exactly as given (bulleted tips): written with Page.emit."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


# ---------------------------------------------------------------------------
def ls09() -> Page:
    """Commercial paper 以案说法 page: judge-written piece (——副题, byline 文／court　X, run-in 【法官说法】); reporter's
    piece with a 律师点评 crosshead and a （点评人：…） line after the body; label 普法小贴士 over a box WITH a
    headline and ● tips; court item with run-in 本报讯（通讯员 X）."""
    pg = Page("ls09.txt", cols=32, indent=FW * 2, blanks="arts", seed=7509,
              style="commercial paper 以案说法 page, blank lines only between articles and blocks: header on three lines (paper; date with weekday + 第12版; 版名 + editor); judge-written case piece (装修 预付款) with ——副题 and byline line 文／court　X, the analysis opening with run-in 【法官说法】 and citing 民法典第五百六十三条; reporter's piece (直播带货 fake watch) with byline line 本报记者 X, the line 律师点评 alone as a crosshead, and （点评人：X，firm律师） on a line after the body; label 普法小贴士 over a box WITH its own question headline and ● tips; court item with run-in 本报讯（通讯员 X）; footer with proof-reader and 维权 hotline")
    pg.furniture(["明湖商报",
                  cn_date(2036, 7, 9) + "　第12版",
                  "以案说法　　编辑：柳闻莺"], "page header")
    pg.blank()
    a = Article(
        "a", "装修公司收了预付款却迟迟不开工",
        subtitle="——法院判决解除合同并返还预付款",
        byline="文／明湖市东岸区人民法院　简知秋", authors=["简知秋"],
        notes="以案说法 piece written by a judge: ——副题 is the subtitle; byline line 文／court　X, the judge who writes "
              "is the author. **new:** 【法官说法】 run in at the start of a paragraph (not a line of its own) is body "
              "text. The parties (王某, 某装饰公司) are not authors.",
        paras=[
            "2035年10月，王某与某装饰公司签订家装合同，约定工程款18万元，王某当日支付预付款7万元，合同约定同年11月1日开工。此后装饰公司以“材料未到”“工人紧张”为由一再推迟，至2036年3月仍未进场施工。王某诉至法院，请求解除合同、返还预付款。",
            "法院审理认为，装饰公司迟延履行主要债务，经催告后在合理期限内仍未履行，王某有权解除合同。判决解除双方合同，装饰公司返还预付款7万元并支付资金占用损失。",
            "【法官说法】民法典第五百六十三条规定，当事人一方迟延履行主要债务，经催告后在合理期限内仍未履行的，另一方可以解除合同。消费者签订装修合同时，应明确开工日期和逾期责任，分期支付工程款，避免一次性预付大额款项。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "“直播带货”买到假名表，主播要担责吗",
        byline="本报记者　卫小禾", authors=["卫小禾"],
        notes="Reporter's case piece: byline line 本报记者 X. **new:** the line 律师点评 alone is a crosshead inside the "
              "body; the line （点评人：X，firm律师） after the body is not body, and the lawyer who comments (陶致远) is "
              "not an author. The consumer and the streamer (林女士, 某主播) are not authors.",
        paras=[
            "林女士在某主播的直播间以3.2万元购买一块“品牌名表”，收货后经鉴定为仿冒品。商家店铺已关闭，林女士将主播及直播平台诉至法院。法院查明，该主播与商家约定按销售额提成，且在直播中宣称“假一赔十”“本人亲自验货”。法院判决主播承担退一赔三的责任，共计12.8万元。",
            Cross("律师点评"),
            "主播以自己的名义作出质量承诺并参与分成的，不再是单纯的广告代言人，而应当承担经营者责任。消费者在直播间购物时，应注意保存直播录屏、订单截图和聊天记录，发生纠纷时可以向主播、平台和商家主张权利。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.line(b, "（点评人：陶致远，明湖衡远律师事务所律师）", "commenter")
    pg.blank()
    pg.furniture(["普法小贴士"], "column label 普法小贴士")
    c = Article(
        "c", "哪些商品不适用“七天无理由”退货？", section="普法小贴士",
        notes="普法小贴士 box WITH its own question headline: an article (as ls04 and ky04 of handmade55); the ● tips "
              "are the body; no writer printed: no byline, no authors.",
        paras=[Raw(["●消费者定作的商品；",
                    "●鲜活易腐的商品；",
                    "●在线下载或者消费者拆封的音像制品、计算机软件等数字化商品；",
                    "●交付的报纸、期刊。"])])
    pg.headline(c)
    verse(pg, c, c.paras[0].lines)
    pg.blank()
    d = Article(
        "d", "东岸法院设立消费纠纷速裁团队",
        byline="本报讯（通讯员　戚远）", authors=["戚远"], lead="本报讯（通讯员　戚远）",
        notes="Court item with run-in 本报讯（通讯员 X） excluded from first.",
        paras=[
            "7月8日，明湖市东岸区人民法院消费纠纷速裁团队成立。团队由3名法官和6名调解员组成，标的额5万元以下的消费纠纷原则上30日内审结，今年上半年该院共受理消费纠纷案件1260件，同比增长23%。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["校对：汤半夏　　消费维权热线：0×××-8715××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ls10() -> Page:
    """Economic paper 合规指南 page, NO indent: regulation explainer with points 一、二、三、 run in at paragraph
    starts; label 企业合规问答 over a Q&A (企业问：／律师答：) whose compiler's credit is printed on a line AFTER the
    body; consumer warning with ● points signed （记者 X） at the end; 合规日历 box."""
    pg = Page("ls10.txt", cols=36, indent="", blanks="arts", seed=7510,
              style="economic paper 合规指南 page, NO indent, blank lines only between articles and blocks (paragraph ends show only as short lines): header on two lines (paper + 版名; date with weekday + 第15版 + 责任编辑); regulation explainer (《…投诉工作办法》) with byline line 本报记者 X and points 一、二、三、 run in at paragraph starts citing 第五条, 第十四条, 第二十条; label 企业合规问答 over a Q&A: headline, intro line 本期嘉宾：…, 企业问：／律师答： paragraphs, and the compiler's credit （本报记者 X　整理） on a line of its own AFTER the body; consumer warning (双十一) with ● points and the credit （记者 X） run in at the end; 合规日历 box (dates and regulations taking effect); footer with designer and e-mail")
    pg.furniture(["沔阳经济导报·合规指南",
                  cn_date(2039, 11, 3) + "　第15版　责任编辑：班若愚"], "page header")
    pg.blank()
    a = Article(
        "a", "《沔阳市外商投资企业投诉工作办法》今起施行",
        byline="本报记者　阚星河", authors=["阚星河"],
        notes="Regulation explainer on a page with no indent: byline line 本报记者 X. The points 一、二、三、 run in at "
              "the start of paragraphs are body; the citations (第五条 …) are body. The official quoted is not an author.",
        paras=[
            "修订后的《沔阳市外商投资企业投诉工作办法》（以下简称《办法》）今日起施行。与原办法相比，《办法》在投诉范围、办理时限和权益保护等方面作了调整。",
            "一、投诉范围进一步明确。《办法》第五条规定，外商投资企业认为行政机关及其工作人员的行政行为侵犯其合法权益的，可以申请协调解决；反映投资环境方面问题的，也可以向投诉工作机构提出。",
            "二、办理时限缩短。第十四条将投诉受理后的办结期限由60个工作日缩短为45个工作日，情况复杂的可延长15个工作日。",
            "三、禁止打击报复。第二十条明确，任何单位和个人不得压制或者打击报复投诉人。市商务局有关负责人表示，去年全市共受理外商投资企业投诉46件，办结率100%。",
        ])
    pg.article(a)
    pg.blank()
    pg.furniture(["企业合规问答"], "column label 企业合规问答")
    b = Article(
        "b", "跨境电商企业如何应对知识产权投诉", section="企业合规问答", kind="interview",
        byline="（本报记者　苗一凡　整理）", authors=["苗一凡"],
        notes="Q&A under the label 企业合规问答 (section), kind interview. **new:** the compiler's credit "
              "（本报记者 X　整理） printed on a line of its own AFTER the body is the byline (not body); the compiler is "
              "the author; the lawyer who answers (井小岚) is not. The intro line 本期嘉宾：… and the 企业问：／律师答： "
              "paragraphs are body.",
        paras=[
            "本期嘉宾：沔阳恒信律师事务所律师　井小岚",
            "企业问：我们在境外电商平台销售的商品，突然被平台以“涉嫌侵犯外观设计专利”为由下架，账户资金也被冻结，应该怎么办？",
            "律师答：首先要核实投诉人的权利基础，查看专利是否有效、保护范围是否覆盖自家产品。如确不侵权，应在平台规定期限内提交申诉材料；必要时可以在当地法院提起确认不侵权之诉。",
            "企业问：平时应当如何防范？",
            "律师答：产品上线前做好知识产权检索和布局，在主要销售国提前申请商标和专利，并保留设计研发过程的证据。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "“双十一”网购，这份提醒请收好",
        byline="（记者　苗一凡）", authors=["苗一凡"], tail="（记者　苗一凡）",
        notes="Consumer warning: the ● points are body paragraphs; the credit （记者 X） run in at the end is the byline, "
              "excluded from last.",
        paras=[
            "“双十一”临近，沔阳市消费者权益保护委员会发布网购消费提醒：",
            "●看清“定金”和“订金”。定金不退，订金可退，付款前应仔细阅读页面规则；",
            "●警惕“先涨后降”。可以截图保存商品历史价格，发现虚假优惠及时投诉；",
            "●不点陌生链接。谨防冒充客服以“退款”“理赔”为名实施诈骗。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["合规日历",
                  "11月3日　《沔阳市外商投资企业投诉工作办法》施行",
                  "11月15日　《沔阳市公平竞争审查实施细则》施行",
                  "12月1日　《沔阳市企业劳动用工合规指引》发布"], "合规日历 box (not an article)")
    pg.blank()
    pg.furniture(["版式：简一诺　　邮箱：hegui@myjjdb.example"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ls11() -> Page:
    """Legal daily 审判·执行 page with column breaks: execution report with kicker and a caption after it; court
    report with run-in 本报讯（通讯员 X　记者 Y）; label 以案说法 over a judge's piece (byline court + name on one
    line, crossheads 【案情】／【说法】); 普法小贴士 box WITHOUT headline."""
    pg = Page("ls11.txt", cols=22, indent=FW * 2, blanks="para", colbreak=10, seed=7511,
              style="legal daily 审判·执行 page in a narrow column, blank lines between paragraphs and blocks plus column breaks (a blank line every 10 body lines, also inside paragraphs): header on three lines (paper; date with weekday; 版名 + page number); execution report with 引题 kicker, headline, byline line 本报记者 X　通讯员 Y and a wrapped photo caption with credit 通讯员　X　摄 after the body; court report (fake lawyer fraud) with run-in 本报讯（通讯员 X　记者 Y）; label 以案说法 over a judge's piece whose byline line is the court and the judge's name (青岫市西湖区人民法院　X), crossheads 【案情】 and 【说法】; label 普法小贴士 over a box WITHOUT headline; footer with editor, proof-reader and designer")
    pg.furniture(["青岫法治日报",
                  cn_date(2032, 8, 12),
                  "审判·执行　3"], "page header")
    pg.blank()
    a = Article(
        "a", "三个月执结案件1.2万件",
        byline="本报记者　史怀瑾　通讯员　宓小桥", authors=["史怀瑾", "宓小桥"],
        notes="Execution report: the 引题 kicker “雷霆”执行专项行动 (without ——副题) is left out (as ky03, ky05 of "
              "handmade55). Byline line 本报记者 X　通讯员 Y. The photo caption with credit after the body is not body "
              "(the 通讯员 is an author anyway as a writer).",
        paras=[
            "记者从青岫市中级人民法院获悉，5月以来，全市法院开展“雷霆”执行专项行动，三个月共执结案件1.2万件，执行到位金额27.6亿元，同比分别增长18%和31%。",
            "专项行动中，全市法院开展集中搜查、凌晨执行等行动96次，拘留拒不履行的被执行人213人，对14人以涉嫌拒不执行判决、裁定罪移送公安机关。",
            "同时，法院对诚信经营但暂时困难的中小企业实行“预处罚”通知和信用修复，已有86家企业被移出失信名单。",
        ])
    pg.article(a, kicker="“雷霆”执行专项行动")
    pg.furniture(wrap("▲执行干警依法查封被执行人名下车辆。　通讯员　宓小桥　摄", 22),
                 "photo caption with credit (not body)")
    pg.blank()
    b = Article(
        "b", "一男子冒充律师诈骗当事人获刑",
        byline="本报讯（通讯员　阮一叶　记者　史怀瑾）", authors=["阮一叶", "史怀瑾"],
        lead="本报讯（通讯员　阮一叶　记者　史怀瑾）",
        notes="Court report: run-in 本报讯（通讯员 X　记者 Y） excluded from first (wrapped over two lines in the narrow "
              "column); both authors. The defendant (卢某) is not an author.",
        paras=[
            "近日，青岫市西湖区人民法院审结一起诈骗案，被告人卢某冒充律师，以“认识法官、保证胜诉”为由，先后骗取4名当事人“代理费”“疏通费”共计26万元，被判处有期徒刑四年，并处罚金5万元。",
            "法官提醒，委托律师应通过正规律师事务所签订委托合同，可在司法行政部门网站查询律师执业信息。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["以案说法"], "column label 以案说法")
    pg.blank()
    c = Article(
        "c", "老人被“保健品”套路，钱还能要回来吗", section="以案说法",
        byline="青岫市西湖区人民法院　穆清", authors=["穆清"],
        notes="Judge's piece under the label 以案说法: **new:** the byline line is the court's name and the judge's "
              "name with no 文／ and no 作者单位 line: the judge is the author. 【案情】 and 【说法】 printed alone are "
              "crossheads inside the body. The old man (陈老伯) and the shop are not authors.",
        paras=[
            Cross("【案情】"),
            "78岁的陈老伯参加某健康咨询公司组织的“免费讲座”，被宣称“能治高血压、糖尿病”的保健品吸引，一年内先后花费9.6万元购买。子女发现后起诉要求退款。法院认定公司构成欺诈，判决退还货款并赔偿三倍价款。",
            Cross("【说法】"),
            "经营者以虚假宣传诱导老年人购买商品的，构成欺诈，消费者可以要求退还价款并增加赔偿其受到的损失，增加赔偿的金额为商品价款的三倍。子女应多关心老人，发现异常消费及时固定证据。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["普法小贴士"] + wrap("拒不执行判决、裁定情节严重的，处三年以下有期徒刑、拘役或者罚金；情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。", 22),
                 "普法小贴士 box WITHOUT a headline (not an article)")
    pg.blank()
    pg.furniture(["编辑：郑南乔　　校对：尤静　　美编：邢小舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ls12() -> Page:
    """Evening paper 3·15 特刊 维权 page: lead with kicker; label 维权案例 over three cases printed as SEPARATE items,
    each with its own title 案例一：… and a run-in credit （记者 X　整理）; 消费提示 box without headline."""
    pg = Page("ls12.txt", cols=25, indent="  ", blanks="some", seed=7512, p_para=0.3, p_gap=0.7,
              style="evening paper 3·15 特刊 维权 page indented with two ASCII spaces, blank lines sometimes: header on two lines (paper + date with weekday; A12 + 特刊 name); economic lead (挽回经济损失 figures) with 引题 kicker 3·15国际消费者权益日, headline and byline line 本报记者 X; label 维权案例 over three cases printed as separate items with NO shared headline or intro, each under its own title 案例一：… 案例三：… and each ending with a run-in credit （记者 X　整理）; label 消费提示 over a box WITHOUT headline; footer with editor, proof-reader and 投诉 hotline")
    pg.furniture(["洛汀晚报　" + cn_date(2031, 3, 15),
                  "A12　3·15特刊·维权"], "page header")
    pg.blank()
    a = Article(
        "a", "去年全市为消费者挽回经济损失2860万元",
        byline="本报记者　芮知夏", authors=["芮知夏"],
        notes="Economic lead: the 引题 kicker 3·15国际消费者权益日 (no ——副题) is left out. Byline line 本报记者 X. The "
              "official quoted is not an author.",
        paras=[
            "3月14日，洛汀市市场监管局通报2030年消费维权工作情况：全年共受理消费者投诉举报4.2万件，为消费者挽回经济损失2860万元，同比增长19%。",
            "从投诉热点看，预付式消费、网络购物和二手车交易位列前三，其中预付式消费投诉占比达28%。“线上投诉量首次超过电话投诉。”市市场监管局消费者权益保护处负责人介绍，今年将推行“先行赔付”承诺，力争在商圈实现全覆盖。",
        ])
    pg.article(a, kicker="3·15国际消费者权益日")
    pg.gap()
    pg.furniture(["维权案例"], "column label 维权案例")
    pg.blank()
    cases = [
        ("b1", "案例一：美容卡“转让”后被拒服务",
         ["2030年6月，刘女士在某美容院办理年卡，充值5000元。三个月后美容院易主，新店主以“旧账不认”为由拒绝提供服务。经消保委调解，新店主同意按原卡继续服务。"]),
        ("b2", "案例二：二手车里程表被“调表”",
         ["蒋先生从某二手车商处购车，合同载明行驶里程4.1万公里，后经4S店查询实际里程达12万公里。车商被认定构成欺诈，退还车款并赔偿三倍损失。"]),
        ("b3", "案例三：健身房闭店拒退费",
         ["某健身房突然闭店，200余名会员预付费无法退还。市场监管部门立案调查，督促经营者制定退费方案，已有160名会员拿回退款。"]),
    ]
    for key, title, paras in cases:
        art = Article(
            key, title, section="维权案例",
            byline="（记者　芮知夏　整理）", authors=["芮知夏"], tail="（记者　芮知夏　整理）",
            notes="Case under the label 维权案例 (section). **new:** cases printed with NO shared headline or intro, each "
                  "with its own title and its own run-in credit, are separate articles (unlike the 典型案例 releases of "
                  "ls03 and ls07, one article each); the title is written as printed, with its number 案例X：. The "
                  "credit （记者 X　整理） run in at the end is the byline, excluded from last; the compiler is the author.",
            paras=paras)
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["消费提示"] + wrap("办理预付卡前，请查验经营者营业执照，签订书面合同，不要一次性大额充值；发现经营异常，及时保存证据并拨打12315。", 25, "  "),
                 "消费提示 box WITHOUT a headline (not an article)")
    pg.blank()
    pg.furniture(["编辑：任一笛　　校对：冷秋　　投诉热线：12315"], "footer")
    return pg


PAGES = [ls09, ls10, ls11, ls12]
