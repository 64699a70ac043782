"""Pages ls05-ls08 of handmade75 (development set; all papers, courts, firms, names, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print body lines exactly as given: written with Page.emit."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


def xh(text: str, cols: float) -> Raw:
    """A bold case title / crosshead inside a body, wrapped at the column, no indent."""
    return Raw(wrap(text, cols))


# ---------------------------------------------------------------------------
def ls05() -> Page:
    """Evening paper 法治 page, ONE U+3000 indent, column breaks: court report with byline ■本报记者 X　通讯员 Y;
    wire item from 海晏社 with （完）; label 法治时评 comment; label 律师答疑 Q&A signed by the lawyer alone."""
    pg = Page("ls05.txt", cols=24, indent=FW, blanks="some", colbreak=11, seed=7505, p_para=0.35, p_gap=0.8,
              style="evening paper 法治 page indented with ONE U+3000, blank lines sometimes plus column breaks (a blank line every 11 body lines, also inside paragraphs): header on three lines (A08 + 版名; paper + date with weekday; editor + proof-reader); court report (“职业闭店人” fraud, 二审) with byline line ■本报记者 X　通讯员 Y; wire item with run-in 海晏社禹都3月15日电（记者 X） and （完） run in at the end; label 法治时评 over a comment with byline line □ X; label 律师答疑 over a Q&A whose byline line is 答疑律师　X（firm）: the lawyer alone, no reporter; footer with 新闻热线 and 法律咨询 times")
    pg.furniture(["A08　法治",
                  "泓城晚报　" + cn_date(2037, 3, 16),
                  "编辑：秦若　　校对：詹远"], "page header")
    pg.blank()
    a = Article(
        "a", "“职业闭店人”诈骗案二审宣判",
        byline="■本报记者　葛川　通讯员　蔺一苒", authors=["葛川", "蔺一苒"],
        notes="Court report (二审宣判): byline line ■本报记者 X　通讯员 Y (■ is a mark; both authors). Column breaks "
              "fall inside the body. The defendants (杜某, 程某) and the judge quoted (陶知远) are not authors.",
        paras=[
            "3月15日，泓城市中级人民法院对一起“职业闭店人”诈骗案作出二审宣判，驳回被告人杜某等5人上诉，维持原判。主犯杜某以诈骗罪被判处有期徒刑十一年，并处罚金30万元。",
            "经审理查明，2035年起，杜某纠集程某等人，以“代运营”名义接手经营困难的健身房、美容院等门店，随后以“充值大优惠”为噱头集中收取会员预付款，再将门店转让或注销，造成500余名消费者损失460余万元。",
            "二审审判长陶知远表示，被告人接手门店之初即无持续经营意图，以闭店为手段非法占有消费者预付款，其行为已超出民事违约范畴，应当依法追究刑事责任。",
        ])
    pg.article(a)
    pg.gap()
    b = Article(
        "b", "禹都高院发布涉企执行工作指引",
        byline="海晏社禹都3月15日电（记者　文观澜）", authors=["文观澜"],
        lead="海晏社禹都3月15日电（记者　文观澜）", tail="（完）",
        notes="Wire item of the invented agency 海晏通讯社 (海晏社): run-in dateline excluded from first, （完） run in at "
              "the end excluded from last (as handmade22).",
        paras=[
            "禹都省高级人民法院15日发布涉企执行工作指引，明确对正常经营的企业慎用查封、扣押、冻结措施，能“活封”的不“死封”，能采取非强制措施的不采取强制措施。",
            "指引要求，查封企业厂房、机器设备的，在不影响执行的前提下应允许企业继续使用；被执行企业积极履行、诚信经营的，可申请信用修复。",
        ])
    pg.article(b, order=("headline", "body"))
    pg.gap()
    pg.furniture(["法治时评"], "column label 法治时评")
    c = Article(
        "c", "“闭店跑路”不能一走了之", section="法治时评", kind="commentary",
        byline="□ 聂小川", authors=["聂小川"],
        notes="Comment under the label 法治时评 (section): byline line □ X; kind commentary.",
        paras=[
            "预付式消费本是商家与消费者之间的一份信任契约。“职业闭店人”把这份信任当成了生意，收钱、转店、注销，一套流程下来，消费者手中只剩一张空卡。",
            "此案判决释放出明确信号：以闭店为名行诈骗之实，必将受到刑法惩处。同时也应看到，预付资金监管仍有短板，行业主管部门宜加快落实资金存管、限额发卡等制度，从源头上扎紧篱笆。",
        ])
    pg.article(c)
    pg.gap()
    pg.furniture(["律师答疑"], "column label 律师答疑")
    d = Article(
        "d", "离婚时，婚前买的房子怎么分？", section="律师答疑", kind="interview",
        byline="答疑律师　俞清远（泓城明律律师事务所）", authors=["俞清远"],
        notes="Q&A under the label 律师答疑 (section), kind interview. **new:** the byline line names the answering "
              "lawyer ALONE (答疑律师　X（firm）) and no reporter: the lawyer writes the answers and is the author "
              "(unlike ls02, where a reporter compiled the Q&A and the lawyer is only the expert who answers). The "
              "读者问：／律师答： paragraphs are the body.",
        paras=[
            "读者问：我婚前付首付买了一套房，登记在我名下，婚后夫妻共同还贷。现在准备离婚，这套房子怎么分？",
            "律师答：根据民法典婚姻家庭编的司法解释，一方婚前签订买卖合同、以个人财产支付首付款并在银行贷款，婚后用夫妻共同财产还贷，不动产登记于首付款支付方名下的，离婚时该不动产由双方协议处理。",
            "协议不成的，法院可以判决该不动产归登记一方，尚未归还的贷款为其个人债务。双方婚后共同还贷支付的款项及其相对应的财产增值部分，由登记一方对另一方进行补偿。",
        ])
    pg.article(d)
    pg.blank()
    pg.furniture(["新闻热线：96×××　　法律咨询：每周三14:00—16:00"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ls06() -> Page:
    """Legal daily 合规·监管 page, NO indent, wide column: label 新规速递 over a regulation explainer written by an
    official (——副题 with 《…办法》, crossheads 一、二、三、, a quoted article 第十二条 as its own paragraph, a
    penalties table BETWEEN two paragraphs); an item whose body comes FIRST and whose headline and byline follow;
    consumer warning with numbered points."""
    pg = Page("ls06.txt", cols=40, indent="", blanks="some", seed=7506, p_para=0.3, p_gap=0.75,
              style="legal daily 合规·监管 page, NO indent, blank lines sometimes: header on two lines (paper + date with weekday + 第7版; 版名); label 新规速递 over a regulation explainer written by an official: headline, ——副题 naming the 《…实施办法》, byline line 文／office　X, intro, crossheads 一、二、三、, a quoted article (第十二条　…) as a paragraph of its own, and a penalties table printed BETWEEN two paragraphs; an item (数据合规师) whose body comes FIRST and whose headline and byline line 本报记者 X follow it; consumer warning (提醒) with headline of two phrases parted by U+3000, run-in 本报讯（记者 X　通讯员 Y） and numbered points 1. 2. 3.; footer with editor and designer")
    pg.furniture(["岚州法制报　　" + cn_date(2033, 11, 8) + "　第7版",
                  "合规·监管"], "page header")
    pg.blank()
    pg.furniture(["新规速递"], "column label 新规速递")
    a = Article(
        "a", "个人信息保护合规审计有了“操作手册”", section="新规速递",
        subtitle="——《岚州市个人信息保护合规审计实施办法》要点解读",
        byline="文／岚州市网信办政策法规处　谭望秋", authors=["谭望秋"],
        notes="Regulation explainer written by an official, under the label 新规速递 (section). Byline line "
              "文／office　X: the writer is the author. The crossheads 一、二、三、 and the quoted article "
              "(第十二条　…, printed as a paragraph of its own) are body. The penalties table "
              "printed between two paragraphs is not body (body in pieces).",
        paras=[
            "《岚州市个人信息保护合规审计实施办法》（以下简称《办法》）自12月1日起施行。《办法》细化了合规审计的主体、频次、内容和法律责任，为企业开展个人信息保护合规审计提供了具体指引。",
            Cross("一、哪些单位要做合规审计"),
            "《办法》第三条规定，处理超过100万人个人信息的个人信息处理者，应当每两年至少开展一次合规审计；其他个人信息处理者可以根据实际情况自行确定审计频次。",
            Cross("二、审计重点看什么"),
            "《办法》对审计内容作出列举，其中第十二条明确：",
            "第十二条　个人信息处理者向其他个人信息处理者提供其处理的个人信息的，合规审计应当重点审查是否向个人告知接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类，并取得个人的单独同意。",
            Cross("三、违规后果有哪些"),
            "对未按规定开展合规审计或者审计发现问题拒不整改的，由履行个人信息保护职责的部门依法处理，具体情形如下表：",
            "企业应当将合规审计纳入日常管理，审计报告至少保存三年，以备监管部门查阅。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=8)
    pg.furniture(["违规情形　　　　　　　　　　处理措施",
                  "未按期开展合规审计　　　　　责令改正，给予警告",
                  "拒不改正或造成严重后果　　　处100万元以下罚款",
                  "审计报告弄虚作假　　　　　　列入严重失信名单"], "penalties table inside the explainer (not body)")
    pg.body(a, start=8)
    pg.gap()
    b = Article(
        "b", "岚州首批数据合规师持证上岗",
        byline="本报记者　隋映", authors=["隋映"],
        notes="Item whose body comes FIRST and whose headline and byline line 本报记者 X are printed AFTER it (as ky06 "
              "of handmade55 and g07 of handmade22). The trainees named are not authors.",
        paras=[
            "11月6日，岚州市首批128名数据合规师通过考核取得证书，将进入企业从事数据安全评估、合规审计等工作。首批持证人员中，来自金融、医疗和电商企业的占七成。",
            "据市人社局介绍，数据合规师培训由高校和行业协会联合开展，课程涵盖个人信息保护法、数据出境规则和合规审计实务，明年计划再培训500人。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "警惕“免费领取”陷阱谨防个人信息泄露", head=["警惕“免费领取”陷阱　谨防个人信息泄露"],
        byline="本报讯（记者　隋映　通讯员　桂小楼）", authors=["隋映", "桂小楼"],
        lead="本报讯（记者　隋映　通讯员　桂小楼）",
        notes="Consumer warning (提醒): headline of two phrases parted by U+3000, joined. Run-in 本报讯（记者 X　通讯员 Y） "
              "excluded from first. The numbered points 1. 2. 3. are body paragraphs.",
        paras=[
            "近期，一些商家以“扫码免费领鸡蛋”“填表领取纪念品”为名，诱导老年人提供身份证号、手机号和银行卡信息。岚州市公安局网安支队发出提醒：",
            "1.不随意扫描来源不明的二维码，不在陌生页面填写身份信息和验证码；",
            "2.快递单、车票等含有个人信息的单据，丢弃前应涂抹或撕毁；",
            "3.发现个人信息被泄露或被冒用，及时向公安机关报案。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：庞一宁　　版式设计：卢小山"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ls07() -> Page:
    """Economic daily 法治经济 page: label 典型案例 over a release of three cases, each with its bold title and run-in
    【基本案情】/【典型意义】; piece with 【律师点评】 run in; court item with byline 文／图　本报记者 X and a caption."""
    pg = Page("ls07.txt", cols=28, indent="  ", blanks="para", seed=7507,
              style="economic daily 法治经济 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; 版名 + 第9版); label 典型案例 over a court's release: headline, byline line 本报记者 X, intro, three bold case titles 案例一：… on lines of their own (one wrapped over two lines), each over paragraphs opening with run-in 【基本案情】 and 【典型意义】 (all one article); piece (股东抽逃出资) with byline line 本报通讯员 X and a last paragraph opening with run-in 【律师点评】 quoting a lawyer; court item (自贸区法庭) with byline line 文／图　本报记者 X and a photo caption ▲… after the body; footer with editor, proof-reader and designer")
    pg.furniture(["北淮经济日报",
                  cn_date(2033, 6, 27),
                  "法治经济　第9版"], "page header")
    pg.blank()
    pg.furniture(["典型案例"], "column label 典型案例")
    pg.blank()
    a = Article(
        "a", "省高院发布金融借款纠纷典型案例", section="典型案例",
        byline="本报记者　岑一川", authors=["岑一川"],
        notes="典型案例 release under the label 典型案例 (section): ONE article (one headline, one intro, one byline); "
              "the bold case titles 案例一：…案例三：… (the second wrapped over two lines) are crossheads inside the body, "
              "and the run-in 【基本案情】／【典型意义】 are body text. The parties (某银行, 韩某, 某小贷公司 …) are not authors.",
        paras=[
            "6月26日，北淮省高级人民法院发布金融借款纠纷典型案例，涉及贷款用途、利率上限和担保责任等问题，引导金融机构依法合规经营。",
            xh("案例一：借款人隐瞒用途骗取贷款被判提前还款", 28),
            "【基本案情】韩某以“经营周转”名义向某银行借款300万元，实际用于购买理财产品。银行发现后宣布贷款提前到期。法院判决韩某立即归还全部本息。",
            xh("案例二：小贷公司“砍头息”不计入本金，超出法定上限的利息不予支持", 28),
            "【基本案情】某小贷公司向企业出借200万元，放款时预先扣除利息20万元。法院按实际出借的180万元认定本金。",
            "【典型意义】利息预先在本金中扣除的，应当按照实际借款数额返还借款并计算利息。",
            xh("案例三：保证期间届满未主张权利，保证人免责", 28),
            "【基本案情】某银行在保证期间内未向保证人主张权利，后诉请保证人承担责任。法院判决驳回银行对保证人的诉讼请求。",
        ])
    pg.article(a)
    pg.gap()
    b = Article(
        "b", "股东“抽逃出资”须在范围内担责",
        byline="本报通讯员　骆一舟", authors=["骆一舟"],
        notes="Case piece with byline line 本报通讯员 X. **new:** the last paragraph opens with a run-in 【律师点评】 and "
              "quotes a lawyer (邵晏清): it is body, and the lawyer who comments is not an author. The parties are "
              "not authors.",
        paras=[
            "某机械公司因拖欠货款被判向供应商支付货款及违约金共计156万元，执行中公司账户无财产可供执行。供应商调查发现，公司股东朱某在公司成立次日即将200万元注册资本转出，遂申请追加朱某为被执行人。",
            "法院审查认为，朱某将出资款转出且无合理理由，构成抽逃出资，裁定追加其为被执行人，在抽逃出资200万元范围内对公司债务承担责任。",
            "【律师点评】北淮明正律师事务所合伙人邵晏清表示，股东出资是公司对外承担责任的基础。股东抽逃出资的，债权人可以请求其在抽逃出资本息范围内承担补充赔偿责任，协助抽逃的其他股东、董事等承担连带责任。",
        ])
    pg.article(b)
    pg.gap()
    c = Article(
        "c", "北淮自贸区法庭挂牌集中审理涉外商事案件", head=["北淮自贸区法庭挂牌　集中审理涉外商事案件"],
        byline="文／图　本报记者　褚秋原", authors=["褚秋原"],
        notes="Court item: headline of two phrases parted by U+3000, joined. Byline line 文／图　本报记者 X (one person "
              "writes and takes the photo: author, as ky05 of handmade55). The photo caption ▲… after the body is not body.",
        paras=[
            "6月25日，北淮自由贸易试验区法庭正式挂牌，集中审理自贸区内涉外、涉港澳台商事案件及国际贸易、跨境投资等纠纷。",
            "法庭将引入外籍调解员和域外法查明机构，推行中英文双语诉讼服务，当事人可在线完成立案、举证和开庭。",
        ])
    pg.article(c)
    pg.furniture(["▲北淮自由贸易试验区法庭挂牌现场。"], "photo caption (not body)")
    pg.blank()
    pg.furniture(["责任编辑：麻向晚　　校对：蔡远　　美编：黎小溪"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ls08() -> Page:
    """Daily 法律服务 page in a very narrow column: label 律师信箱 over two Q&A letters with letter-spaced headlines
    (one spread over two lines broken in mid-word), the first signed by the lawyer on a line after the body, the
    second signed （律师 X） run in; warning item; economic item with a byline wider than the column."""
    pg = Page("ls08.txt", cols=18, indent=FW, blanks="para", seed=7508,
              style="daily 法律服务 page in a very narrow column, ONE U+3000 indent, blank lines between paragraphs and blocks: header on three lines; label 律师信箱 over two letters answered by lawyers, both headlines letter-spaced with U+3000, the second spread over two lines broken in mid-word (网　购　商　品　降　价　能 / 否　要　求　退　差　价); the first signed by the lawyer on a line of its own AFTER the body (（firm律师　X）, wider than the column), the second signed （律师　X） run in at the end; warning item (高薪招聘 scam) with run-in 本报讯（记者 X）; economic item (公共法律服务 figures) with headline on two lines and a byline line 本报记者 X　通讯员 Y wider than the column; footer wider than the column")
    pg.furniture(["临皋日报",
                  cn_date(2038, 1, 19),
                  "法律服务　第11版"], "page header")
    pg.blank()
    pg.furniture(["律师信箱"], "column label 律师信箱")
    pg.blank()
    a = Article(
        "a", "公司拖欠工资怎么办", section="律师信箱", kind="interview",
        byline="（临皋正衡律师事务所律师　甄小满）", authors=["甄小满"],
        notes="Letter answered by a lawyer under the label 律师信箱 (section): headline letter-spaced with U+3000, "
              "written unspaced. 读者问：／律师答： paragraphs. The lawyer's signature on a line of its own after the "
              "body is the byline (not body); the lawyer alone writes the answer and is the author (as ls05). Kind "
              "interview.",
        paras=[
            "读者问：我在一家装饰公司上班，公司已拖欠我三个月工资，老板总说“再等等”。我该怎么办？",
            "律师答：用人单位应当按时足额支付劳动报酬。您可以先向当地劳动保障监察机构投诉，也可以申请劳动仲裁，要求支付拖欠的工资；用人单位逾期仍不支付的，还可以要求加付赔偿金。",
            "申请仲裁时，请准备好劳动合同、工资条、考勤记录或聊天记录等证据。",
        ])
    pg.headline(a, spread_cols=18)
    pg.gap()
    pg.body(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    b = Article(
        "b", "网购商品降价能否要求退差价", section="律师信箱", kind="interview",
        byline="（律师　符小晴）", authors=["符小晴"], tail="（律师　符小晴）",
        notes="Second letter of the 律师信箱: headline letter-spaced and spread over two lines broken in mid-word "
              "(…降价能 / 否要求…), joined unspaced. The lawyer's signature （律师 X） run in at the end is the byline, "
              "excluded from last; she is the author. Kind interview.",
        paras=[
            "读者问：我网购一件羽绒服，三天后同款降价200元，能要求商家退差价吗？",
            "律师答：法律对退差价没有统一规定，主要看商家是否作出“保价”承诺。商家承诺在保价期内降价退差价的，应当履行；没有承诺的，可以与商家协商，也可以在无理由退货期内申请退货。",
        ])
    pg.headline(b, spread_cols=18)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "春节前谨防“高薪招聘”骗局",
        byline="本报讯（记者　吕南星）", authors=["吕南星"], lead="本报讯（记者　吕南星）",
        notes="Warning item: run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "临近春节，一些不法分子以“日结高薪”“包吃包住”为诱饵，收取求职者培训费、服装费后失联。市人社局提醒，正规招聘不会以任何名义收取费用，求职者应通过正规渠道求职。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "全市公共法律服务中心去年接待群众12.6万人次", head=["全市公共法律服务中心", "去年接待群众12.6万人次"],
        byline="本报记者　吕南星　通讯员　商可", authors=["吕南星", "商可"],
        notes="The page's economic item: headline on two lines, joined; byline line 本报记者 X　通讯员 Y (wider than "
              "the column); both authors.",
        paras=[
            "记者从临皋市司法局获悉，2037年全市公共法律服务中心共接待群众12.6万人次，办理法律援助案件6800余件，为农民工追回欠薪1.1亿元。",
            "今年，该市将在乡镇推广“法律服务驿站”，实现村（社区）法律顾问全覆盖。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：阮星　　校对：杭一晨　　法律咨询热线：12348"], "footer wider than the column")
    return pg


PAGES = [ls05, ls06, ls07, ls08]
