"""Pages ka01-ka04 of handmade31 (development set; all papers, courts, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, wrap


# ---------------------------------------------------------------------------
def ka01() -> Page:
    """法治 daily 经济与法 page: case report with 引题 and byline line 本报记者 X　通讯员 Y, cut by a jump line
    （下转第7版）; a judge's commentary with byline line □　X and the line （作者单位：X法院） after it; label 以案说法
    over a box with a 法官说法 crosshead, signed （X） run in at the end; run-in 本报讯（记者 X） item."""
    pg = Page("ka01.txt", cols=26, indent=FW * 2, blanks="para", seed=3101,
              style="法治 daily 经济与法 page: header on three lines (paper; date with weekday + 第6版; 版名 经济与法); case report with 引题 kicker (no 副题) over the headline, byline line 本报记者 X　通讯员 Y, its text cut by a jump line （下转第7版） on a line of its own; judge's commentary with byline line □　X and the line （作者单位：X法院） on a line of its own after the body; label 以案说法 over a case box (case paragraph, crosshead 法官说法, two paragraphs) signed （X） run in at the end; run-in 本报讯（记者 X） item; footer with editor, proof-reader and hotline")
    pg.furniture(["守正法治报",
                  cn_date(2035, 6, 4) + "　第6版",
                  "经济与法"], "page header")
    pg.blank()
    a = Article(
        "a", "一科技公司商业秘密维权获赔186万元",
        subtitle="离职员工带走三千余条客户信息另起炉灶",
        byline="本报记者　蔺秋池　通讯员　苏晚晴", authors=["蔺秋池", "苏晚晴"],
        notes="Case report. The 引题 above the headline (no 副题) is the subtitle (as g01 of handmade22). Byline line "
              "本报记者 X　通讯员 Y: both are authors. **new:** the jump line （下转第7版） printed on a line of its own "
              "after the text is not body (the rest of the report is on another page). Parties (韦某) are not authors.",
        paras=[
            "离职不到两个月，原销售总监就带着公司三千余条客户信息成立了新公司，还以更低的报价“挖走”了十几家老客户。近日，霁江市中级人民法院对这起侵害商业秘密纠纷案作出二审判决，驳回上诉，维持原判，判令被告方停止侵权，并赔偿原告经济损失及合理开支共计186万元。",
            "原告岚川启宸信息技术有限公司是一家从事工业物联网设备销售与维护的企业。2032年3月，该公司销售总监韦某提出辞职，同年5月，韦某与他人共同出资设立霁江拓远智能科技有限公司，经营范围与启宸公司高度重合。此后半年内，启宸公司陆续有14家长期合作客户终止续约，转而与拓远公司签约。",
            "启宸公司随即开展内部排查，发现韦某在离职前一周曾通过公司内网批量下载客户管理系统中的数据，涉及客户名称、联系人、采购周期、设备型号和历史报价等信息共3126条。启宸公司认为，上述信息属于公司的经营秘密，遂将韦某和拓远公司诉至法院。",
            "庭审中，韦某辩称，涉案客户信息多数可以通过公开渠道查询，不属于商业秘密；客户是基于对其个人的信任而自愿与新公司合作。法院审理查明，涉案信息并非简单的客户名录，而是启宸公司在长期经营中积累的、包含交易习惯和价格底线等内容的深度信息，不为公众所普遍知悉。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转第7版）"], "jump line （下转第7版） (not body)")
    pg.gap()
    b = Article(
        "b", "保护商业秘密，企业先要给数据“上锁”", kind="commentary",
        byline="□　邬清源", authors=["邬清源"],
        notes="A judge's commentary: byline line □　X under the headline (the judge who writes is the author). "
              "**new:** the line （作者单位：霁江市中级人民法院） printed on a line of its own after the body is not body "
              "(too long to count as a run-in credit). Commentary.",
        paras=[
            "近年来，随着数字化转型加快，客户数据、技术参数、经营策略等信息的商业价值日益凸显，因员工跳槽引发的商业秘密纠纷也随之增多。从审判实践看，这类案件中权利人败诉的一个重要原因，是未能证明自己对相关信息采取了合理的保密措施。",
            "法律保护商业秘密，前提是权利人自己先把秘密“当回事”。一些企业与员工签订的保密协议内容笼统，对保密范围、期限和违约责任约定不明；有的企业内部系统不设权限，任何员工都能随意查阅、下载核心数据；还有的企业在员工离职时不做交接审查，等到发现客户流失才想起维权，往往已经错过了固定证据的最佳时机。",
            "建议企业从三个方面筑牢防线：一是建立分级分类的信息管理制度，对核心数据设置访问权限并留存操作日志；二是完善保密协议和竞业限制协议，明确约定保密信息的范围；三是在员工离职时做好工作交接和承诺告知，一旦发现泄密苗头，及时通过公证、电子存证等方式固定证据。",
            "对劳动者而言，也应当清楚，职业技能和经验可以带走，但原单位的商业秘密不能带走。合法合规地择业创业，才能走得稳、走得远。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.line(b, "（作者单位：霁江市中级人民法院）", "credit")
    pg.gap()
    c = Article(
        "c", "网店约定“刷单冲量”合同无效", section="以案说法",
        byline="（汤若谷）", authors=["汤若谷"], tail="（汤若谷）",
        notes="Case box under the label 以案说法 (section): the case paragraph, the crosshead 法官说法 (body) and two "
              "paragraphs; signed （X） run in at the end (the byline, excluded from last; the signer is the author). "
              "The parties (孔某) are not authors. Kind article.",
        paras=[
            "2033年10月，经营服装网店的孔某与某电商服务公司签订合作协议，约定由该公司组织人员对孔某店铺内的商品进行“刷单”，每月完成虚假交易不少于800单，孔某按每单3元支付服务费。合作三个月后，孔某以店铺被平台处罚、销量不升反降为由拒付剩余费用，电商服务公司遂诉至法院，要求孔某支付服务费7200元。",
            Cross("法官说法"),
            "榆宁县人民法院审理认为，双方约定通过虚构交易提升店铺销量和信誉，属于以虚假交易欺骗消费者、扰乱市场竞争秩序的行为，违反了法律的强制性规定，也违背公序良俗，该合作协议应属无效。电商服务公司依据无效合同主张服务费，法院不予支持。",
            "法官提醒，“刷单炒信”不仅可能让商家面临平台处罚和行政处罚，相关约定也得不到法律保护。经营者应当依靠提升商品和服务质量赢得消费者，而不是靠数据造假“走捷径”。",
        ])
    pg.furniture(["以案说法"], "column label 以案说法")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "霁江知识产权纠纷快速处理中心运行",
        byline="本报讯（记者　蔺秋池）", authors=["蔺秋池"], lead="本报讯（记者　蔺秋池）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "6月3日，霁江市知识产权纠纷快速处理中心正式运行。中心整合市场监管、法院、仲裁等力量，对事实清楚、权利义务关系明确的专利、商标侵权纠纷，实行“受理、调解、确认”一站式办理，简易案件平均处理周期有望由过去的3个月压缩至30天以内。",
            "据介绍，经中心调解达成的协议，当事人可向法院申请司法确认，增强调解结果的约束力。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["本版编辑：殷照青　　校对：蒲小棠",
                  "新闻热线：400-6186-××××"], "footer with editor, proof-reader, hotline")
    return pg


# ---------------------------------------------------------------------------
def ka02() -> Page:
    """市场监管 paper page, ONE U+3000 indent and NO blank line anywhere: enforcement lead with ——副题 and run-in
    本报讯（记者 X　通讯员 Y）; enforcement case with byline line 本报记者 X; label 消费提示 over a tip (一是／二是／三是);
    食品安全监督抽检信息公告 with a table (not an article); item signed （记者 X） run in at the end."""
    pg = Page("ka02.txt", cols=34, indent=FW, blanks="never", seed=3102,
              style="市场监管 paper 执法·维权 page indented with ONE U+3000 and NO blank line anywhere: header on three lines (paper; date with weekday; 第3版 + 版名 + 责任编辑); enforcement lead with ——副题 (two facts parted by U+3000) and the run-in 本报讯（记者 X　通讯员 Y）; enforcement case with a headline of two phrases parted by U+3000 and byline line 本报记者 X; label 消费提示 over an unsigned tip (intro, 一是／二是／三是 paragraphs, closing line); 食品安全监督抽检信息公告 (issuer, title, 期号, intro, table of header row and three rows wider than the column, 特此公告 text, issuer and date right-aligned); item signed （记者 X） run in at the end; footer with address and proof-reader")
    pg.furniture(["明鉴市场监管报",
                  cn_date(2035, 6, 5),
                  "第3版　执法·维权　　责任编辑：左安澜"], "page header")
    a = Article(
        "a", "岚川集中查办一批计量作弊案件",
        subtitle="——涉案经营户47家　罚没款合计83.6万元",
        byline="本报讯（记者　葛晴川　通讯员　骆思远）", authors=["葛晴川", "骆思远"],
        lead="本报讯（记者　葛晴川　通讯员　骆思远）",
        notes="Enforcement lead: ——副题 is the subtitle. Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both "
              "are authors. No blank line on the page.",
        paras=[
            "记者从岚川省市场监督管理局获悉，今年3月以来，全省市场监管部门在农贸市场、加油站、商超等重点场所开展计量作弊专项整治，共检查经营主体1.2万家，查处计量违法案件47起，罚没款合计83.6万元，其中移送公安机关涉嫌犯罪案件2起。",
            "在泊州市一处农贸市场，执法人员发现部分摊贩使用的电子秤被加装了遥控作弊装置，按下遥控器后，称量结果会自动增加10%至15%。经查，该批作弊电子秤来自同一个销售商，执法人员顺藤摸瓜，在邻县一处民房内查获尚未售出的作弊电子秤180余台和遥控器300余个。",
            "“计量作弊手段越来越隐蔽，有的装在秤盘下面，有的直接写进了芯片程序，靠肉眼很难发现。”省市场监管局计量处有关负责人介绍，此次专项整治中，各地借助智能检测设备对在用计量器具开展“体检”，并推行农贸市场“公平秤”和加油机防作弊在线监控，累计检定各类计量器具6.8万台件。",
            "该负责人表示，下一步将把计量作弊纳入信用监管，对屡查屡犯的经营者依法实施联合惩戒，同时畅通投诉举报渠道，鼓励消费者发现短斤少两时及时拨打12315热线反映。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.body(a)
    b = Article(
        "b", "直播间宣称“七天美白”一化妆品网店被罚62万元",
        byline="本报记者　葛晴川", authors=["葛晴川"],
        notes="Headline of two phrases parted by U+3000 on one line, written unspaced. Byline line 本报记者 X.",
        paras=[
            "近日，霁江市市场监管局公布一起化妆品虚假宣传典型案例。当事人霁江悦颜商贸有限公司在直播带货过程中，宣称其销售的一款面霜“七天美白”“修复激素脸”“医美级效果”，但无法提供相关功效评价资料，且该产品备案类别为普通化妆品，不属于特殊化妆品中的祛斑美白类。",
            "经查，当事人通过直播销售该产品4200余件，销售额31万元。市场监管部门依据反不正当竞争和化妆品监督管理的相关规定，责令其停止违法行为，并处罚款62万元。",
            "执法人员提醒，化妆品宣称美白、祛斑、防脱发等功效，必须按照特殊化妆品注册管理，并有充分的科学依据。消费者在直播间购买化妆品时，可通过药品监管部门的官方平台查询产品注册备案信息，不要轻信“速效”“根治”等夸大宣传。",
        ])
    pg.headline(b, lines=["直播间宣称“七天美白”　一化妆品网店被罚62万元"])
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "夏季选购电风扇认准“CCC”标志", section="消费提示",
        notes="Consumer tip under the label 消费提示 (section), unsigned (no byline, no authors): intro paragraph, "
              "一是／二是／三是 paragraphs and a closing line, all body. Headline of two phrases parted by U+3000, "
              "written unspaced. The regulator that issues the tip is not an author.",
        paras=[
            "入夏以来，电风扇进入销售旺季。泊州市市场监管局近日发布消费提示，提醒消费者选购、使用电风扇时注意以下几点：",
            "一是认准强制性产品认证标志。电风扇属于强制性产品认证目录内的产品，正规产品机身铭牌上应有“CCC”认证标志，并标明生产企业名称、额定电压、额定功率等信息。",
            "二是查看结构做工。选购时可轻轻摇动机身，检查底座是否稳固；查看防护网的网格间距，网格过大容易让儿童手指伸入，存在安全隐患。",
            "三是注意安全使用。电风扇连续使用时间不宜过长，长期不用时应拔下电源插头；出现异响、异味或转速明显变慢时，应立即停止使用并送修。",
            "消费者如发现产品质量问题，可保留购物凭证，通过12315平台进行投诉。",
        ])
    pg.furniture(["消费提示"], "column label 消费提示")
    pg.headline(c, lines=["夏季选购电风扇　认准“CCC”标志"])
    pg.body(c)
    pg.furniture(["泊州市市场监督管理局",
                  "食品安全监督抽检信息公告",
                  "（2035年第9期）"]
                 + wrap("近期，本局组织抽检粮食加工品、食用油、肉制品、饮料、糕点等5类食品186批次，其中合格183批次，不合格3批次。不合格产品信息如下：", 34, FW * 2)
                 + ["序号　标称生产企业　　　样品名称　　不合格项目　　检验结果　　标准值",
                    "1　　泊州丰禾粮油有限公司　压榨菜籽油　酸价（KOH）　4.6mg/g　≤3.0mg/g",
                    "2　　榆宁县乐嘉食品厂　　　蛋糕　　　　霉菌　　　　260CFU/g　≤150CFU/g",
                    "3　　（未标注）　　　　　　散装卤猪肉　亚硝酸盐　　52mg/kg　≤30mg/kg"]
                 + wrap("对抽检中发现的不合格产品，本局已责令相关企业和经营者立即采取下架、召回等措施，并依法开展核查处置。特此公告。", 34, FW * 2)
                 + [FW * 24 + "泊州市市场监督管理局",
                    FW * 26 + "2035年6月3日"],
                 "**new:** 食品安全监督抽检信息公告 with its table (an official notice, not an article)")
    d = Article(
        "d", "榆宁开展电动自行车质量安全专项检查",
        byline="（记者　吕见山）", authors=["吕见山"], tail="（记者　吕见山）",
        notes="Item signed （记者 X） run in at the end, excluded from last. It follows the 公告's right-aligned date.",
        paras=[
            "6月以来，榆宁县市场监管局联合消防、交通等部门对全县电动自行车销售门店和维修网点开展质量安全专项检查，重点查处销售无强制性产品认证产品、非法改装电池和限速装置等行为。截至目前，已检查门店96家，查扣不合格电动自行车及电池210余件，立案查处8起。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["地址：霁江市望霁区明德路68号　　邮编：3×××××　　本版校对：柏知秋"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ka03() -> Page:
    """税务 paper 政策·解读 page, two ASCII spaces: 答记者问 of 问：／答： paragraphs with ——副题 and byline line
    本报记者 X; 政策链接 box (not an article); label 纳税人故事 over a feature with byline line 本报记者 X　通讯员 Y;
    run-in 本报讯（通讯员 X） item."""
    pg = Page("ka03.txt", cols=40, indent="  ", blanks="some", seed=3103, p_para=0.4, p_gap=0.8,
              style="税务 paper 政策·解读 page indented with two ASCII spaces, blank lines sometimes: header on two lines (paper + date with weekday + 第2版; letter-spaced 版名 政 策 · 解 读 + 责任编辑); 答记者问 with ——副题 (…负责人…答记者问) and byline line 本报记者 X, body of four 问：／答： pairs only; 政策链接 box (label, two ◎ document titles each over indented 适用对象／执行期限／主要内容 lines); label 纳税人故事 over a feature with byline line 本报记者 X　通讯员 Y; run-in 本报讯（通讯员 X） item; footer with proof-reader and designer")
    pg.furniture(["泰和税务报　" + cn_date(2035, 6, 6) + "　第2版",
                  "政 策 · 解 读　　责任编辑：滕思源"], "page header")
    pg.blank()
    a = Article(
        "a", "小规模纳税人增值税减免政策延续实施", kind="interview",
        subtitle="——税务部门有关负责人就延续优化部分税费政策答记者问",
        byline="本报记者　桑语迟", authors=["桑语迟"],
        notes="答记者问: ——副题 is the subtitle; byline line 本报记者 X (the reporter is the author; the official who "
              "answers is not). Body only 问：／答： paragraphs. Kind interview (as g03 of handmade22).",
        paras=[
            "问：此次延续实施的小规模纳税人增值税优惠政策主要包括哪些内容？",
            "答：根据近日发布的公告，对月销售额10万元以下（含本数）的增值税小规模纳税人，免征增值税；增值税小规模纳税人适用3%征收率的应税销售收入，减按1%征收率征收增值税；适用3%预征率的预缴增值税项目，减按1%预征率预缴增值税。上述政策执行至2037年12月31日。",
            "问：按季度申报的小规模纳税人如何适用免征增值税政策？",
            "答：按季度申报的小规模纳税人，季度销售额未超过30万元的，免征增值税。需要注意的是，小规模纳税人合计月销售额超过10万元（季度30万元），但扣除本期发生的销售不动产的销售额后未超过10万元（季度30万元）的，其销售货物、劳务、服务、无形资产取得的销售额仍可免征增值税。",
            "问：纳税人享受上述优惠需要办理什么手续？",
            "答：纳税人享受上述优惠实行“自行判别、申报享受、相关资料留存备查”的办理方式，无需额外报送资料。目前，电子税务局已同步升级申报表，系统会根据纳税人填报的销售额自动计算减免税额，纳税人只需确认即可。",
            "问：税务部门将采取哪些措施确保政策落地见效？",
            "答：税务部门将依托税收大数据，精准识别符合条件的纳税人，通过电子税务局、征纳互动平台等渠道定向推送政策信息；同时加强对基层税务人员的业务培训，开展专项辅导，确保纳税人应知尽知、应享尽享。对于利用政策漏洞虚开发票、骗取优惠的行为，税务部门将依法严厉打击。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["政策链接"]
                 + wrap("◎《关于延续实施小规模纳税人增值税减免政策的公告》（2035年第6号）", 40)
                 + ["  适用对象：增值税小规模纳税人",
                    "  执行期限：2035年1月1日至2037年12月31日"]
                 + wrap("◎《关于进一步支持小微企业和个体工商户发展有关税费政策的公告》（2035年第9号）", 40)
                 + ["  适用对象：小型微利企业、个体工商户"]
                 + wrap("  主要内容：减半征收资源税、城市维护建设税、房产税、城镇土地使用税、印花税等税费；年应纳税所得额不超过300万元的部分，减按25%计入应纳税所得额", 40),
                 "**new:** 政策链接 box (label, document titles and their key points; a reference list, not an article)")
    pg.blank()
    b = Article(
        "b", "留抵退税让老厂“换新颜”", section="纳税人故事",
        byline="本报记者　桑语迟　通讯员　庄明月", authors=["桑语迟", "庄明月"],
        notes="Feature under the label 纳税人故事 (section); byline line 本报记者 X　通讯员 Y: both are authors. The "
              "taxpayer quoted (宋晚秋) is not an author.",
        paras=[
            "走进泊州市柘阳县的岚川华岳陶瓷有限公司，一条新改造的智能窑炉生产线正满负荷运转，机械臂将一块块素坯送入窑口，控制室的大屏上实时跳动着温度、能耗等数据。",
            "“要是没有那笔留抵退税，这条线至少要晚一年才能上。”公司财务负责人宋晚秋告诉记者。这家成立于上世纪90年代的陶瓷企业，前几年受市场需求下滑和环保标准提高双重影响，一度经营困难。2033年，公司决定投资4000多万元对老旧窑炉进行节能改造，但资金缺口让项目迟迟无法启动。",
            "柘阳县税务局在走访中了解到企业的困难后，组织专人上门辅导，帮助企业梳理进项税额，指导其申请增量留抵退税。从提交申请到退税款到账，只用了3个工作日，企业先后获得留抵退税1260万元。",
            "改造完成后，新生产线的单位产品能耗下降了28%，产品优等率从82%提高到95%，今年一季度企业销售收入同比增长23%，还接到了两笔来自海外的订单。“退回来的是税款，增添的是底气。”宋晚秋说，公司正在筹划第二条生产线的改造，“到时候还要请税务局的同志来帮我们把把关”。",
            "据了解，今年以来，泊州市税务部门已为制造业企业办理留抵退税18.6亿元，惠及纳税人1300余户。",
        ])
    pg.furniture(["纳税人故事"], "column label 纳税人故事")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "泊州跨区域涉税事项实现全程网办",
        byline="本报讯（通讯员　阎知夏）", authors=["阎知夏"], lead="本报讯（通讯员　阎知夏）",
        notes="Run-in 本报讯（通讯员 X） (a 通讯员 only) excluded from first; the 通讯员 is the author.",
        paras=[
            "近日，泊州市税务局在全市推行跨区域涉税事项报验“全程网上办”，纳税人在外地从事建筑服务等经营活动，可通过电子税务局在线填报、预缴税款和反馈核销，无需再往返两地办税服务厅。据测算，这项举措每年可为纳税人减少跑动1.5万余次。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["校对：严清禾　　版式：常小满"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ka04() -> Page:
    """政府公报 page: full 实施意见 (two-line title, 文号 line, 主送 line, 一、 heads, （一） heads, 1. items,
    issuing body, date and （此件公开发布） after the text), then label 政策解读 over an official's signed 解读
    with ——副题."""
    pg = Page("ka04.txt", cols=46, indent=FW * 2, blanks="arts", seed=3104,
              style="政府公报-style page, blank lines only between blocks: header on three lines (公报 name; 期号 with 总期号; 栏目 省政府办公厅文件); full 实施意见: title on two lines, 文号 line 岚政办发〔2035〕21号, 主送 line flush left, intro, 一、／二、／三、 heads on lines of their own, （一）–（四） heads as short paragraphs, numbered items 1.–7., then the issuing body and date right-aligned and （此件公开发布）; label 政策解读 over an 解读 with ——副题 and byline line post　NAME (the official who writes it); footer (主办／编辑出版 line, page number —12—)")
    pg.furniture(["岚川省人民政府公报",
                  "2035年第11期（总第804期）",
                  "省政府办公厅文件"], "page header")
    pg.blank()
    a = Article(
        "a", "岚川省人民政府办公厅关于进一步降低经营主体制度性交易成本的实施意见",
        head=["岚川省人民政府办公厅关于进一步降低经营主体", "制度性交易成本的实施意见"],
        byline="岚川省人民政府办公厅",
        notes="**new:** a policy document printed in full. Title on two lines, joined. The 文号 line under it is not "
              "body. Body: from the 主送 line 各市、县（区）人民政府… (the document's own text) to the last paragraph of "
              "三、保障措施, the 一、 heads (crossheads), （一） heads and 1. items included. The issuing body printed "
              "right-aligned after the text is the byline (no person: no authors); the date line and （此件公开发布） "
              "after it are not body. Kind article.",
        paras=[
            Raw(["各市、县（区）人民政府，省政府各部门、各直属机构："]),
            "为深入贯彻落实国家关于优化营商环境的决策部署，进一步降低经营主体在市场准入、生产经营、退出等环节的制度性交易成本，激发经营主体活力，经省人民政府同意，现提出如下实施意见。",
            Cross(FW * 2 + "一、总体要求"),
            "坚持问题导向、系统集成，聚焦经营主体反映强烈的堵点难点，以减环节、减材料、减时限、减费用为重点，着力破除隐性壁垒，规范涉企行政行为。到2036年底，企业开办、工程建设项目审批等重点事项办理时间比2034年底再压缩30%以上，涉企违规收费问题得到有效治理，经营主体满意度持续提升。",
            Cross(FW * 2 + "二、重点任务"),
            "（一）降低市场准入成本。",
            "1.全面落实市场准入负面清单制度，清理在资质认定、招标投标、政府采购等领域设置的不合理条件，不得以备案、登记、注册、目录等形式变相设定准入障碍。",
            "2.深化经营主体登记便利化改革，推行企业开办“一网通办”，实现营业执照、印章刻制、发票申领、社保登记等事项一次提交、同步办理，全流程办理时间压缩至1个工作日以内。",
            "（二）规范涉企收费和检查。",
            "3.建立涉企收费目录清单，清单之外一律不得收费。严禁行业协会商会强制企业入会、强制收取会费，严禁中介机构利用行政影响力违规收费。",
            "4.推行“综合查一次”，同一部门对同一经营主体实施的多项检查原则上合并进行，跨部门检查能联合的一律联合。全面推行非现场监管方式，减少对企业正常生产经营的干扰。",
            "（三）提升政务服务效能。",
            "5.推动高频政务服务事项“免证办”，凡是能够通过数据共享获取的证明材料，不再要求企业提供。2035年底前，实现企业常用电子证照在全省范围内互通互认。",
            "6.完善惠企政策“直达快享”机制，依托省一体化政务服务平台精准推送政策，推行免申即享、即申即享，缩短资金兑付周期。",
            "（四）畅通经营主体退出渠道。",
            "7.扩大简易注销适用范围，对未发生债权债务或已将债权债务清偿完结的经营主体，公告时间由20日压缩至10日。健全企业破产府院联动机制，提高破产案件审理效率，降低破产程序成本。",
            Cross(FW * 2 + "三、保障措施"),
            "各地各部门要把降低制度性交易成本作为优化营商环境的重要内容，明确责任分工，细化工作举措，确保各项任务落到实处。省发展改革委要会同有关部门建立经营主体诉求直达机制，定期开展第三方评估，对工作推进不力、经营主体反映问题突出的地方和部门，予以通报并督促整改。",
        ])
    pg.headline(a)
    pg.line(a, "岚政办发〔2035〕21号", "docno")
    pg.blank()
    pg.body(a)
    pg.line(a, FW * 34 + a.byline, "byline")
    pg.line(a, FW * 35 + "2035年5月26日", "date")
    pg.line(a, FW * 2 + "（此件公开发布）", "note")
    pg.blank()
    b = Article(
        "b", "以“降本”之策激发经营主体活力",
        subtitle="——解读《关于进一步降低经营主体制度性交易成本的实施意见》",
        section="政策解读",
        byline="岚川省发展和改革委员会主任　祁望舒", authors=["祁望舒"],
        notes="**new:** 政策解读 written and signed by an official: label 政策解读 (section), ——副题 is the subtitle, "
              "byline line post　NAME under it; the official who writes it is the author (as the commentators who "
              "sign). Kind article (an explanation of the document, not an opinion piece).",
        paras=[
            "制度性交易成本，是经营主体因遵循政府制定的各种制度、规章、政策而需要付出的成本。与税费、融资、用工等显性成本相比，它往往更加隐蔽，却实实在在影响着企业的获得感。近期出台的《实施意见》，聚焦市场准入、涉企收费和检查、政务服务、市场退出四个环节，提出7条具体举措，目的就是把这部分“看不见的成本”降下来。",
            "《实施意见》有三个突出特点。一是突出问题导向。去年以来，我们通过“万家企业评营商环境”活动收集企业诉求3100余条，其中反映审批环节多、证明材料多、检查频次多的占比超过四成，《实施意见》的各项举措都是针对这些问题提出的。二是突出量化目标。比如企业开办全流程1个工作日内办结、简易注销公告时间压缩至10日，都是可衡量、可考核的硬指标。三是突出数据赋能。“免证办”“免申即享”等举措的背后，是全省政务数据共享能力的提升，让数据多跑路、企业少跑腿。",
            "政策的生命力在于执行。下一步，省发展改革委将会同有关部门制定任务分工清单，建立月调度、季通报工作机制，并引入第三方机构对各地落实情况开展评估。我们也欢迎广大经营主体通过政务服务便民热线和省营商环境投诉平台反映问题、提出建议，共同推动各项措施落地见效。",
        ])
    pg.furniture(["政策解读"], "column label 政策解读")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.blank()
    pg.body(b)
    pg.blank()
    pg.furniture(["岚川省人民政府办公厅主办　　岚川省人民政府公报编辑部编辑出版",
                  FW * 21 + "—12—"], "footer (publisher line, page number)")
    return pg


PAGES = [ka01, ka02, ka03, ka04]
