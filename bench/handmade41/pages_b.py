"""Pages kk05-kk08 of handmade41 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap
from pages_a import justify_full


# ---------------------------------------------------------------------------
def kk05() -> Page:
    """工商 paper 深度 page with a round table: label 圆桌, 引题 kicker, headline, byline line 主持人：本报记者 X, a
    嘉宾 box (three guests with posts) before the body, run-in 主持人：／NAME： paragraphs, a pull quote in large
    type BETWEEN two paragraphs; run-in 本报讯（记者 X） item; 数据 box."""
    pg = Page("kk05.txt", cols=34, indent=FW * 2, blanks="arts", seed=4105,
              style="工商 paper 深度 page with a ROUND TABLE, blank lines only between articles and blocks: header on two lines; label 圆桌 over an 引题 kicker (no 副题) and headline, byline line 主持人：本报记者 X, a 嘉宾 box (label and three lines post　NAME) before the body, then run-in 主持人：／NAME： paragraphs of three guests, a PULL QUOTE in large type (「…」 repeated from a guest's answer, with the guest's name) printed BETWEEN two paragraphs; run-in 本报讯（记者 X） item; 数据 box (title, three figures with captions, source); footer with editor, proof-reader and designer")
    pg.furniture(["7　深度", "九衢工商时报　" + cn_date(2036, 4, 20)], "page header")
    pg.blank()
    a = Article(
        "a", "县域消费潜力怎么挖", section="圆桌", kind="interview",
        subtitle="“千县万镇”消费提升行动观察",
        byline="主持人：本报记者　欧阳青禾", authors=["欧阳青禾"],
        notes="Round table under the label 圆桌 (section). The 引题 above the headline (no 副题) is the subtitle, as g01 "
              "of handmade22. **new:** byline line 主持人：本报记者 X: the moderator, a reporter of the paper, is the "
              "author. The 嘉宾 box listing the three guests before the body is not body. The body runs from the "
              "first 主持人： question to the last guest's answer; the run-in speaker labels are body. The pull quote "
              "in large type printed between two paragraphs repeats 甘棠's words and is not body (the body is in "
              "pieces). The guests (甘棠, 左念秋, 邵一川) are not authors. Kind interview (the moderator's questions "
              "and the guests' answers).",
        paras=[
            "主持人：今年以来，县域消费增速连续多个月快于城市。各位怎么看县域消费的潜力？",
            "甘棠：县域是我国消费市场的“大后方”。全国近一半人口生活在县域，但县域社会消费品零售总额占全国的比重只有三成多，人均消费水平与大城市相比还有不小差距。差距就是潜力。随着县域居民收入持续增长、返乡创业人员增多，县域消费正在从“有没有”向“好不好”转变。",
            "左念秋：从我们的监测看，今年一季度九衢下辖8个县的社会消费品零售总额同比增长7.9%，比市区高出2.3个百分点。增长较快的是汽车、家电和餐饮，特别是县城的新能源汽车销量翻了一番。",
            "邵一川：我们在县城的门店感受也很明显。过去县城顾客买东西看价格，现在越来越看重品质和体验，进口水果、预制菜、烘焙产品卖得都不错。我们去年在县城新开的12家门店，坪效比老门店高出15%。",
            "主持人：既然潜力这么大，制约县域消费的主要因素是什么？",
            "甘棠：我认为县域消费的短板不在需求，而在供给。很多县城缺少有吸引力的商业综合体，品牌连锁门店少，服务消费供给尤其不足。居民想看一场好电影、想带孩子上个培训班，往往要跑到市区去。",
            "邵一川：物流成本也是个问题。县城门店配送半径大、订单分散，单件配送成本比城市高出三到四成。我们在一些县城建了前置仓，但乡镇一级的网点还是很难铺开。",
            "左念秋：还有一个是消费环境。县域市场的监管力量相对薄弱，假冒伪劣、售后难等问题时有发生，影响了居民的消费信心。",
            "主持人：下一步应该从哪些方面发力？",
            "左念秋：我们正在实施县域商业“补链”工程，计划用两年时间，在每个县建设至少一个县级物流配送中心，改造提升一批乡镇商贸中心，同时引导连锁企业到县城开店，对新开门店给予租金补贴。",
            "邵一川：企业要下沉，更要“扎根”。我们的经验是商品要本地化，县城门店有三成商品是本地农产品，既满足了居民需求，也带动了农户增收。",
            "甘棠：扩大县域消费，说到底要靠增加收入。要大力发展县域特色产业，让更多农民在家门口就业，同时完善县域养老、医疗、教育等公共服务，让居民敢消费、愿消费。",
        ])
    pg.furniture(["圆桌"], "column label 圆桌")
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.blank()
    pg.furniture(["嘉宾：",
                  "九衢大学商学院教授　甘棠",
                  "九衢市商务局副局长　左念秋",
                  "惠邻超市连锁公司董事长　邵一川"], "嘉宾 box listing the guests (not body)")
    pg.blank()
    pg.body(a, end=6)
    pg.blank()
    pg.furniture(["「县域消费的短板不在需求，", "　而在供给。」", "　　　　　　　　——甘棠"],
                 "pull quote in large type repeated from the text, between two paragraphs (not body, not an article)")
    pg.blank()
    pg.body(a, start=6)
    pg.blank()
    b = Article(
        "b", "九衢启动县域商业“补链”工程",
        byline="本报讯（记者　梅照雪）", authors=["梅照雪"], lead="本报讯（记者　梅照雪）",
        notes="News item on the round-table page. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "九衢市商务局近日印发《县域商业“补链”工程实施方案（2036—2037年）》，提出到2037年底，全市8个县均建成县级物流配送中心，改造提升乡镇商贸中心40个，新增连锁便利店500家以上。",
            "方案明确，市级财政两年内统筹安排资金3.2亿元，对县级物流配送中心建设、乡镇商贸中心改造和连锁企业新开门店给予支持。同时，鼓励邮政、快递、供销等企业共建共享农村寄递物流网点，力争建制村快递服务覆盖率达到100%。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.furniture(["数据",
                  "7.9%",
                  "　一季度九衢8个县社会消费品零售总额增速",
                  "2.3个百分点",
                  "　县域增速高出市区",
                  "12家",
                  "　惠邻超市去年在县城新开门店",
                  "资料来源：九衢市商务局、受访企业"], "数据 box (figures with captions; not an article)")
    pg.blank()
    pg.furniture(["本版责任编辑：聂远帆　　校对：单于晴　　美编：邱小鹿"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kk06() -> Page:
    """Business magazine 企业家说 page, NO indent: label 企业家说 over two first-person columns, each headline, a
    photo caption naming the speaker (▲NAME　post), justified letter-spaced lines, the compiler's credit
    （本刊记者 X　整理） run in at the end; label 企业快讯 over an item signed （X） run in at the end."""
    pg = Page("kk06.txt", cols=26, indent="", blanks="some", seed=4106, p_para=0.5, p_gap=0.9,
              style="business magazine 企业家说 page, NO indent, some justified lines letter-spaced with single spaces: header on three lines (magazine, issue, page name); label 企业家说 over two first-person columns by entrepreneurs, each with a headline, the speaker's photo caption ▲NAME　post (company and title, wrapped) UNDER the headline, and the compiler's credit （本刊记者 X　整理） run in at the end; label 企业快讯 over an item signed （X） run in at the end; footer with editors and page number")
    pg.furniture(["恒业企业家", "2036年4月号　第8期", "观点·企业家说"], "magazine page header")
    pg.blank()
    pg.furniture(["企业家说"], "column label 企业家说 (over both columns)")
    pg.blank()
    cols = [
        Article(
            "a", "专注是中小企业最好的护城河",
            paras=[
                "我们公司做的是工业视觉检测设备，说白了，就是给生产线装上一双“眼睛”，把人眼看不出来的瑕疵找出来。从2029年创业到现在，我们只做了这一件事。",
                "很多人问我，为什么不趁着行业热度高，把业务扩展到机器人整机、智能工厂整体方案？我的回答是，中小企业资源有限，撒胡椒面式的扩张最容易把自己拖垮。这些年，我们每年把营业收入的18%投入研发，在锂电池极片、光伏硅片这两个细分领域做到了国内市场占有率前三。",
                "专注不等于封闭。我们和十几家设备整机厂商建立了合作，它们做整线，我们做检测，各展所长。去年，我们跟着客户的产线走出去，在东南亚签下了第一批海外订单。",
                "我觉得，中小企业最好的护城河不是规模，而是在一个细分领域里，做到客户离不开你。",
            ]),
        Article(
            "b", "老字号也要学会“讲新故事”",
            paras=[
                "柳记酱园有一百三十多年的历史。我接手的时候，厂里的产品还是老三样：酱油、黄酱、酱菜，顾客以中老年人为主，销售额连续几年下滑。",
                "老字号的“老”，是资产，也可能是包袱。我们做的第一件事，是把老工艺和新需求结合起来。比如推出低盐酱油、小瓶装的拌饭酱，包装上加了二维码，扫一扫就能看到从选豆到晒酱的全过程。年轻消费者觉得新鲜，也更信任。",
                "第二件事是开放工厂。我们把晒场改造成可以参观体验的“酱文化园”，去年接待游客12万人次，园区里的文创产品和体验课程收入占到了公司总收入的一成。",
                "老字号要活下去，守住品质是根本，但光守不行，还得学会用年轻人听得懂的方式讲故事。",
            ]),
    ]
    captions = {"a": "▲邹启明　青屿智能装备有限公司创始人、董事长",
                "b": "▲柳含章　鹤汀柳记酱园第五代传人、董事长"}
    compilers = {"a": "沈砚秋", "b": "陆青瓷"}
    speakers = {"a": "邹启明", "b": "柳含章"}
    for i, art in enumerate(cols):
        who = compilers[art.key]
        art.section = "企业家说"
        art.kind = "commentary"
        art.byline = f"（本刊记者　{who}　整理）"
        art.tail = art.byline
        art.authors = [who]
        art.notes = ("First-person column under the label 企业家说 (section, printed once over both columns). "
                     "**new:** the speaker's photo caption ▲NAME　post under the headline is not body, and the "
                     f"speaker ({speakers[art.key]}) is not an author; the credit （本刊记者 X　整理） run in at the end "
                     "is the byline, excluded from last, and the compiler is the author (as the 整理 credits of "
                     "handmade22 g05). Kind commentary (an entrepreneur's signed viewpoint in the first person). "
                     "Some justified lines are letter-spaced with single spaces.")
        pg.headline(art)
        pg.furniture(wrap(captions[art.key], 26), "photo caption naming the speaker (not body)")
        pg.gap()
        pg.emit(art, justify_full(pg.render_body(art), 26, every=3, offset=i))
        pg.blank()
    pg.furniture(["企业快讯"], "column label 企业快讯")
    c = Article(
        "c", "青屿智能装备获评专精特新“小巨人”企业", section="企业快讯",
        byline="（沈砚秋）", authors=["沈砚秋"], tail="（沈砚秋）",
        notes="Item under the label 企业快讯 (section), signed （X） run in at the end (excluded from last).",
        paras=[
            "近日公布的新一批国家级专精特新“小巨人”企业名单中，青屿智能装备有限公司榜上有名。该公司专注工业视觉检测领域，现有员工420人，其中研发人员占比超过四成，累计获得发明专利86项。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["责任编辑：甘露白　　美术编辑：乔木", "— 42 —"], "footer with editors and page number")
    return pg


# ---------------------------------------------------------------------------
def kk07() -> Page:
    """Financial weekly 区域经济 page, NO indent, 44 columns: article with byline line; an INTERVIEW whose body comes
    first and whose headline, ——副题 ——访… and byline line are printed AFTER it; photo news (brief) with a
    credit line after the caption."""
    pg = Page("kk07.txt", cols=44, indent="", blanks="some", seed=4107, p_para=0.35, p_gap=0.85,
              style="financial weekly 区域经济 page, NO indent, blank lines sometimes (so some paragraph ends show only as short lines): header on two lines (paper + English name; date with weekday + 第12版 + 版名); article with byline line 本报记者 X; INTERVIEW whose body (intro paragraph, run-in 记者：／NAME： paragraphs) comes FIRST, right after that article, and whose headline, ——副题 ——访 + post and name, and byline line 本报记者 X　Y are printed AFTER it; photo news (brief): headline, caption, credit line 本报记者 X　摄; footer with editor and proof-reader")
    pg.furniture(["远川财经观察　YUANCHUAN FINANCIAL OBSERVER",
                  cn_date(2036, 3, 30) + "　第12版　区域经济"], "page header")
    pg.blank()
    a = Article(
        "a", "鹤汀自贸片区一季度新设外资企业增长四成",
        byline="本报记者　宁照", authors=["宁照"],
        notes="Article with byline line 本报记者 X. Its body is followed directly by the body of the next article "
              "(an interview whose headline is printed after its body).",
        paras=[
            "今年一季度，鹤汀自贸片区新设外资企业48家，同比增长41.2%；实际使用外资3.7亿美元，增长18.6%。新设外资企业主要集中在航运物流、融资租赁、研发设计等领域。",
            "片区管委会相关负责人介绍，今年以来，片区推出跨境资金池、船舶登记“一站式”办理等18项制度创新举措，外资企业开办时间压缩至2个工作日以内。下一步，片区将聚焦航运服务业，吸引更多国际船舶管理、海事仲裁机构落户。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "向海图强，鹤汀要做好“港产城”文章", kind="interview",
        subtitle="——访鹤汀市市长祁远舟",
        byline="本报记者　闻溪　宁照", authors=["闻溪", "宁照"],
        notes="Interview whose body (intro paragraph, run-in 记者：／祁远舟： paragraphs) is printed FIRST, right after "
              "the previous article, and whose headline, ——副题 and byline line 本报记者 X　Y are printed AFTER it "
              "(as the headline after its body of handmade22 g07). Both reporters are authors; the mayor "
              "interviewed (祁远舟) is not. Kind interview.",
        paras=[
            "鹤汀因港而生、因港而兴。去年，鹤汀港货物吞吐量突破3亿吨，集装箱吞吐量达到620万标准箱，全市地区生产总值迈上4000亿元台阶。站在新的起点上，鹤汀如何做好“港产城”融合发展这篇大文章？本报记者专访了鹤汀市市长祁远舟。",
            "记者：鹤汀提出建设“国际化港口城市”，目前进展如何？",
            "祁远舟：港口是鹤汀最大的优势。去年我们新开国际集装箱航线9条，总数达到58条，通达40多个国家和地区的120多个港口。海铁联运量增长了27%，内陆腹地延伸到了周边5个省份。今年，我们将加快推进鹤汀港南港区二期工程，建成后将新增集装箱吞吐能力150万标准箱。",
            "记者：港口规模上去了，如何让港口更好地带动产业发展？",
            "祁远舟：过去港口主要是“过路经济”，货物在这里装卸、转运，留下的价值有限。现在我们要把“流量”变成“留量”，依托港口发展临港产业。一方面，围绕进口的能源、矿石、粮食，发展石化新材料、高端钢材、粮油加工等产业；另一方面，围绕出口，建设跨境电商、汽车滚装等专业化物流平台。去年临港产业实现产值1860亿元，占全市工业总产值的45%。",
            "记者：“港产城”融合，城市方面要做哪些工作？",
            "祁远舟：产业要发展，人才要留下，城市品质是关键。过去鹤汀的港区和城区是割裂的，大货车穿城而过，居民意见很大。这几年我们建了疏港高速，把货运通道和城市道路分开，同时把老港区的部分岸线腾退出来，改造成滨海公园和商业街区。今年还将新建人才公寓5000套，让来鹤汀工作的年轻人住得下、留得住。",
            "记者：您对鹤汀未来几年的发展有什么期待？",
            "祁远舟：我们的目标是到2040年，港口集装箱吞吐量突破1000万标准箱，临港产业产值突破3000亿元，把鹤汀建设成为区域性国际航运物流中心。对此，我们有信心，也有底气。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.gap()
    pg.line(b, b.byline, "byline")
    pg.gap()
    p = Article(
        "p", "鹤汀港首条冷链快航开通", kind="brief",
        byline="本报记者　闻溪　摄", authors=["闻溪"],
        notes="Photo news (brief): headline, caption, credit line 本报记者 X　摄 after it (the byline); the "
              "photographer is the author, as the photo news of handmade22 g12.",
        paras=[
            "3月28日，满载冷冻水产品的集装箱船靠泊鹤汀港南港区冷链码头。当日，鹤汀港首条东南亚冷链快航开通，航程由原来的9天缩短至6天。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.blank()
    pg.furniture(["本版编辑：萧定远　　校对：尹小满"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kk08() -> Page:
    """City daily 专访 page 6 extracted with a blank line after EVERY line: the continuation of a front-page
    interview (repeated headline letter-spaced, a line （上接第1版）, 记者：／NAME： paragraphs, no byline); run-in
    本报讯（记者 X） item."""
    pg = Page("kk08.txt", cols=19, indent=FW * 2, blanks="every", seed=4108,
              style="city daily 专访 page 6 extracted with a blank line after EVERY line: header on two lines; the CONTINUATION of the front-page interview of kk12: its headline repeated, letter-spaced with single ASCII spaces, then the jump line （上接第1版） on a line of its own, then run-in 记者：／NAME： paragraphs starting in mid-sentence, no byline; run-in 本报讯（记者 X） item; footer with editor and proof-reader")
    pg.furniture(["6　专访", "栖梧日报　" + cn_date(2036, 4, 16)], "page header")
    a = Article(
        "a", "数字经济要在“实”字上下功夫", kind="interview",
        notes="**new:** continuation of the front-page interview of kk12 on page 6: its headline repeated "
              "(letter-spaced with single ASCII spaces, written unspaced), then the jump line （上接第1版） on a line "
              "of its own (not body). No byline is printed on this page: byline null, no authors. The body starts "
              "in mid-sentence (the rest of an answer) and runs to the last answer. The economist interviewed "
              "(聂清和) is not an author. Kind interview.",
        paras=[
            "中小企业不敢转、不会转，需要政府和平台企业帮一把。建议栖梧围绕纺织、五金、家具等优势产业集群，培育一批行业级工业互联网平台，推广“小快轻准”的数字化解决方案，让企业花小钱办大事。",
            "记者：数据作为新型生产要素，如何更好地发挥作用？",
            "聂清和：关键是让数据流动起来。目前大量公共数据沉睡在政府部门，企业数据也大多各自封闭。栖梧可以先从公共数据授权运营入手，把交通、气象、市场监管等领域的数据在保障安全的前提下开放给企业使用，培育一批数据服务商。",
            "记者：数字人才短缺是很多城市面临的问题，栖梧应该怎么办？",
            "聂清和：要“引”和“育”两手抓。一方面，栖梧与大城市相比生活成本低，可以通过柔性引才，吸引大城市的数字人才来兼职、做项目；另一方面，要依托本地职业院校，大规模培养懂数字技术的产业工人。数字化转型最终要靠一线员工去落地，这支队伍比少数顶尖专家更重要。",
        ])
    pg.headline(a, sep=" ")
    pg.furniture(["（上接第1版）"], "jump line （上接第1版） (not body)")
    # the continued paragraph starts flush (no indent), in mid-sentence
    pg.emit(a, pg.render_body(a, end=1, indent="") + [("gap",)] + pg.render_body(a, start=1))
    b = Article(
        "b", "栖梧公共数据授权运营平台上线",
        byline="本报讯（记者　唐小棠）", authors=["唐小棠"], lead="本报讯（记者　唐小棠）",
        notes="News item on the same page. Run-in 本报讯（记者 X） excluded from first. The official quoted is not an "
              "author.",
        paras=[
            "4月15日，栖梧市公共数据授权运营平台正式上线，首批开放交通出行、气象环境、企业信用等8个领域的126类数据产品，已有34家企业完成入驻。",
            "市大数据局负责人介绍，平台采用“原始数据不出域、数据可用不可见”的方式，在保障数据安全的前提下向企业提供数据服务，今年力争开放数据产品超过300类。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.furniture(["编辑：顾长风　　校对：林晚"], "footer")
    return pg


PAGES = [kk05, kk06, kk07, kk08]
