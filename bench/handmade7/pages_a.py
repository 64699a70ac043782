"""Pages r01-r04 of handmade7 (all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def r01() -> Page:
    """经济日报-like 综合 page."""
    pg = Page("r01.txt", cols=26, indent=FW * 2, blanks="para", seed=701,
              style="经济日报-like 综合 page: 引题 + lead + ——副题, second story with 副题 without ——, 本报记者 X Y, 本报讯 items, 时评 with （作者系…） at the end")
    pg.furniture(["经济时报", cn_date(2027, 3, 9) + "　　第5版　综合",
                  "本版编辑：阮青禾　美术编辑：邹一栩"], "masthead / page header")
    pg.blank()
    lead = Article(
        "lead", "一季度重大项目集中开工投资规模同比增长一成",
        head=["一季度重大项目集中开工", "投资规模同比增长一成"],
        subtitle="——中西部地区增速领先，社会资本参与度提高",
        byline="本报记者　牟清源　岑可欣", authors=["牟清源", "岑可欣"],
        notes="引题 '扩大有效投资持续发力' above a two-line headline; subtitle with ——; byline line with two reporters.",
        paras=[
            "开春以来，各地重大项目建设按下“快进键”。记者从国家发展改革委获悉，截至3月上旬，全国已有超过1.1万个省级重大项目集中开工，计划总投资约7.8万亿元，同比增长10.4%。",
            "从区域看，中西部地区重大项目开工数量和投资规模增速均高于全国平均水平。其中，西川、云岭、黔南等省份开工项目计划总投资增幅超过15%，交通、水利、能源类项目占比接近一半。",
            "从领域看，制造业和新型基础设施项目占比持续提高。今年以来开工的项目中，集成电路、新能源装备、生物医药等先进制造业项目计划总投资同比增长18.2%，算力中心、充电网络、城市地下管网改造等项目成为新的增长点。",
            "记者注意到，社会资本参与重大项目建设的积极性明显提高。国家发展改革委投资司有关负责人介绍，今年首批向民间资本推介的项目已有六成以上完成签约，涉及总投资约5600亿元。",
            "“项目资金、用地、用能等要素保障比往年更早到位，这是集中开工提速的重要原因。”中部省份湘沅省发展改革委一位负责人说，该省今年第一批地方政府专项债券资金在2月中旬就已拨付到项目单位。",
            "受访专家表示，一季度是全年投资的“开局”，重大项目集中开工有利于形成实物工作量，对稳定经济增长、扩大就业具有积极作用。下一步，要加强项目全周期管理，防止“开工即停工”，确保项目早建成、早见效。",
        ])
    pg.kicker(lead, "扩大有效投资持续发力")
    pg.headline(lead)
    pg.line(lead, lead.subtitle, "subtitle")
    pg.line(lead, lead.byline, "byline")
    pg.gap()
    pg.body(lead)
    pg.gap()
    sec = Article(
        "sec", "小微企业首贷户数量稳步增加", subtitle="金融机构延伸服务触角，信用贷款占比提升",
        byline="本报记者　訾文博", authors=["訾文博"],
        notes="Subtitle printed without —— under the headline.",
        paras=[
            "记者从金融监管部门获悉，今年前两个月，银行业金融机构新增小微企业首贷户约48万户，同比多增6万户。普惠型小微企业贷款余额增速继续高于各项贷款平均增速。",
            "在东海省临湾市，一家生产智能门锁的小企业去年首次从银行获得150万元信用贷款。企业负责人说，过去没有抵押物，跑了好几家银行都没贷到款，这次是银行客户经理主动上门，根据纳税和用电数据给出授信额度。",
            "业内人士表示，随着涉企信用信息共享水平的提高，银行对小微企业“画像”更加精准，信用贷款占比有望继续提升。",
        ])
    pg.article(sec, order=("headline", "subtitle", "byline", "body"))
    pg.gap()
    b1 = Article(
        "b1", "首届县域商业发展大会举行", byline="本报讯（记者　郜云帆）", authors=["郜云帆"],
        lead="本报讯（记者　郜云帆）",
        paras=[
            "首届县域商业发展大会3月8日在湘沅省澧阳市举行。大会发布了县域商业体系建设典型案例，30个县市的商贸流通企业现场签约合作项目52个，金额约86亿元。",
            "与会人士认为，县域商业连接城乡两个市场，要加快补齐乡镇商贸设施短板，发展连锁经营和即时配送，更好满足县乡居民消费升级需求。",
        ])
    pg.article(b1, order=("headline", "body"))
    pg.gap()
    b2 = Article(
        "b2", "全国碳市场配额成交量同比增长", byline="本报讯（记者　乔素宁）", authors=["乔素宁"],
        lead="本报讯（记者　乔素宁）",
        paras=[
            "记者从全国碳排放权交易市场获悉，今年以来碳排放配额累计成交量达4120万吨，同比增长23%，成交均价保持平稳。纳入碳市场管理的行业范围扩大后，交易主体数量明显增加。",
        ])
    pg.article(b2, order=("headline", "body"))
    pg.gap()
    com = Article(
        "com", "让“首贷”更好润泽小微企业", kind="commentary", section="时评",
        byline="鲍景舟", authors=["鲍景舟"],
        notes="Column label 时评 above the headline; author name with its （作者系…） note printed on one line after the body; the note is not body.",
        paras=[
            "首贷难，一直是小微企业融资的“第一道坎”。企业一旦跨过这道坎，就有了信用记录，后续融资也会顺畅许多。",
            "首贷户数量稳步增加，说明金融机构服务下沉取得了实效。但也要看到，一些银行仍存在“重抵押、轻信用”的惯性，部分地方涉企数据共享不充分，基层信贷人员“不敢贷、不愿贷”的顾虑尚未完全打消。",
            "破解首贷难，既要靠政策引导，也要靠机制创新。要进一步打通税务、社保、水电等涉企数据，完善尽职免责制度，让信贷人员放下包袱；也要引导企业规范财务管理，珍惜信用记录。",
            "小微企业活，就业就稳、经济就活。把首贷这件“小事”办好，意义并不小。",
        ])
    pg.kicker(com, "时评")
    pg.headline(com)
    pg.gap()
    pg.body(com)
    for ln in wrap("鲍景舟（作者系东海财经大学金融学院副教授）", 26):
        pg.line(com, ln, "byline")
    pg.blank()
    pg.furniture(["经济时报社出版　地址：北京市东城区和平里东街甲9号"], "footer")
    return pg


# ---------------------------------------------------------------------------
def r02() -> Page:
    """人民日报 地方 page: four reports, headline on one line over the text, no blank lines."""
    pg = Page("r02.txt", cols=20, indent=FW * 2, blanks="never", seed=702,
              style="人民日报-like 地方 page: four reports, one-line headline directly over text, run-in 本报记者 X byline, photo caption (新华社记者 X 摄), no blank lines")
    pg.furniture(["人民时报", cn_date(2027, 3, 10), "地方　第14版", "责编：庄立人"], "masthead / page header")
    a = Article(
        "a", "沂北县老旧厂房变身创业园", byline="本报记者　虞秋实", authors=["虞秋实"],
        lead="本报记者　虞秋实　",
        paras=[
            "走进沂北县城东的青禾创业园，红砖厂房保留着上世纪七十年代的模样，里面却是直播间、设计工作室和小型加工车间。",
            "这里原是县纺织厂的老厂区，企业改制后闲置多年。前年，县里引入运营公司对厂房进行改造，按照“政府引导、企业运营、租金减免”的方式招引创业项目。",
            "“头一年房租全免，第二年减半，水电网络都是现成的。”在园区做农产品电商的返乡青年包晓岚说，她的团队去年销售额突破600万元，带动周边200多户农户增收。",
            "目前，创业园已入驻企业和团队87家，吸纳就业1300多人。县人社局负责人介绍，沂北县正在对另外3处闲置厂房开展评估，计划年内再建两个创业孵化基地。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.furniture(["图为青禾创业园内的直播间。", "新华社记者　邝远山　摄"], "photo caption with credit")
    b = Article(
        "b", "金川市推行企业开办“一日办结”", byline="本报记者　姬永和", authors=["姬永和"],
        lead="本报记者　姬永和　",
        paras=[
            "在金川市政务服务中心，企业开办专区的工作人员半天就为一家新设立的餐饮公司办完了营业执照、印章刻制、发票申领和社保登记。",
            "金川市市场监管局局长佟建平介绍，去年以来，当地将企业开办涉及的6个环节整合为“一表申请、一窗受理、一日办结”，全年新设经营主体同比增长16%。",
            "今年，金川市还将推出企业注销“一网通办”，进一步降低市场主体进退成本。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "河湾镇稻虾共养亩均增收两千元", byline="本报记者　闵若溪", authors=["闵若溪"],
        lead="本报记者　闵若溪　",
        paras=[
            "初春时节，河湾镇万亩稻虾共养基地里，农户们正忙着清理沟渠、投放虾苗。",
            "“一季稻一季虾，一亩地能多挣两千元。”种养大户蒙德昌承包了300亩稻田，去年纯收入超过50万元。",
            "河湾镇党委书记介绍，镇里成立了稻虾产业合作社，统一提供种苗、技术和销售服务，并与两家食品企业签订了保底收购协议。全镇稻虾共养面积已发展到1.2万亩，带动1800多户农户增收。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "清源区养老服务站覆盖所有社区", byline="本报记者　柴文静", authors=["柴文静"],
        lead="本报记者　柴文静　",
        paras=[
            "清源区日前实现社区养老服务站全覆盖，全区62个社区均可为老年人提供助餐、日间照料、康复护理等服务。",
            "在东苑社区养老服务站，78岁的居民汤秀英每天中午都来吃饭。“一荤两素一汤，只要12块钱，还能和老伙计们聊聊天。”",
            "清源区民政局有关负责人表示，区里通过公建民营方式引入专业机构运营服务站，并对低收入老年人给予助餐补贴。下一步将推广家庭养老床位，让更多老年人在家门口享受专业服务。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版地址：people-local@rmsb-example.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def r03() -> Page:
    """金融时报/证券日报-like page."""
    pg = Page("r03.txt", cols=34, indent="", blanks="arts", seed=703,
              style="金融时报/证券日报-like page: headline + 副题 + byline, whole-sentence crossheads without punctuation, chart title and figures, one headline printed after its body")
    pg.furniture(["金融时报周刊　市场", cn_date(2027, 3, 11) + "　A3", "编辑　童暮云　制作　谭小川"], "page header")
    pg.blank()
    a = Article(
        "a", "一季度债券市场融资规模稳中有升", subtitle="——科技创新债券发行提速，绿色债券品种持续丰富",
        byline="本报记者　冼慕华", authors=["冼慕华"],
        notes="Crossheads are whole sentences printed on their own line without end punctuation.",
        paras=[
            "今年以来，债券市场运行总体平稳，融资规模稳中有升。据记者统计，截至3月10日，今年各类债券累计发行约15.6万亿元，同比增长7.3%。其中，公司信用类债券发行3.4万亿元，同比增长9.1%。",
            Cross("“稳增长”政策效应持续显现"),
            "分析人士认为，债券发行规模增长，与稳增长政策持续发力密切相关。地方政府专项债券发行节奏明显前置，前两个月新增专项债券发行规模超过8000亿元，主要投向交通基础设施、市政和产业园区、保障性安居工程等领域。",
            "华岳证券首席固收分析师阚思远表示，专项债券发行提前，有利于尽早形成实物工作量，对一季度投资形成支撑。同时，市场利率处于相对低位，企业发债融资成本下降，发行意愿有所增强。",
            Cross("科技创新债券成为市场新亮点"),
            "今年以来，科技创新债券发行明显提速。数据显示，前两个多月共有120多家企业发行科技创新债券，规模合计约1900亿元，发行主体涵盖商业银行、证券公司、科技型企业和股权投资机构。",
            "“科技创新债券期限普遍较长，与科技企业研发投入周期较为匹配。”一家国有大行投资银行部负责人说，部分民营科技企业首次通过债券市场获得长期资金，票面利率也处于较低水平。",
            Cross("绿色债券品种进一步丰富"),
            "绿色债券市场同样保持活跃。今年以来，转型债券、可持续发展挂钩债券、蓝色债券等创新品种相继落地，募集资金主要用于清洁能源、节能改造和海洋生态保护等项目。",
            "业内人士预计，随着相关政策进一步完善，债券市场服务实体经济的能力将持续提升，全年信用债发行规模有望保持增长。",
        ])
    pg.article(a, order=("headline", "subtitle", "byline", "body"))
    pg.blank()
    pg.furniture(["图表：今年1月至3月上旬各类债券发行规模（亿元）", "国债　　　　　　28650", "地方政府债　　　21430",
                  "金融债　　　　　39820", "公司信用类债券　34170", "数据来源：公开市场数据　制图：谭小川"],
                 "chart title, figures and credit")
    pg.blank()
    b = Article(
        "b", "险资权益投资比例有望稳步提升", byline="本报记者　殷可为", authors=["殷可为"],
        notes="Headline and byline printed AFTER the body.",
        paras=[
            "保险资金作为长期资金的重要来源，其权益投资动向备受市场关注。截至去年末，保险资金运用余额超过33万亿元，其中股票和证券投资基金配置比例约为12.7%，较上年末提高1.1个百分点。",
            "多位业内人士表示，在监管引导长期资金入市的背景下，险资权益投资比例仍有提升空间。一家大型保险资管公司投资总监指出，高股息、低估值板块与保险资金负债端特点较为匹配，是险资增配的重点方向。",
            "也有分析人士提醒，险资增配权益资产需要兼顾偿付能力和资产负债匹配要求，预计提升过程将是渐进的。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "两家城商行获批发行二级资本债", byline="本报记者　冼慕华", authors=["冼慕华"],
        paras=[
            "记者日前获悉，江屿银行和北岭银行分别获批发行不超过30亿元和20亿元的二级资本债券，募集资金将用于补充二级资本。",
            "今年以来，已有十余家中小银行获批发行资本补充工具。业内人士认为，中小银行通过多种渠道补充资本，有助于增强风险抵御能力和服务实体经济能力。",
        ])
    pg.article(c, order=("headline", "byline", "body"))
    pg.blank()
    d = Article(
        "d", "公募基金费率改革进入新阶段", byline="本报记者　蒲晓禾", authors=["蒲晓禾"],
        paras=[
            "继管理费、托管费和交易佣金下调之后，公募基金销售环节费率改革近日启动。按照新规，股票型、混合型基金的认购费率、申购费率上限分别下调至0.8%和1.2%。",
            Cross("投资者综合成本进一步降低"),
            "据测算，此轮改革实施后，每年可为投资者节省费用约300亿元。多家基金公司表示，将加快调整销售服务体系，从“重首发”转向“重持营”，提高投资者持有体验。",
        ])
    pg.article(d, order=("headline", "byline", "body"))
    pg.blank()
    pg.furniture(["本版文章仅供参考，不构成投资建议"], "footer disclaimer")
    return pg


# ---------------------------------------------------------------------------
def r04() -> Page:
    """晚报 民生 page: 16-char column, two-line letter-spaced headlines, ◎记者 bylines, （X） signatures."""
    pg = Page("r04.txt", cols=16, indent="  ", blanks="some", seed=704, p_para=0.4, p_gap=0.6,
              style="晚报 民生 page: 16-char column, headlines broken over two letter-spaced lines, ◎记者 X bylines, （X） signature at the end")
    pg.furniture(["江城晚报", cn_date(2027, 3, 12), "民生·A07", "首席编辑 甘露"], "page header")
    pg.blank()
    items = [
        Article("a", "社区食堂推出周末早餐", head=["社区食堂推出", "周末早餐"],
                byline="◎记者　沈晓桐", authors=["沈晓桐"],
                paras=[
                    "从本周六起，碧桂巷社区食堂将在周末增开早餐，供应时间为早上6点半至9点。",
                    "食堂负责人介绍，早餐有豆浆、油条、热干面、蒸饺等十多个品种，60岁以上老人凭卡可享九折优惠。",
                    "不少居民说，周末早上不用再跑远路买早点了。",
                ]),
        Article("b", "地铁5号线站点新增母婴室", head=["地铁5号线站点", "新增母婴室"],
                byline="◎记者　殷梦蝶　通讯员　田少安", authors=["殷梦蝶", "田少安"],
                paras=[
                    "记者昨日从市地铁集团获悉，地铁5号线已有12座车站完成母婴室改造，配备了尿布台、哺乳椅、洗手池和紧急呼叫按钮。",
                    "市地铁集团客运部相关负责人表示，年内全线网将再新增母婴室30处，优先在换乘站和大客流车站建设。",
                ]),
        Article("c", "老人误入传销群民警及时劝回", head=["老人误入传销群", "民警及时劝回"],
                byline="（卢汉青）", authors=["卢汉青"], tail="（卢汉青）",
                notes="Signature （卢汉青） run in at the end of the body, excluded from last.",
                paras=[
                    "近日，家住汉阳的72岁刘大爷被拉进一个“养老项目投资群”，群里有人声称投资一万元每月可返利一千元。",
                    "刘大爷准备去银行取钱时，辖区派出所民警接到反诈预警后赶到，向他讲明了其中的骗局，刘大爷最终打消了投资念头。警方提醒，凡是承诺高额回报的“养老项目”，都要提高警惕。",
                ]),
        Article("d", "菜价回落绿叶菜每斤降五毛", head=["菜价回落", "绿叶菜每斤降五毛"],
                byline="◎记者　冉菲菲", authors=["冉菲菲"],
                paras=[
                    "随着气温回升，本地蔬菜大量上市，我市菜价明显回落。",
                    "记者昨日在白沙洲农产品大市场看到，菠菜、小白菜、油麦菜批发价每斤在1.5元至2元之间，比上周每斤下降约5毛钱。",
                    "市场管理方预计，未来两周菜价将继续保持平稳略降态势。",
                ]),
        Article("e", "公园湖边新装一批救生圈", head=["公园湖边新装", "一批救生圈"],
                byline="（廖晴）", authors=["廖晴"], tail="（廖晴）",
                notes="Signature （廖晴） run in at the end of the body, excluded from last.",
                paras=[
                    "为保障游客安全，市园林部门近日在沙湖公园、南湖公园等6个公园的湖边新装了80个救生圈和20根救生杆，并设置了安全警示牌。",
                ]),
    ]
    for i, a in enumerate(items):
        pg.headline(a, sep=FW)
        if a.byline.startswith("◎"):
            pg.line(a, a.byline, "byline")
        pg.gap()
        pg.body(a)
        pg.gap()
        if i == 2:
            pg.furniture(["江城晚报民生热线：96333"], "hotline box")
            pg.gap()
    pg.furniture(["本版图片除署名外均为资料图片"], "footer")
    return pg


PAGES = [r01, r02, r03, r04]
