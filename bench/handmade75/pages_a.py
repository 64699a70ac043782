"""Pages ls01-ls04 of handmade75 (development set; all papers, courts, firms, names, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print body lines exactly as given (numbered tips): written with Page.emit."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


def xh(text: str, cols: float) -> Raw:
    """A bold case title / crosshead inside a body, wrapped at the column, no indent."""
    return Raw(wrap(text, cols))


# ---------------------------------------------------------------------------
def ls01() -> Page:
    """法治 daily 法院 page: court-case lead (kicker, headline, ——副题, byline); label 以案说法 over a piece written
    by a judge (case, 【法官说法】 crosshead line, analysis, （作者单位：…） after it); run-in court item; 普法小贴士
    box WITHOUT headline; economic IP-finance item."""
    pg = Page("ls01.txt", cols=26, indent=FW * 2, blanks="arts", seed=7501,
              style="法治 daily 法院·审判 page, blank lines only between articles and blocks: header on three lines (paper; date with weekday + 第5版; 版名 + 主编 + 责任编辑); court-case lead (商业秘密 case) with 引题 kicker, headline, ——副题 and byline line 本报记者 X　通讯员 Y, a case-number line （2033）衡01知民初217号 inside the body; label 以案说法 over a piece written by a judge: question headline, byline line □ X, case paragraphs, the line 【法官说法】 alone as a crosshead, analysis citing 第九条, and （作者单位：…法院） after the body; court item with run-in 本报讯（记者 X　通讯员 Y）; label 普法小贴士 over a box WITHOUT headline; economic item (知识产权质押融资) with byline line 本报记者 X; footer with proof-reader, designer and 12348 hotline")
    pg.furniture(["衡川法治报",
                  cn_date(2034, 3, 14) + "　第5版",
                  "法院·审判　　主编：卓远山　　责任编辑：闵小禾"], "page header")
    pg.blank()
    a = Article(
        "a", "衡川中院审结一起侵害商业秘密纠纷案",
        subtitle="——判令被告赔偿经济损失及合理开支共计386万元",
        byline="本报记者　蒲青岚　通讯员　贾知行", authors=["蒲青岚", "贾知行"],
        notes="Court-case lead (法院审结…). The 引题 kicker 保护知识产权　护航创新发展 is neither title nor subtitle (the "
              "——副题 is). Byline line 本报记者 X　通讯员 Y: both authors. The case number line （2033）衡01知民初217号 "
              "is printed alone inside the body and is body. The parties (某精密公司, 某科技公司, 刘某) and the judge "
              "quoted (宋知微) are not authors.",
        paras=[
            "近日，衡川市中级人民法院审结一起侵害技术秘密纠纷案，认定被告某科技公司及其股东刘某侵害原告某精密公司的数控刀具涂层工艺技术秘密，判令二被告立即停止侵权，连带赔偿经济损失及维权合理开支共计386万元。",
            Raw(["（2033）衡01知民初217号"]),
            "原告诉称，刘某原系其技术部副经理，离职时违反保密协议，将涂层配方、工艺参数等资料带走，并入股被告公司生产同类产品。法院审理查明，被告产品的关键工艺参数与原告技术秘密实质相同，且被告不能说明其合法来源。",
            "“商业秘密是企业的核心竞争力。”承办法官宋知微说，本案依法适用证明责任转移规则，减轻了权利人的举证负担，对恶意侵权行为起到了震慑作用。宣判后，双方均未提起上诉。",
        ])
    pg.article(a, kicker="保护知识产权　护航创新发展")
    pg.blank()
    pg.furniture(["以案说法"], "column label 以案说法")
    pg.blank()
    b = Article(
        "b", "员工离职带走客户名单，算不算侵权？", section="以案说法",
        byline="□ 邝以宁", authors=["邝以宁"],
        notes="以案说法 piece written by a judge (section 以案说法): byline line □ X; the judge signs it, so she is the "
              "author. **new:** the line 【法官说法】 printed alone between the case and the analysis is a crosshead "
              "inside the body (one article, not two). The line （作者单位：衡川市临湖区人民法院） after the body is "
              "not body (as ky01 of handmade55). The parties (某贸易公司, 赵某) are not authors.",
        paras=[
            "赵某在某贸易公司担任销售主管五年，掌握公司200余家客户的联系人、采购周期和报价底线。2033年初，赵某离职后自立门户，短短半年内便有37家老客户转向其新公司下单。贸易公司以侵害商业秘密为由诉至法院。",
            "法院经审理认为，案涉客户名单包含客户的交易习惯、意向和价格承受能力等深度信息，区别于公开的一般信息，且公司与赵某签订了保密协议，应认定为商业秘密。最终判决赵某及其新公司赔偿损失45万元。",
            Cross("【法官说法】"),
            "并非所有的客户名单都受法律保护。根据反不正当竞争法第九条的规定，构成商业秘密的客户名单，应当不为公众所知悉，具有商业价值，并经权利人采取相应保密措施。仅有客户名称、地址、电话的简单罗列，一般不能认定为商业秘密。",
            "提醒企业：平时要做好客户信息分级管理，与接触核心信息的员工签订保密协议和竞业限制协议；劳动者离职时，也应遵守诚信原则，不得擅自使用原单位的经营信息。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.line(b, "（作者单位：衡川市临湖区人民法院）", "unit")
    pg.blank()
    c = Article(
        "c", "临湖法院“巡回审判车”开进产业园",
        byline="本报讯（记者　蒲青岚　通讯员　段星遥）", authors=["蒲青岚", "段星遥"],
        lead="本报讯（记者　蒲青岚　通讯员　段星遥）",
        notes="Court item with run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=[
            "3月12日，衡川市临湖区人民法院“巡回审判车”驶入临湖智造产业园，当场开庭审理一起买卖合同纠纷案，园区30余家企业负责人旁听。",
            "据介绍，该院今年将开展“法官进园区”活动48场，为企业提供合同审查、劳动用工等方面的法律风险提示。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["普法小贴士"] + wrap("根据反不正当竞争法，商业秘密是指不为公众所知悉、具有商业价值并经权利人采取相应保密措施的技术信息、经营信息等商业信息。侵犯商业秘密情节严重的，还可能构成犯罪。", 26),
                 "普法小贴士 box WITHOUT a headline (not an article)")
    pg.blank()
    d = Article(
        "d", "全市知识产权质押融资额同比增长41%",
        byline="本报记者　柴望舒", authors=["柴望舒"],
        notes="The page's economic item (IP pledge finance). Byline line 本报记者 X. The official quoted is not an author.",
        paras=[
            "记者从衡川市市场监管局获悉，2033年全市知识产权质押融资登记金额达到58.6亿元，同比增长41.2%，惠及中小微企业612家，其中首次获得贷款的企业占比近四成。",
            "“专利、商标可以像房产一样抵押贷款，解决了轻资产企业融资难。”市市场监管局知识产权处负责人介绍，今年将设立1亿元风险补偿资金池，推动质押融资规模突破70亿元。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.blank()
    pg.furniture(["本版校对：郁小棠　　版式：胡一苇　　法律服务热线：12348"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ls02() -> Page:
    """Economic daily 法治·合规 page: label 政策解读 over a regulation explainer (《…条例》 headline, ——副题, numbered
    crossheads 一、二、三、四、, article citations); label 律师答疑 over a Q&A (读者问：／律师答：) compiled by a reporter;
    合规 item with run-in 本报讯（通讯员 X　记者 Y）."""
    pg = Page("ls02.txt", cols=34, indent="  ", blanks="para", seed=7502,
              style="economic daily 法治·合规 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on three lines (paper + date with weekday; 第6版 + 版名; 责任编辑 + phone); label 政策解读 over a regulation explainer: headline 《景宁市优化营商环境条例》6月1日起施行, ——副题, byline line 本报记者 X, intro, four numbered crossheads 一、…四、 on lines of their own, paragraphs citing 第十二条, 第二十三条, 第四十一条; label 律师答疑 over a Q&A: question headline, byline line 本报记者 X　整理, intro line 本期答疑律师：…, then 读者问：／律师答： paragraphs; 合规 item (涉案企业合规改革) with run-in 本报讯（通讯员 X　记者 Y）; footer with proof-reader and e-mail")
    pg.furniture(["景宁经济时报　　" + cn_date(2035, 5, 29),
                  "第6版　法治·合规",
                  "责任编辑：尚清和　　电话：（0571）6633××××"], "page header")
    pg.blank()
    pg.furniture(["政策解读"], "column label 政策解读")
    pg.blank()
    a = Article(
        "a", "《景宁市优化营商环境条例》6月1日起施行", section="政策解读",
        subtitle="——从四个方面看新变化",
        byline="本报记者　柯南枝", authors=["柯南枝"],
        notes="Regulation explainer under the label 政策解读 (section); title as printed with the book-title marks. "
              "**new:** the numbered points 一、…四、 printed on lines of their own are crossheads inside the body "
              "(not headlines of new articles); the article citations (第十二条 …) are body text. Byline line "
              "本报记者 X. The official quoted (钱慕远) is not an author.",
        paras=[
            "《景宁市优化营商环境条例》（以下简称《条例》）已由市人大常委会审议通过，将于6月1日起施行。《条例》共七章六十八条，围绕市场准入、政务服务、监管执法和权益保护等作出规定。",
            Cross("一、市场准入更便利"),
            "《条例》第十二条规定，市场主体登记实行“一网通办”，申请材料齐全、符合法定形式的，登记机关应当当场予以登记。对同一事项，不得要求市场主体重复提交材料。",
            Cross("二、涉企检查更规范"),
            "第二十三条明确，行政执法机关对同一市场主体的检查事项原则上合并进行，推行“综合查一次”。除投诉举报、转办交办等情形外，不得随意入企检查。",
            Cross("三、轻微违法可免罚"),
            "《条例》推行包容审慎监管，第四十一条规定，对首次违法且危害后果轻微并及时改正的，可以依法不予行政处罚，并通过说服教育、提醒告诫等方式督促改正。",
            Cross("四、政府守信有约束"),
            "“政府要带头讲诚信。”市司法局立法处处长钱慕远介绍，《条例》要求政府及其部门不得以行政区划调整、机构变更、负责人更替等为由违约毁约，因政策变化造成市场主体损失的，应依法予以补偿。",
        ])
    pg.article(a)
    pg.gap()
    pg.furniture(["律师答疑"], "column label 律师答疑")
    pg.blank()
    b = Article(
        "b", "合同约定“违约金30%”，法院会全额支持吗？", section="律师答疑", kind="interview",
        byline="本报记者　柯南枝　整理", authors=["柯南枝"],
        notes="Q&A under the label 律师答疑 (section): question headline, byline line 本报记者 X　整理 (the compiler is "
              "the author). The intro line 本期答疑律师：… and the 读者问：／律师答： paragraphs are body; the lawyer "
              "who answers (戴慕白) is not an author (as the doctor of ky04, handmade55). Kind interview.",
        paras=[
            "本期答疑律师：景宁致衡律师事务所律师　戴慕白",
            "读者问：我公司与供货商签订合同，约定逾期交货按合同总额30%支付违约金。现在对方逾期20天交货，我们主张违约金，对方说约定过高。法院会怎么认定？",
            "律师答：民法典第五百八十五条规定，约定的违约金过分高于造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以适当减少。司法实践中，违约金超过造成损失的30%的，一般可以认定为“过分高于造成的损失”。",
            "读者问：那我们应当如何举证？",
            "律师答：主张违约金的一方应当对实际损失承担一定的举证责任，如停工损失、转购差价、对下游的赔偿等。建议企业在履约中保留好往来函件、付款凭证等材料。",
        ])
    pg.article(b)
    pg.gap()
    c = Article(
        "c", "全市23家企业纳入涉案企业合规改革试点",
        byline="本报讯（通讯员　甘小夏　记者　聂思远）", authors=["甘小夏", "聂思远"],
        lead="本报讯（通讯员　甘小夏　记者　聂思远）",
        notes="The page's economic 合规 item. Run-in 本报讯（通讯员 X　记者 Y） excluded from first; both are authors.",
        paras=[
            "景宁市人民检察院日前通报，今年以来全市已有23家涉案企业纳入合规改革试点，涉及虚开发票、串通投标、污染环境等罪名，其中17家已通过第三方监督评估。",
            "据介绍，通过合规整改的企业共保住就业岗位3100余个，整改期间企业营收保持增长。",
        ])
    pg.article(c, order=("headline", "body"))
    pg.blank()
    pg.furniture(["本版校对：费晓岚　　投稿邮箱：fazhi@jnjjsb.example"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ls03() -> Page:
    """Commercial paper 消费维权 page with a blank line after EVERY line: warning (提醒) with headline on two lines
    and run-in 本报讯（记者 X）, points 一是…二是…; a 典型案例 release with 案例一：… case titles inside ONE body;
    维权热线 box; item signed （通讯员 X） at the end."""
    pg = Page("ls03.txt", cols=20, indent="  ", blanks="every", seed=7503,
              style="commercial paper 消费维权 page extracted with a blank line after EVERY line: header on two lines; consumer warning (预付卡 提醒) with headline on two lines (two phrases) and run-in 本报讯（记者 X）, points 一是 / 二是 / 三是 run in at paragraph starts; 典型案例 release: headline, byline line ◇本报记者 X, intro and three bold case titles 案例一：… 案例三：… on lines of their own, each over one paragraph (all one article); 维权热线 box; economic item (12315 诉求 and 挽回损失) signed （通讯员 X） run in at the end; footer with editor and 组版")
    pg.furniture(["鹿溪商报·消费维权",
                  cn_date(2036, 3, 13) + "　B3"], "page header")
    a = Article(
        "a", "预付卡“跑路”频发市场监管部门发出提醒", head=["预付卡“跑路”频发", "市场监管部门发出提醒"],
        byline="本报讯（记者　温小渠）", authors=["温小渠"], lead="本报讯（记者　温小渠）",
        notes="Consumer warning (提醒): headline on two lines (two phrases), joined. Run-in 本报讯（记者 X） excluded "
              "from first. The points 一是 / 二是 / 三是 run in at paragraph starts are body.",
        paras=[
            "近期，市场监管部门接到多起健身、美容、教培类商家闭店后预付卡无法使用的投诉。鹿溪市市场监管局3月12日发布消费提醒：",
            "一是理性办卡，不被高折扣诱惑，单次充值金额不宜过大；",
            "二是签订书面合同，明确服务内容、退费条件，保存好付款凭证；",
            "三是发现商家异常停业，及时拨打12315投诉或向公安机关报案。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "市消保委发布一季度消费维权典型案例",
        byline="◇本报记者　岳听澜", authors=["岳听澜"],
        notes="典型案例 release. **new:** when the cases are printed under ONE headline with an intro, the bold case "
              "titles 案例一：… 案例二：… 案例三：… are crossheads inside one article (as the numbered titles of a group "
              "of poems in handmade55), not headlines of three articles. Byline line ◇本报记者 X (the ◇ is a mark). "
              "The consumers and shops named (钱女士, 孙先生, 某手机店 …) are not authors.",
        paras=[
            "3月12日，鹿溪市消费者权益保护委员会发布一季度消费维权典型案例，提醒消费者依法维权。",
            xh("案例一：网购手机“七天无理由”遭拒", 20),
            "钱女士网购手机后未拆封即申请退货，商家以“已激活”为由拒绝。经调解，商家同意退货并承担运费。",
            xh("案例二：美发店“充值送”变“充值坑”", 20),
            "孙先生充值3000元后，店家更换经营者拒认旧卡。消保委约谈后，新经营者承诺继续履约。",
            xh("案例三：装修延期无人担责", 20),
            "居民邹某新房装修逾期两个月。经调解，装修公司赔偿违约金8600元。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["维权热线",
                  "消费投诉：12315",
                  "消保委：0×××-5128××××",
                  "法律援助：12348"], "维权热线 box (not an article)")
    c = Article(
        "c", "12315一季度为消费者挽回损失620万元",
        byline="（通讯员　乔木）", authors=["乔木"], tail="（通讯员　乔木）",
        notes="The page's economic item. The credit （通讯员 X） run in at the end is the byline, excluded from last.",
        paras=["一季度，鹿溪市12315平台共受理消费者诉求1.8万件，办结率98.6%，为消费者挽回经济损失620万元。其中预付式消费投诉同比增长32%。"])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["编辑：宁小北　　组版：华二"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ls04() -> Page:
    """Daily 法治周刊 page with NO blank line: court report with headline on two lines and run-in 本报讯; label
    以案说法 over a reporter's piece with 【法官说法】 and a （文中当事人均为化名） line; label 普法小贴士 over a box
    WITH its own headline (article); economic court-statistics item with byline line 本报通讯员 X　记者 Y."""
    pg = Page("ls04.txt", cols=30, indent=FW * 2, blanks="never", seed=7504,
              style="city daily 法治周刊 page with NO blank line anywhere: header on three lines (paper; 版名 + 第10版 + date with weekday; 主编 + 责任编辑); court report (拒执罪) with headline on two lines and run-in 本报讯（记者 X　通讯员 Y）; label 以案说法 over a reporter's piece (question headline, byline line 本报记者 X, case, the line 【法官说法】 alone, judge quoted), then a line （文中当事人均为化名） after the body; label 普法小贴士 over a box WITH its own headline and three ①②③ tips; economic item (涉企案件 figures) with headline of two phrases parted by U+3000 and byline line 本报通讯员 X　记者 Y; footer with proof-reader and art editor")
    pg.furniture(["澄江日报",
                  "法治周刊　第10版　" + cn_date(2034, 9, 21),
                  "本版主编：祁山远　　责任编辑：池晚"], "page header")
    a = Article(
        "a", "拒不执行判决裁定一公司法定代表人获刑一年六个月", head=["拒不执行判决裁定", "一公司法定代表人获刑一年六个月"],
        byline="本报讯（记者　叶深　通讯员　管一诺）", authors=["叶深", "管一诺"],
        lead="本报讯（记者　叶深　通讯员　管一诺）",
        notes="Court report on a page with no blank line: headline on two lines, joined. Run-in 本报讯（记者 X　通讯员 Y） "
              "excluded from first. The defendant (石某) is not an author.",
        paras=[
            "9月19日，澄江市江北区人民法院公开宣判一起拒不执行判决、裁定案，被告人石某犯拒不执行判决、裁定罪，被判处有期徒刑一年六个月。",
            "经审理查明，某建材公司拖欠货款210万元，经法院判决后拒不履行。执行期间，该公司法定代表人石某将公司账户资金转入个人账户，用于购买车辆和理财产品，致使判决无法执行。案发后，石某家属代为履行了部分款项。",
            "法院认为，石某有能力执行而拒不执行，情节严重，其行为已构成拒不执行判决、裁定罪，依法作出上述判决。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.furniture(["以案说法"], "column label 以案说法")
    b = Article(
        "b", "网购“盲盒”未如愿，能否退款？", section="以案说法",
        byline="本报记者　冉秋实", authors=["冉秋实"],
        notes="以案说法 piece written by a reporter (section): byline line 本报记者 X, case paragraphs, the line 【法官说法】 "
              "alone as a crosshead inside the body, then the judge quoted (蒋雨桐 is quoted, not an author). The line "
              "（文中当事人均为化名） after the body is not body.",
        paras=[
            "小谢在某电商平台购买了6个“限定款”盲盒，共花费894元，拆开后发现均为普通款，且有2个存在明显瑕疵。小谢要求退款遭拒，商家称“盲盒一经拆封概不退换”。小谢遂诉至法院。",
            "法院审理认为，盲盒商品本身存在质量问题的，不因其销售方式特殊而免除经营者的责任。判决商家退还2个瑕疵盲盒货款298元，驳回小谢其他诉讼请求。",
            Cross("【法官说法】"),
            "承办法官蒋雨桐表示，盲盒的“随机性”是消费者购买前已知晓的交易特点，不能以未抽中心仪款式为由要求退款；但经营者应当保证商品质量，并如实公示款式和抽取概率，“拆封不退”的格式条款不能排除其法定的质量保证义务。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.line(b, "（文中当事人均为化名）", "note")
    pg.furniture(["普法小贴士"], "column label 普法小贴士")
    c = Article(
        "c", "签订租房合同要注意哪几点", section="普法小贴士",
        notes="普法小贴士 box WITH its own headline (as ky04 of handmade55): an article; the three ①②③ tips are the "
              "body. It prints no writer: no byline, no authors.",
        paras=[Raw(["①核实房东身份和房产证，转租的须查看原房东书面同意。",
                    "②写明租金、押金、租期及提前解约的违约责任。",
                    "③入住时拍照记录家具家电状况，妥善保存交款凭证。"])])
    pg.headline(c)
    verse(pg, c, c.paras[0].lines)
    d = Article(
        "d", "江北法院审结涉企案件1.4万件平均审理周期缩短至42天", head=["江北法院审结涉企案件1.4万件　平均审理周期缩短至42天"],
        byline="本报通讯员　龙小溪　记者　叶深", authors=["龙小溪", "叶深"],
        notes="The page's economic item (涉企 court figures). Headline of two phrases parted by U+3000, joined. Byline line 本报通讯员 X　记者 Y (通讯员 first): both authors.",
        paras=[
            "今年前三季度，澄江市江北区人民法院共审结涉企民商事案件1.4万件，涉案标的额86.3亿元，同比分别增长12%和17%。其中，买卖合同、金融借款和建设工程纠纷占六成以上。",
            "该院推行涉企案件“快立快审快执”，平均审理周期缩短至42天，通过诉前调解化解纠纷5100余件。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["校对：包一泓　　美编：应雪"], "footer")
    return pg


PAGES = [ls01, ls02, ls03, ls04]
