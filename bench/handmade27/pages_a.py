"""Pages v01-v04 of handmade27 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, spaced, wrap


def in_pieces(pg: Page, a: Article, sizes: list[int], inserts: list, **kw) -> None:
    """Print a body in pieces of sizes[k] printed lines, calling inserts[k]() between piece k and k+1
    (a caption, a pull quote, a header, another article's piece: what extraction put there)."""
    parts = Page.chunks(pg.render_body(a, **kw), sizes)
    for k, part in enumerate(parts):
        pg.emit(a, part)
        if k < len(inserts):
            inserts[k]()


# ---------------------------------------------------------------------------
def v01() -> Page:
    """National daily, FRONT page: masthead; lead with 引题 kicker, headline, ——副题 and run-in dateline, which
    jumps （转第2版）; the text layer then crosses into page 2: its running header, the reprinted headline,
    （上接第1版） and the continuation."""
    pg = Page("v01.txt", cols=22, indent=FW * 2, blanks="para", seed=2701,
              style="national daily FRONT page: masthead on five lines; lead with 引题 kicker, one-line headline, ——副题 and run-in 本报北京3月12日讯（记者 X　Y）, its first part ending in a jump line （转第2版） on a line of its own; run-in 本报讯（记者 X） item; item with NO byline at all; page-1 footer; then the text layer CROSSES INTO PAGE 2: page 2's running header (page number + 版名, paper + date), the lead's headline reprinted, （上接第1版） on a line of its own and the continuation of the lead (its second piece)")
    pg.furniture(["华允日报",
                  "HUAYUN DAILY",
                  cn_date(2035, 3, 13),
                  "国内统一连续出版物号　CN 11-0327　邮发代号　1-96",
                  "第28431期　今日12版"], "masthead")
    pg.blank()
    a = Article(
        "a", "前2月全国固定资产投资同比增长4.6%",
        subtitle="——制造业投资和基础设施投资增速双双加快",
        byline="本报北京3月12日讯（记者　任知微　邵秋池）", authors=["任知微", "邵秋池"],
        lead="本报北京3月12日讯（记者　任知微　邵秋池）",
        notes="Front-page lead. The 引题 kicker 政策加力显效　内需稳步回升 is neither title nor subtitle (the ——副题 "
              "is the subtitle). Run-in dateline with two reporters excluded from first; both are authors. **new:** "
              "the article JUMPS: its first part ends with the jump line （转第2版） on a line of its own, and its "
              "continuation is printed further down, after page 2's running header (the text layer crossed into "
              "page 2), under the reprinted headline and the line （上接第1版）. One article, body in two pieces; the "
              "jump lines, the reprinted headline and page 2's header are not body (title_line is the first, "
              "page-1 headline). The spokesman and experts quoted are not authors.",
        paras=[
            "国家统计局12日发布数据显示，今年1—2月份，全国固定资产投资（不含农户）5.63万亿元，同比增长4.6%，增速比去年全年加快1.4个百分点。扣除价格因素影响，实际增长6.2%。",
            "分领域看，制造业投资同比增长9.3%，增速比去年全年加快0.8个百分点，其中高技术制造业投资增长12.6%；基础设施投资增长6.1%，加快1.7个百分点，水利管理业、铁路运输业投资分别增长18.4%和15.2%。房地产开发投资下降6.8%，降幅比去年全年收窄2.9个百分点。",
            "国家统计局新闻发言人表示，开年以来，各地区各部门加快推进重大项目建设，超长期特别国债和新增专项债券资金加快拨付使用，设备更新改造需求持续释放，带动投资增速回升。从先行指标看，前2个月新开工项目计划总投资同比增长7.9%，为后续投资增长提供了支撑。",
            "从经营主体看，民间投资同比增长1.2%，增速年内首次由负转正。其中，民间制造业投资增长10.1%，民间基础设施投资增长3.4%。分析人士认为，民间投资回暖，与近期出台的支持民营经济发展的一系列举措落地见效密切相关。",
            "受访专家指出，当前投资回升的基础仍需巩固，部分地区项目储备不足、资金到位偏慢等问题依然存在。下一步，应加快专项债券发行使用，扩大有效益的投资，同时进一步激发民间投资活力，推动投资保持稳定增长。",
        ])
    pg.kicker(a, "政策加力显效　内需稳步回升")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.body(a, end=3)
    pg.furniture(["（转第2版）"], "jump line （转第2版） (not body)")
    pg.blank()
    b = Article(
        "b", "首批超长期特别国债项目清单下达",
        byline="本报讯（记者　江砚秋）", authors=["江砚秋"], lead="本报讯（记者　江砚秋）",
        notes="Run-in 本报讯（记者 X） excluded from first. Printed between the two pieces of the lead.",
        paras=[
            "记者从国家发展改革委获悉，今年首批超长期特别国债支持“两重”建设项目清单已经下达，涉及项目1186个，安排资金3200亿元，重点支持沿江高铁、跨区域水资源调配、高标准农田、城市地下管网改造等领域。",
            "国家发展改革委有关负责人表示，将指导地方加快开工建设，推动资金尽快形成实物工作量，同时加强项目全过程监管，确保资金用在刀刃上。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "全国春耕备耕进展顺利",
        notes="**new:** short item with NO byline printed anywhere (no dateline, no credit): byline null, no authors.",
        paras=[
            "眼下，南方早稻育秧陆续展开，北方冬小麦进入返青期。据农业农村部门调度，截至3月10日，全国已备种量占计划的87%，化肥到位率超过七成，农机具检修率达到八成以上，总体进度快于上年同期。",
            "各地正抓住有利时机，组织开展农资打假和农技指导服务，确保不误农时。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版责任编辑：邝若水　　校对：时雨　　版式：葛一禾"], "page-1 footer")
    pg.blank()
    pg.furniture(["2　要闻",
                  "华允日报　" + cn_date(2035, 3, 13)], "page 2 running header (the text layer crosses into page 2)")
    pg.blank()
    pg.line(a, a.title, "jumphead")
    pg.furniture(["（上接第1版）"], "jump line （上接第1版） (not body)")
    pg.body(a, start=3)
    return pg


# ---------------------------------------------------------------------------
def v02() -> Page:
    """Provincial daily 民生 page set in a 9-character column, NO blank line anywhere: label 民生速递 over four
    items with letter-spaced headlines spread over two lines; a byline line wider than the column; a run-in
    dateline wrapped over four lines; a closing （X）; an item without byline."""
    pg = Page("v02.txt", cols=9, indent=FW, blanks="never", seed=2702,
              style="provincial daily 民生 page in a 9-character column, NO blank line anywhere: header on four lines wider than the column; label 民生速递 over four items, every headline letter-spaced with U+3000 (digits kept whole) and spread over two lines, three of them broken in MID-WORD (普　惠　托　位　今 / 年　增　三　千　个); byline line 澜江日报记者 X　通讯员 Y WIDER than the column; run-in 本报讯（记者 X） wrapped over two lines; closing credit （X） run in; an item with NO byline; footer wider than the column")
    pg.furniture(["澜江日报",
                  cn_date(2035, 3, 14),
                  "6　民生",
                  "民生速递"], "page header and label 民生速递")
    items = [
        Article("a", "普惠托位今年增三千个", head=["普惠托位今", "年增三千个"],
                byline="澜江日报记者　甘棠　通讯员　卢晓芸", authors=["甘棠", "卢晓芸"],
                notes="Item under the label 民生速递 (section). Headline letter-spaced with U+3000 and spread over two "
                      "lines, broken in mid-word (今 / 年), joined unspaced. Byline line wider than the 9-character column; "
                      "reporter and 通讯员 are authors.",
                paras=[
                    "记者从棠州市卫健委获悉，今年该市将新增普惠性托育位3000个，其中依托社区嵌入式服务设施建设托育点40个。",
                    "普惠托育机构收费标准原则上不高于当地同类机构平均价格的六成，双职工家庭还可享受每月300元的托育补贴。",
                ]),
        Article("b", "医保目录新增62种药品", head=["医保目录新", "增62种药品"],
                byline="本报讯（记者　乔书言）", authors=["乔书言"], lead="本报讯（记者　乔书言）",
                notes="Item under 民生速递 (section). Letter-spaced headline on two lines broken in mid-word "
                      "(新 / 增), joined. Run-in "
                      "本报讯（记者 X）, wrapped over two lines of the narrow column, excluded from first.",
                paras=[
                    "3月13日，省医保局发布新版医保药品目录，新增62种药品，其中包括18种抗肿瘤药和9种罕见病用药。",
                    "新目录自4月1日起执行，参保群众在定点医院和定点药店购买相关药品，可按规定报销。",
                ]),
        Article("c", "公租房申请全程网办", head=["公租房申请", "全程网办"],
                byline="（黎安）", authors=["黎安"], tail="（黎安）",
                notes="Item under 民生速递 (section). Letter-spaced headline on two lines, joined. Closing credit （X） "
                      "run in at the end: the byline, excluded from last; the writer is the author.",
                paras=[
                    "即日起，沧浦市中心城区公租房申请实现全程网上办理。申请人通过“澜江政务”应用程序提交材料，审核结果将在15个工作日内以短信告知，群众办事不用再跑窗口。",
                    "市住建局提醒，申请人须如实填报家庭收入和住房情况，提供虚假材料的将被取消申请资格。",
                ]),
        Article("d", "春招提供岗位1.2万个", head=["春招提供岗", "位1.2万个"],
                notes="Item under 民生速递 (section) with NO byline at all: byline null, no authors. Letter-spaced "
                      "headline on two lines broken in mid-word (岗 / 位), joined.",
                paras=[
                    "3月16日至20日，全省将举办春季大型招聘会，线上线下同步开展。据省人社厅介绍，已有860余家用人单位报名参会，提供岗位1.2万个，涉及智能制造、现代物流、健康养老等行业。",
                    "求职者可登录省公共就业服务平台预约入场。",
                ]),
    ]
    for art in items:
        art.section = "民生速递"
        pg.headline(art, lines=[spaced(x, FW) for x in art.head])
        if art.byline and not art.lead and not art.tail:
            pg.line(art, art.byline, "byline")
        pg.body(art)
    pg.furniture(["编辑：阮秋　校对：方筠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def v03() -> Page:
    """City daily 财经 page in a 44-character column, NO indent and NO blank line: only short last lines show
    paragraph ends; a table extracted row by row (cells parted by spaces) between two paragraphs; a comment
    under a column label; the page number alone on the last line."""
    pg = Page("v03.txt", cols=44, indent="", blanks="never", seed=2703,
              style="city daily 财经 page, NO indent and NO blank line anywhere (paragraph ends show only as short last lines): header on two lines (paper + date with weekday; 版名 + page + editor); lead with byline line 棠州日报全媒体记者 X and a TABLE extracted row by row (title, header row, five rows, cells parted by one or more ASCII spaces, 数据来源) printed BETWEEN two paragraphs; run-in 本报讯（记者 X） item; label 财经观察 over a comment with byline line □X; the page number A06 alone on the last line")
    pg.furniture(["棠州日报　" + cn_date(2035, 3, 15),
                  "财经　A06　责任编辑：曲如练"], "page header")
    a = Article(
        "a", "2月末棠州本外币存贷款余额双双增长",
        byline="棠州日报全媒体记者　杭一鸣", authors=["杭一鸣"],
        notes="Byline line 棠州日报全媒体记者 X (the city daily's 全媒体记者 form). NO indent and no blank lines: "
              "paragraph ends show only as short last lines. The table (title, header row, five rows with cells "
              "parted by spaces, 数据来源) printed between two paragraphs is not body. The bank official quoted "
              "is not an author.",
        paras=[
            "人民银行棠州市分行日前发布的金融运行数据显示，2月末，全市本外币各项存款余额18642.3亿元，同比增长7.8%；各项贷款余额16918.6亿元，同比增长9.1%，增速比全省平均水平高1.2个百分点。",
            "从贷款投向看，资金更多流向实体经济重点领域和薄弱环节。2月末，全市制造业中长期贷款余额同比增长24.6%，普惠小微贷款余额增长18.3%，科技型中小企业贷款余额增长21.7%，均明显高于各项贷款平均增速。",
            "住户存款继续较快增长。前2个月，全市住户存款增加612亿元，占各项存款增量的七成以上。业内人士分析，春节期间居民收入集中到账，叠加理财产品收益率下行，部分资金回流存款。",
            "人民银行棠州市分行有关负责人表示，下一步将继续引导金融机构加大对科技创新、先进制造、绿色发展等领域的信贷支持，推动社会综合融资成本稳中有降。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a, end=2)
    pg.furniture(["2月末棠州市金融机构本外币存贷款情况",
                  "项目  余额（亿元）  同比增长（%）",
                  "各项存款  18642.3  7.8",
                  "其中：住户存款  9871.5  11.2",
                  "各项贷款  16918.6  9.1",
                  "其中：制造业中长期贷款 1386.4 24.6",
                  "普惠小微贷款  2105.9  18.3",
                  "数据来源：人民银行棠州市分行"], "table extracted row by row, cells parted by spaces (not body)")
    pg.body(a, start=2)
    b = Article(
        "b", "消费贷利率下探至3%关口",
        byline="本报讯（记者　闻筝）", authors=["闻筝"], lead="本报讯（记者　闻筝）",
        notes="Run-in 本报讯（记者 X） excluded from first. The quotation that opens the text is body.",
        paras=[
            "“年化利率2.98%，最高可贷30万元。”近期，不少棠州市民收到银行推送的消费贷营销信息。记者走访发现，多家银行将个人消费贷款年化利率下调至3%左右，部分银行还针对优质客户推出了限时优惠活动。",
            "业内人士提醒，消费贷利率下行有助于降低居民消费融资成本，但借款人应量力而行，按照约定用途使用贷款，不得将消费贷资金违规流入股市、楼市。同时要留意优惠利率的适用期限和提前还款条件，避免陷入“低息陷阱”。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "理财要算好“长期账”", section="财经观察", kind="commentary",
        byline="□郁晚舟", authors=["郁晚舟"],
        notes="Comment under the label 财经观察 (section); byline line □X (the mark is printed, kept in byline); the "
              "writer is the author. Commentary.",
        paras=[
            "银行理财产品收益率持续走低，一些投资者开始“搬家”，在存款、基金、保险之间来回腾挪，追逐短期高收益。这种心态可以理解，但频繁调仓不仅会增加交易成本，还可能在市场波动中“追涨杀跌”，得不偿失。",
            "理财是一场长跑。对普通家庭而言，更重要的是根据自身收入、年龄和风险承受能力，确定合理的资产配置比例：日常开支留足流动资金，养老、教育等长期目标选择稳健品种，闲钱再适度配置权益类资产。算好“长期账”，才能在利率下行的大环境中守住财富、稳步增值。",
        ])
    pg.furniture(["财经观察"], "column label 财经观察")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["A06"], "page number alone on the last line")
    return pg


# ---------------------------------------------------------------------------
def v04() -> Page:
    """Provincial daily 区域经济 page extracted with a blank line after EVERY line: a pull quote printed in the
    middle of a sentence of the lead; half-width and full-width digits and % mixed in the texts."""
    pg = Page("v04.txt", cols=26, indent=FW * 2, blanks="every", seed=2704,
              style="provincial daily 区域经济 page extracted with a blank line after EVERY line: header on four lines; lead with byline line 本报记者 X　通讯员 Y and a PULL QUOTE (a sentence of the text repeated in a narrower measure, two lines) printed in the MIDDLE OF A SENTENCE; half-width and full-width digits and per cent signs MIXED in the texts (１—２月, 23.6％, ３８６亿元, ５１％); run-in 本报讯（记者 X） item; item with closing credit （记者 X　通讯员 Y） run in; footer with editor, designer and proof-reader")
    pg.furniture(["雁屏日报",
                  "区域经济",
                  cn_date(2035, 3, 16),
                  "第5版"], "page header")
    a = Article(
        "a", "临渊“链长制”串起千亿级新材料产业",
        byline="本报记者　沈听澜　通讯员　顾小川", authors=["沈听澜", "顾小川"],
        notes="Byline line 本报记者 X　通讯员 Y: both authors. **new:** a PULL QUOTE (the sentence “企业缺什么，链长就帮着"
              "找什么。” repeated from the third paragraph in a narrower measure) is printed in the middle of a "
              "sentence of the second paragraph: it is not body, the body is in two pieces. Digits half- and "
              "full-width mixed as printed (３８６亿元, ５１％); first/last keep the printed characters. People "
              "quoted (邱明远) are not authors.",
        paras=[
            "3月中旬，临渊经济开发区内，雁屏新材科技有限公司年产5万吨高性能碳纤维项目二期正在进行设备调试。“从拿地到投产只用了14个月，遇到的难题都有专人帮着协调。”公司副总经理邱明远说。",
            "邱明远口中的“专人”，是临渊市为新材料产业链配备的“链长”团队。2033年起，临渊推行“链长制”，由市领导担任重点产业链链长，按照“一条产业链、一个工作专班、一套支持政策”的思路，绘制产业链图谱，梳理缺失环节，开展精准招商。",
            "“企业缺什么，链长就帮着找什么。”临渊市工信局负责人介绍，围绕碳纤维、特种合金、电子化学品三条细分链条，临渊两年来引进上下游项目47个，总投资３８６亿元，本地配套率由32%提高到５１％。2034年，全市新材料产业产值达到1068亿元，首次突破千亿元大关。",
            "不过，产业规模做大之后，人才和创新平台不足的短板也逐渐显现。临渊正联合省内高校共建新材料中试基地，计划三年内引育高层次人才300名，推动产业由“规模扩张”向“创新驱动”转变。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    in_pieces(pg, a, [11], [lambda: pg.furniture(["“企业缺什么，", "链长就帮着找什么。”"],
                                                 "pull quote printed inside the body (not body)")])
    b = Article(
        "b", "桐溪县农产品网络零售额增长23.6%",
        byline="本报讯（记者　卫晴）", authors=["卫晴"], lead="本报讯（记者　卫晴）",
        notes="Run-in 本报讯（记者 X） excluded from first. Headline with half-width digits, text with full-width "
              "ones (１—２月, 23.6％): title and first/last as printed.",
        paras=[
            "记者从桐溪县商务局获悉，今年１—２月，该县农产品网络零售额达4.82亿元，同比增长23.6％，其中茶叶、笋干、山核桃等特色产品占比超过六成。",
            "近年来，桐溪依托县级电商公共服务中心，为农户和合作社提供产品包装、直播培训、冷链仓储等“一站式”服务，累计培育本土主播1200余名。该县还在12个乡镇建设了村级电商服务站，让山货出村进城的渠道更加畅通。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "白渚港开通至东盟集装箱直航航线",
        byline="（记者　叶舟行　通讯员　彭涵）", authors=["叶舟行", "彭涵"],
        notes="Closing credit （记者 X　通讯员 Y） printed on a line of its own after the text: the byline, not body; "
              "both are authors.",
        paras=[
            "3月15日，满载汽车零部件、建材和日用百货的“海顺18”轮从白渚港集装箱码头启航，标志着白渚港至东盟国家的集装箱直航航线正式开通。",
            "该航线每周一班，挂靠东盟３个主要港口，单程航行时间约9天，比经其他港口中转缩短5天左右。港口方面预计，航线开通后每年可新增集装箱吞吐量６万标准箱。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.furniture(["责任编辑：管宁　　版式：于小棠　　校对：祝蓉"], "footer")
    return pg


PAGES = [v01, v02, v03, v04]
