"""Pages s09-s12 of handmade8 (held out; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, spaced


# ---------------------------------------------------------------------------
def s09() -> Page:
    """晚报 page: 9-char column, a blank line after every line, vertical headline."""
    pg = Page("s09.txt", cols=9, indent=FW * 2, blanks="every", seed=809,
              style="晚报 page: 9-char column extracted with a blank line after every line; □晚报记者 X and 文/图 bylines, a vertical headline (one character per line), run-in 晚报讯（记者 X）, run-in （实习生 X　记者 Y） at the end, 新闻热线 box")
    pg.furniture(["南湖晚报", "城事·A09", cn_date(2028, 3, 14), "值班编辑　左依依"], "page header")
    a = Article(
        "a", "路边摊变身“夜市集”", head=["路边摊变身", "“夜市集”"], byline="□晚报记者　章小鸥", authors=["章小鸥"],
        notes="Headline on two lines, joined.",
        paras=[
            "过去散落在路边的流动摊贩，如今有了固定的“家”。",
            "昨晚，位于东湖路的“星光夜市集”开市，120个摊位统一规划、统一管理，供应小吃、文创和日用百货。",
            "城管部门表示，夜市集实行“定时定点”经营，每晚6点至11点开放，收摊后统一清扫。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "一元早餐", head=list("一元早餐"), byline="晚报讯（记者　贺盈盈）", authors=["贺盈盈"],
        lead="晚报讯（记者　贺盈盈）",
        notes="Headline set vertically, extracted one character per line (joined as the title); run-in 晚报讯（记者 X） excluded from first.",
        paras=[
            "南苑社区的爱心早餐点已坚持了三年，每天早上为环卫工人和独居老人提供一元早餐，一碗粥、两个包子、一个鸡蛋。",
            "早餐点由社区和附近一家餐馆共同运营，不足部分由爱心企业资助。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "地铁站里的“爱心伞”", head=["地铁站里的", "“爱心伞”"], byline="文/图　晚报记者　章小鸥", authors=["章小鸥"],
        paras=[
            "昨天下午突降小雨，地铁2号线多个站点的“爱心伞”架前排起了队。",
            "据了解，爱心伞免费借用，乘客扫码登记后即可取伞，七天内归还到任意站点即可。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["南湖晚报新闻热线", "96811"], "新闻热线 box")
    d = Article(
        "d", "小区里的旧衣回收箱满了", head=["小区里的旧衣", "回收箱满了"], byline="（实习生　苗禾　记者　蔡一）",
        authors=["苗禾", "蔡一"], tail="（实习生　苗禾　记者　蔡一）",
        notes="Unsigned at the top; （实习生 X　记者 Y） run in at the end, excluded from last.",
        paras=[
            "不少市民反映，小区里的旧衣回收箱经常塞满，衣物散落一地。",
            "记者了解到，回收企业承诺将清运频次由每周一次增加到每周两次。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["南湖晚报社　地址：南湖市解放路18号"], "footer")
    return pg


# ---------------------------------------------------------------------------
def s10() -> Page:
    """English-heavy technology page."""
    pg = Page("s10.txt", cols=32, indent=FW * 2, blanks="para", seed=810,
              style="tech page with many English names: company and product names, model numbers (NX-9, LPDDR5X), percentages and units in headlines and bodies, 本报记者 X 发自深圳, English page header, 极客观察 column signed □ X")
    pg.furniture(["TECH WEEKLY　数字科技周刊", "B2　前沿", cn_date(2028, 3, 15), "编辑：蒙若琪　美编：Lily Zhou"], "page header")
    pg.blank()
    a = Article(
        "a", "NovaChip发布端侧AI芯片NX-9能效提升35%",
        subtitle="——采用3nm工艺，可在手机上本地运行70亿参数大模型",
        byline="本报记者　庄一帆　发自深圳", authors=["庄一帆"],
        notes="Headline mixing English names, a model number and a percentage; ——副题; byline with 发自深圳.",
        paras=[
            "3月14日，芯片设计企业NovaChip（诺瓦芯）在深圳发布新一代端侧AI芯片NX-9。该芯片采用3nm制程工艺，集成8核CPU、12核GPU和新一代NPU（神经网络处理单元），AI算力达到60 TOPS，能效比上一代NX-8提升35%。",
            "NovaChip首席技术官Daniel Yuen在发布会上介绍，NX-9支持LPDDR5X内存和UFS 4.1存储，可在手机上本地运行70亿参数的大语言模型，首字响应时间缩短至0.3秒以内。“用户的照片、语音和文档不需要上传云端，隐私更有保障。”",
            "据悉，已有5家手机厂商和2家PC厂商确定采用NX-9，首批搭载该芯片的终端产品预计于今年第三季度上市。NovaChip还宣布与开源社区OpenVerse合作，为开发者提供模型压缩和部署工具链。",
            "市场研究机构TechLens数据显示，去年全球具备端侧生成式AI能力的智能手机出货量约3.1亿部，占智能手机总出货量的26%；预计到2030年，这一比例将超过70%。",
            "TechLens分析师Maggie Lin认为，端侧AI芯片的竞争焦点正从单纯的算力比拼转向能效、内存带宽和软件生态的综合较量，“谁能让大模型在手机上跑得又快又省电，谁就能赢得终端厂商”。",
        ])
    pg.article(a, order=("headline", "subtitle", "byline", "body"))
    pg.gap()
    b = Article(
        "b", "Wi-Fi7路由器出货量同比增长230%", byline="本报记者 祁思源", authors=["祁思源"],
        subtitle="家庭网络进入升级周期",
        notes="引题 (kicker) above the headline, recorded in subtitle; byline with an ASCII space between 本报记者 and the name.",
        paras=[
            "行业数据显示，今年1月至2月，国内Wi-Fi7路由器出货量约420万台，同比增长230%，在家用路由器中的占比升至18%。",
            "业内人士表示，随着支持Wi-Fi7的手机、笔记本电脑和电视日益普及，家庭网络升级需求持续释放。目前，主流Wi-Fi7路由器的价格已降至300元至500元区间，较上市初期下降约六成。",
            "不过，也有专家提醒，Wi-Fi7的320MHz频宽等特性需要终端和路由器同时支持才能发挥，消费者购买前应了解自家设备的兼容情况。",
        ])
    pg.article(b, order=("kicker", "headline", "byline", "body"), kicker=b.subtitle)
    pg.gap()
    c = Article(
        "c", "OpenVerse开源模型累计下载量突破1亿次", byline="本报讯（记者　庄一帆）", authors=["庄一帆"],
        lead="本报讯（记者　庄一帆）",
        paras=[
            "开源社区OpenVerse近日宣布，其发布的系列开源大模型在全球累计下载量突破1亿次，衍生模型超过8.6万个。社区还发布了面向编程场景的新模型OV-Coder 2，在多项代码生成基准测试中的得分提升约12%。",
        ])
    pg.article(c, order=("headline", "body"))
    pg.gap()
    d = Article(
        "d", "别让“AI”成为营销噱头", kind="commentary", section="极客观察", byline="□ 景一帆", authors=["景一帆"],
        notes="Column label 极客观察 above the headline; byline □ X under it.",
        paras=[
            "如今，从冰箱、空调到牙刷、电饭煲，似乎什么产品都要贴上“AI”的标签。有的产品不过增加了一个语音开关，就自称“AI智能家电”；有的App只是接入了一个聊天机器人，就号称“全面AI化”。",
            "给产品贴上AI标签，本无可厚非。但如果名不副实，不仅会误导消费者，也会透支消费者对新技术的信任。相关部门应加快制定AI产品的标识规范，企业也应把功夫下在真正的技术创新上。",
        ])
    pg.kicker(d, "极客观察")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["扫码订阅《数字科技周刊》电子版　www.techweekly-example.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def s11() -> Page:
    """Monthly magazine: table of contents (目录) page with 卷首语, a 本刊讯 item and a reader's letter."""
    pg = Page("s11.txt", cols=36, indent=FW * 2, blanks="some", seed=811, p_para=0.3, p_gap=0.7,
              style="monthly magazine 目录 page: table of contents with section labels, page numbers, titles / authors and one-line blurbs (not articles), 卷首语 signed after the body, 本刊讯 item, 编读往来 letter, 征订启事")
    pg.furniture(["新乡土", "月刊　2028年第3期　总第147期"], "magazine masthead")
    pg.blank()
    pg.furniture([spaced("目录", FW * 2),
                  "卷首语",
                  "01　春天的约定　／邢知远",
                  "封面故事",
                  "08　县城咖啡：一杯咖啡里的小城生意经",
                  "　　从省会到县城，咖啡馆正在成为年轻人新的社交空间。记者走访五座县城，记录小店主们的坚持与困惑。",
                  "16　返乡青年：在家门口找到“诗和远方”",
                  "产业观察",
                  "24　一颗脐橙的数字化之路　／文　钟晓岚",
                  "30　预制菜下乡，是机会还是陷阱？",
                  "人物",
                  "36　老木匠的新徒弟",
                  "　　七十岁的木匠和他的三个“00后”徒弟，一起让老手艺走进了直播间。",
                  "乡村笔记",
                  "44　外婆的菜园（散文）　／林知秋",
                  "编读往来　62　　　　征订启事　64"], "table of contents (目录)")
    pg.blank()
    a = Article(
        "a", "春天的约定", kind="commentary", section="卷首语", byline="本刊主编　邢知远", authors=["邢知远"],
        notes="卷首语 (editor's foreword): label goes to section; signed on a line after the body. The same title "
              "appears in the table of contents above, which is not the headline.",
        paras=[
            "每年三月，编辑部都会收到一批来自乡村的来信。有人写村口新开的咖啡馆，有人写返乡后的第一个春耕，也有人写外婆菜园里冒出的新芽。",
            "这些文字未必华丽，却带着泥土的温度。它们让我们相信，乡村从来不只是城市的“远方”，它有自己的节奏、自己的故事，也有自己的年轻人。",
            "本期封面故事，我们把目光投向县城里的咖啡馆。一杯咖啡的价格、一家小店的去留，折射的是县城消费的变化，也是年轻人在城与乡之间的选择。",
            "春天是一个约定。我们愿意和读者一起，继续记录乡土中国的变与不变。",
        ])
    pg.kicker(a, "卷首语")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    b = Article(
        "b", "本刊“乡村故事”征文活动启动", lead="本刊讯　",
        notes="Run-in 本刊讯 excluded from first; no person named.",
        paras=[
            "由本刊主办的第五届“乡村故事”征文活动日前启动。征文面向全国读者，题材不限，散文、纪实、小说均可，字数在3000字以内。",
            "征文截止日期为2028年6月30日，获奖作品将在本刊陆续刊发。投稿邮箱：zhengwen@xxt-example.cn。",
        ])
    pg.article(b, order=("headline", "body"))
    pg.gap()
    c = Article(
        "c", "希望多刊登实用农技知识", section="编读往来", byline="辽宁铁岭读者　岳秋生", authors=["岳秋生"],
        notes="Reader's letter under the label 编读往来; signature line after the body.",
        paras=[
            "我是贵刊的老读者，订阅已经八年了。贵刊的人物故事和散文写得很好，但我希望能多刊登一些实用的农技知识，比如果树修剪、病虫害防治、农机使用等，对我们种地的人帮助更大。",
        ])
    pg.kicker(c, "编读往来")
    pg.headline(c)
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.furniture(["征订启事", "本刊国内统一连续出版物号CN21-13××，邮发代号8-×××，每期定价12元，全年144元。",
                  "全国各地邮局均可订阅，也可扫描下方二维码在线订阅。"], "subscription notice (征订启事)")
    return pg


# ---------------------------------------------------------------------------
def s12() -> Page:
    """评论·观点 page: editorial, two signed op-eds, 微言 short comments, a cartoon caption."""
    pg = Page("s12.txt", cols=46, indent="", blanks="arts", seed=812,
              style="评论·观点 page: 社论 (letter-spaced headline, unsigned), 观察家 op-ed with 文／X under the headline and （作者系…） at the end, op-ed with name and identity on one line (■ X　…研究员), 微言 column of two 【title】 run-in items signed （X）, cartoon caption")
    pg.furniture(["滨江日报", "评论·观点　第4版", cn_date(2028, 3, 16), "评论部主编：袁慕白　责任编辑：贝小棠"], "page header")
    pg.blank()
    a = Article(
        "a", "让“放心消费”成为城市名片", kind="commentary", section="社论",
        notes="Label 社论 goes to section; headline letter-spaced with spaces; unsigned editorial, no authors.",
        paras=[
            "“3·15”国际消费者权益日即将到来。近年来，我市持续开展放心消费创建活动，全市已有1.2万家经营者作出线下无理由退货承诺，消费投诉按期办结率保持在98%以上。",
            "放心消费，是最好的营商环境，也是最实在的民生工程。消费者敢消费、愿消费，市场才能活起来；经营者守诚信、讲规矩，城市的口碑才能立起来。",
            "也要看到，预付式消费“跑路”、直播带货虚假宣传、网络购物“大数据杀熟”等问题仍时有发生，新业态新模式下的消费维权仍存在短板。",
            "让“放心消费”成为城市名片，需要监管部门敢于亮剑，对侵害消费者权益的行为依法严惩；需要平台企业压实责任，完善商家准入和纠纷处理机制；也需要消费者增强维权意识，遇到问题依法维权。",
            "人人都是消费者。守护好每一次消费，就是守护好这座城市的信誉。",
        ])
    pg.kicker(a, "社论")
    pg.headline(a, sep=" ")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "预付式消费监管要跟上新业态", kind="commentary", section="观察家", byline="文／吴衡之", authors=["吴衡之"],
        notes="Label 观察家; byline 文／X under the headline; the （作者系…） identity line after the body is not body.",
        paras=[
            "健身卡、美容卡、教培课、洗车卡……预付式消费已经渗透到生活的方方面面。它方便了消费者，也帮助经营者提前回笼资金，但一旦经营者关门“跑路”，消费者往往投诉无门。",
            "问题的症结在于，预付资金长期游离于监管之外。一些经营者把预收款当作“无息贷款”，盲目扩张，资金链一断，损失就转嫁给了消费者。",
            "破解这一难题，关键是管住资金。可以推广预付资金存管制度，由银行按照服务进度向经营者拨付资金；对单张卡金额、预付期限设置上限；同时建立经营者信用档案，对恶意“跑路”者依法追责。",
            "对于直播间售卖的线上预付课程、会员服务等新形式，监管规则也要及时跟进，避免出现新的空白地带。",
        ])
    pg.kicker(b, "观察家")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.line(b, "（作者系东岭大学法学院教授）", "note")
    pg.blank()
    c = Article(
        "c", "老年人消费维权需要更多“帮手”", kind="commentary", byline="■ 陶若谷　滨江市社会科学院研究员",
        authors=["陶若谷"],
        notes="Name and identity printed on one line under the headline (■ X　…研究员): the whole line is the byline.",
        paras=[
            "老年人是保健品推销、旅游购物陷阱的主要受害群体。不少老人上当后碍于面子不愿声张，或者不知道该向谁求助。",
            "帮老年人维权，社区是第一道防线。社区可以联合市场监管、公安等部门定期开展防骗宣传，设立维权联络员，让老人遇到问题有人可问、有处可诉。子女也要多陪伴、多沟通，别让老人在孤独中被“温情营销”乘虚而入。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["微言"], "column label 微言")
    w1 = Article(
        "w1", "“免密支付”不能免责", kind="commentary", section="微言", byline="（柯一苇）", authors=["柯一苇"],
        lead="【“免密支付”不能免责】", tail="（柯一苇）",
        notes="Run-in title in 【】 on the first body line; signature （X） run in at the end, excluded from last.",
        paras=["一些App在用户不知情的情况下默认开通免密支付，扣费时也不及时提醒。方便不能以牺牲知情权为代价，平台应把开通和关闭的选择权真正交给用户。"])
    w2 = Article(
        "w2", "退订按钮别藏太深", kind="commentary", section="微言", byline="（闻笛）", authors=["闻笛"],
        lead="【退订按钮别藏太深】", tail="（闻笛）",
        notes="Run-in title in 【】 on the first body line; signature （X） run in at the end, excluded from last.",
        paras=["订阅一键就能开通，退订却要翻五六层菜单。这种“进门容易出门难”的设计，说到底是在和用户玩捉迷藏，应当纳入监管视野。"])
    for w in (w1, w2):
        pg.body(w, head_role=True)
    pg.blank()
    pg.furniture(["漫画：《满减“套路”》　何小戈／绘"], "cartoon caption")
    pg.blank()
    pg.furniture(["本版投稿邮箱：pinglun@bjrb-example.cn　来稿请注明真实姓名和联系方式"], "footer")
    return pg


PAGES = [s09, s10, s11, s12]
