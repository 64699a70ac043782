"""Pages i05-i08 of handmade30 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


def after_text(items: list, text: str) -> int:
    """Index in rendered body items just after the first printed line ending with `text` (to cut a body
    inside a paragraph, between the two halves of a sentence)."""
    for i, it in enumerate(items):
        if it[0] == "line" and it[1].endswith(text):
            return i + 1
    raise ValueError(text)


# ---------------------------------------------------------------------------
def i05() -> Page:
    """County 融媒体 paper, 县域经济 page in a 22-character column with column breaks: lead with 引题 and run-in
    本报讯（融媒体记者 X）; article with byline line 融媒体记者 X　通讯员 Y and a ▲ photo caption between the two
    halves of a sentence; photo news (brief) with credit line 融媒体记者 X　摄; run-in 本报讯（通讯员 X　Y）."""
    pg = Page("i05.txt", cols=22, indent=FW * 2, blanks="para", colbreak=14, seed=3005,
              style="county 融媒体 paper 县域经济 page, blank lines between paragraphs and blocks plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on four lines (paper, 县融媒体中心主办, date with weekday, 第3版 + 版名); lead with 引题 (no 副题) and the run-in 本报讯（融媒体记者 X）; article with byline line 融媒体记者 X　通讯员 Y and a ▲ photo caption with credit X　摄 printed BETWEEN THE TWO HALVES OF A SENTENCE; photo news (brief): headline, caption, credit line 融媒体记者 X　摄; run-in 本报讯（通讯员 X　Y） item; footer with editor, 版式 and 审核")
    pg.furniture(["今日临汀",
                  "临汀县融媒体中心主办",
                  cn_date(2035, 6, 13),
                  "第3版　县域经济"], "page header")
    pg.blank()
    a = Article(
        "a", "临汀茶产业综合产值突破30亿元", subtitle="一片叶子富了一方百姓",
        byline="本报讯（融媒体记者　苏晓棠）", authors=["苏晓棠"], lead="本报讯（融媒体记者　苏晓棠）",
        notes="The 引题 above a headline with no 副题 is the subtitle. **new:** county desk run-in "
              "本报讯（融媒体记者 X） excluded from first; the 融媒体记者 is the author.",
        paras=[
            "记者从县农业农村局获悉，2034年，临汀县茶园面积达到18.6万亩，干毛茶产量1.42万吨，茶产业综合产值突破30亿元，同比增长12.4%。茶产业已成为全县覆盖面最广、带动农户最多的主导产业。",
            "近年来，临汀县围绕“做优基地、做强龙头、做响品牌”，推进茶园标准化改造，累计建成生态茶园示范基地42个，培育规模以上茶叶加工企业27家。“临汀云雾”区域公用品牌价值评估达到26.8亿元，产品远销中亚、东南亚等地区。",
            "在茶旅融合方面，临汀县打造了3条茶旅精品线路，建成茶文化主题民宿36家。今年春茶季，全县接待茶乡游客46万人次，带动旅游收入3.1亿元。县农业农村局负责人表示，下一步将加快茶叶精深加工项目建设，开发茶饮料、茶食品等新产品，进一步延长产业链。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "“共享农机”让种地更省心",
        byline="融媒体记者　蓝一帆　通讯员　叶知秋", authors=["蓝一帆", "叶知秋"],
        notes="Byline line 融媒体记者 X　通讯员 Y: both are authors. The ▲ photo caption with credit (蓝一帆　摄, one "
              "of the writers) is printed between the two halves of a sentence of the third paragraph; not body. "
              "People quoted (何满川, 吴秋生) are not authors.",
        paras=[
            "6月9日一早，城关镇农机服务中心的院子里已经热闹起来。十几台插秧机、植保无人机整齐停放，工作人员正忙着检修调试。“今天要给下坪村插200亩早稻，手机上的订单昨晚就排好了。”服务中心负责人何满川说。",
            "过去，临汀县不少农户种地面积小，买农机不划算，请人工又难。2033年，县里整合农机合作社和种粮大户的闲置农机，建起了“共享农机”服务平台。农户在手机上下单，平台就近派单，按亩收费，机耕、插秧、植保、收割全程都能“一键预约”。",
            "目前，平台已入驻农机合作社31家、农机具860台套，服务覆盖全县14个乡镇，累计完成作业面积32万亩次。下坪村村民吴秋生算了一笔账：“以前插一亩秧要请三个人干一天，工钱300多元，现在机插一亩只要110元，半天就弄完了。”",
            "县农业农村局农机股负责人介绍，今年县里还将新建2个区域性农机服务中心，推动“共享农机”向烘干、仓储等环节延伸，让小农户也能享受到现代农业装备带来的便利。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    items = pg.render_body(b)
    cut = after_text(items, "累计完成作业")  # mid-sentence in the third paragraph
    pg.emit(b, items[:cut])
    pg.furniture(wrap("▲城关镇农机服务中心工作人员调试插秧机。　蓝一帆　摄", 22),
                 "photo caption with credit between the two halves of a sentence (not body)")
    pg.emit(b, items[cut:])
    pg.gap()
    c = Article(
        "c", "临汀杨梅熟了", kind="brief",
        byline="融媒体记者　邝小溪　摄", authors=["邝小溪"],
        notes="Photo news (brief): headline, caption, credit line 融媒体记者 X　摄 after it (the byline); the "
              "photographer is the author (as the g12 photo news of handmade22).",
        paras=[
            "6月12日，临汀县溪口镇的果农在采摘杨梅。今年全镇杨梅种植面积1.2万亩，预计产量8000吨。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    d = Article(
        "d", "临汀出台二十条措施支持民营经济发展",
        byline="本报讯（通讯员　管小麦　郑栗）", authors=["管小麦", "郑栗"], lead="本报讯（通讯员　管小麦　郑栗）",
        notes="Run-in 本报讯（通讯员 X　Y） excluded from first; both 通讯员 are authors.",
        paras=[
            "近日，临汀县出台《关于促进民营经济高质量发展的若干措施》，从优化营商环境、强化要素保障、加大金融支持、鼓励创新创业等方面推出20条具体措施。",
            "措施提出，县财政每年安排5000万元专项资金，对新升规的工业企业给予一次性奖励；设立1亿元中小微企业转贷应急资金，帮助企业解决资金周转难题；对返乡创业人员首次创办小微企业的，给予最高5万元的创业补贴。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：华小蕾　　版式：鲍禾　　审核：詹远山"], "footer")
    return pg


# ---------------------------------------------------------------------------
def i06() -> Page:
    """County paper 乡镇 page in a NARROW 10-character column, ONE U+3000 indent: label 乡镇传真 over four items
    whose headlines break over two lines (one letter-spaced with single spaces); run-in 本报讯（通讯员 X）,
    本报讯（融媒体记者 X　通讯员 Y）, credit （X　Y　Z） run in at the end, byline line 记者 X."""
    pg = Page("i06.txt", cols=10, indent=FW, blanks="para", seed=3006,
              style="county paper 乡镇 page strip in a NARROW 10-character column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines wider than the column; label 乡镇传真 over four items whose headlines are printed on two lines (three plain, broken between words; one letter-spaced with single ASCII spaces); run-in 本报讯（通讯员 X） and 本报讯（融媒体记者 X　通讯员 Y） wrapped over several lines; credit （X　Y　Z） of three bare names run in at the end and wrapped; byline line 记者 X under a headline; footer wider than the column")
    pg.furniture(["石岭报",
                  cn_date(2035, 6, 14),
                  "第4版　乡镇"], "page header")
    pg.blank()
    pg.furniture(["乡镇传真"], "column label 乡镇传真")
    pg.blank()
    items = [
        Article("a", "高桥镇建成冷链集配中心", head=["高桥镇建成", "冷链集配中心"],
                byline="本报讯（通讯员　廖晚晴）", authors=["廖晚晴"], lead="本报讯（通讯员　廖晚晴）",
                notes="Item of the 乡镇传真 strip (section). Headline on two lines, joined. Run-in 本报讯（通讯员 X）, "
                      "wrapped over several lines, excluded from first; the 通讯员 is the author.",
                paras=[
                    "近日，高桥镇农产品冷链集配中心建成投用。中心建有冷库4座，总库容3000吨，配备分拣包装生产线2条，可满足周边8个村的果蔬预冷、储存和分拣需求。",
                    "据测算，中心投用后每年可减少农产品产后损耗约15%。",
                ]),
        Article("b", "龙潭村荷塘迎来采摘季", head=["龙 潭 村 荷 塘", "迎 来 采 摘 季"],
                byline="本报讯（融媒体记者　钟小渔　通讯员　伍岚）", authors=["钟小渔", "伍岚"],
                lead="本报讯（融媒体记者　钟小渔　通讯员　伍岚）",
                notes="Item of the 乡镇传真 strip (section). Headline letter-spaced with single ASCII spaces on two "
                      "lines, written unspaced and joined. Run-in 本报讯（融媒体记者 X　通讯员 Y） excluded from "
                      "first; both are authors. The village secretary quoted (严小荷) is not.",
                paras=[
                    "眼下，水口镇龙潭村的200亩荷塘进入采摘季，村民们划着小船在荷叶间采摘莲蓬。村党支部书记严小荷介绍，荷塘由村集体统一经营，除销售莲蓬、莲子外，还开发了荷花观赏、亲子研学等项目，预计今年可为村集体增收40万元。",
                ]),
        Article("c", "水口镇农技培训送到田间地头", head=["水口镇农技培训", "送到田间地头"],
                byline="（龚秋禾　杜远　吕小满）", authors=["龚秋禾", "杜远", "吕小满"], tail="（龚秋禾　杜远　吕小满）",
                notes="Item of the 乡镇传真 strip (section). Headline on two lines, joined. Credit of three bare names "
                      "（X　Y　Z） run in at the end (wrapped over lines): the byline, excluded from last; all three "
                      "are authors.",
                paras=[
                    "为做好夏季田间管理，水口镇近日组织农技人员深入12个村开展“田间课堂”活动，现场讲解水稻病虫害防治、果树夏季修剪等实用技术。",
                    "活动累计培训农户600余人次，发放技术资料1500余份。",
                ]),
        Article("d", "石岭新增两家省级龙头企业", head=["石岭新增两家", "省级龙头企业"],
                byline="记者　姚一苗", authors=["姚一苗"],
                notes="Item of the 乡镇传真 strip (section). Headline on two lines, joined. Byline line 记者 X under "
                      "the headline.",
                paras=[
                    "日前，渠阳省公布新一批农业产业化省级重点龙头企业名单，石岭县的青竹食品有限公司和禾源米业有限公司榜上有名。",
                    "至此，全县省级以上农业产业化龙头企业达到9家，带动农户3.6万户。",
                ]),
    ]
    for i, art in enumerate(items):
        art.section = "乡镇传真"
        if i:
            pg.gap()
        pg.headline(art)
        if not art.lead and not art.tail:
            pg.line(art, art.byline, "byline")
        pg.gap()
        pg.body(art)
    pg.blank()
    pg.furniture(["编辑：凤小青　　校对：许禾"], "footer")
    return pg


# ---------------------------------------------------------------------------
def i07() -> Page:
    """供销合作/农资 trade paper, 农资·流通 page, NO indent: lead with ——副题 and byline line 文/图　本报记者 X,
    photo caption (no credit) after the body; farm-input price table; label 农资观察 over a comment with byline
    □　X; run-in 本报讯（特约通讯员 X）; byline 本报见习记者 X; 征订启事 notice."""
    pg = Page("i07.txt", cols=38, indent="", blanks="some", seed=3007, p_para=0.4, p_gap=0.8,
              style="供销合作/农资 trade paper 农资·流通 page, NO indent, blank lines sometimes (so some paragraph ends show only as short lines): header on three lines (paper; date with weekday + 第7版; 版名); lead with ——副题 and byline line 文/图　本报记者 X (ASCII slash; writer and photographer the same), a photo caption with NO credit after the body; farm-input price table (title with unit, header row, four rows, 数据来源); label 农资观察 over a comment with byline line □　X; run-in 本报讯（特约通讯员 X） item; item with byline line 本报见习记者 X; 征订启事 notice (label, text, issuer); footer with editor and proof-reader")
    pg.furniture(["恒丰供销合作报",
                  cn_date(2035, 6, 13) + "　第7版",
                  "农资·流通"], "page header")
    pg.blank()
    a = Article(
        "a", "“三夏”农资供应平稳有序", subtitle="——多地供销合作社保供稳价见闻",
        byline="文/图　本报记者　宋禾青", authors=["宋禾青"],
        notes="——副题 is the subtitle. **new:** byline line 文/图　本报记者 X (one person wrote and photographed): "
              "the author. The photo caption after the body (no credit of its own) is not body. People quoted "
              "(龙向阳) are not authors.",
        paras=[
            "“复合肥、尿素都备足了，价格跟上个月基本持平，农户随到随买。”6月11日，在渠阳省白沙县供销合作社的农资超市里，经理龙向阳一边招呼前来购肥的农户，一边告诉记者。今年“三夏”前，该社提前储备化肥1.8万吨、农药120吨，确保了夏种用肥用药需求。",
            "记者在多地采访了解到，今年各级供销合作社普遍提前谋划、加大储备，农资市场总体供应充足、价格平稳。据本报农资价格监测点数据，6月上旬，尿素零售均价为每吨2260元，环比下降1.3%；45%含量复合肥零售均价为每吨2980元，与上月持平。",
            "除了保供稳价，不少基层供销社还把服务延伸到田间地头。在石岭县，供销社组建了12支“庄稼医生”服务队，为农户提供测土配方、病虫害诊断等服务；在临汀县，供销社联合农机合作社开展“农资＋农机”打包服务，农户一次下单就能完成购肥、施肥和播种。",
            "业内人士提醒，当前正值夏种关键期，部分地区可能出现假冒伪劣农资坑农害农现象。农户购买农资时要选择正规渠道，索要并保存好购货凭证，发现问题及时向当地农业农村部门或市场监管部门反映。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["图为白沙县供销合作社农资超市工作人员为农户装运化肥。"], "photo caption (not body)")
    pg.blank()
    pg.furniture(["6月上旬主要农资零售价格监测（单位：元／吨）",
                  "品名　　　　　6月上旬　　5月下旬　　环比",
                  "尿素　　　　　2260　　　 2290　　　 -1.3%",
                  "磷酸二铵　　　3480　　　 3480　　　 0.0%",
                  "氯化钾　　　　2710　　　 2750　　　 -1.5%",
                  "45%复合肥　　 2980　　　 2980　　　 0.0%",
                  "数据来源：本报农资价格监测点"], "farm-input price table (not an article)")
    pg.blank()
    b = Article(
        "b", "保供稳价要打好“组合拳”", section="农资观察", kind="commentary",
        byline="□　顾怀田", authors=["顾怀田"],
        notes="Comment under the label 农资观察 (section), byline line □　X (the □ is a mark): the writer is the "
              "author. Commentary.",
        paras=[
            "化肥是粮食的“粮食”。农资供应稳不稳、价格高不高，直接关系农民种粮收益和粮食生产稳定。今年以来，国内化肥产能充足，市场供应总体宽松，但国际市场价格波动、运输成本变化等因素仍可能传导到国内市场，保供稳价不能有丝毫松懈。",
            "打好保供稳价“组合拳”，要把储备用在关键时。各级供销合作社要完善化肥淡储旺供机制，在用肥旺季前及时投放储备，发挥“蓄水池”作用。要把服务做到田间地头，推广测土配方施肥和统防统治，帮助农民减少不必要的投入。",
            "还要把好质量关，配合有关部门严厉打击制售假劣农资行为，让农民买得放心、用得安心。",
        ])
    pg.furniture(["农资观察"], "column label 农资观察")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "临汀县域物流共配中心投运",
        byline="本报讯（特约通讯员　闻小禾）", authors=["闻小禾"], lead="本报讯（特约通讯员　闻小禾）",
        notes="**new:** run-in 本报讯（特约通讯员 X） excluded from first; the 特约通讯员 is the author.",
        paras=[
            "日前，由临汀县供销合作社牵头建设的县域物流共配中心正式投入运营。中心整合了县内6家快递企业的分拣和配送资源，建成智能分拣线2条，日处理包裹能力达到8万件。",
            "共配中心投运后，快递进村的配送频次由每周3次提高到每天1次，单件配送成本下降约三成。同时，中心还为本地农产品提供集中收购、包装和发运服务，让“山货出山”更加便捷。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "“庄稼医院”开到村头",
        byline="本报见习记者　牛小园", authors=["牛小园"],
        notes="Byline line 本报见习记者 X: the 见习记者 is the author. The farmer quoted (段老根) is not.",
        paras=[
            "“叶子上长了黄斑，是不是得了病？”6月10日上午，石岭县供销社“庄稼医院”高桥分院里，村民段老根拿着几片玉米叶前来求助。坐诊的农技员仔细查看后，判断是缺钾引起的生理性病害，并给出了补施钾肥的建议。",
            "石岭县供销社从2033年开始建设“庄稼医院”，目前已在全县建成分院15家，每家配备1至2名专业农技员，免费为农户提供病虫害诊断、用药指导等服务。两年多来，“庄稼医院”累计接诊农户2.3万人次，帮助农户挽回经济损失1400余万元。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["征订启事"]
                 + wrap("《恒丰供销合作报》2035年下半年征订工作现已开始，全国各地邮局（所）均可订阅，邮发代号：3-58，半年定价78元。欢迎广大读者订阅。", 38, FW * 2)
                 + [FW * 26 + "恒丰供销合作报社发行部"], "征订启事 notice (not an article)")
    pg.blank()
    pg.furniture(["编辑：卢一禾　　校对：柴夏"], "footer")
    return pg


# ---------------------------------------------------------------------------
def i08() -> Page:
    """科技 daily 农业科技 page: feature with 引题, headline, ——副题, byline ◎本报记者 X　通讯员 Y, ● crossheads and
    justified lines; label 农科速递 over three items (run-in 本报讯（记者 X）; credit （记者 X　通讯员 Y） run in at
    the end; run-in 本报讯（通讯员 X　实习生 Y））."""
    pg = Page("i08.txt", cols=32, indent=FW * 2, blanks="some", seed=3008, p_para=0.3, p_gap=0.85,
              style="科技 daily 农业科技 page, blank lines sometimes: header on four lines (paper; date with weekday + 第6版; 版名; 责任编辑 line); feature with 引题 kicker, headline, ——副题 and byline line ◎本报记者 X　通讯员 Y, two ●-marked crossheads, three body lines letter-spaced (justified) with single spaces; label 农科速递 over three items: run-in 本报讯（记者 X）, credit （记者 X　通讯员 Y） run in at the end, run-in 本报讯（通讯员 X　实习生 Y）; footer with 美术编辑, proof-reader and e-mail")
    pg.furniture(["启新科技日报",
                  cn_date(2035, 6, 14) + "　第6版",
                  "农业科技",
                  "责任编辑　蒲晴川"], "page header")
    pg.blank()
    a = Article(
        "a", "耐盐碱小麦新品种通过现场测产", subtitle="——滨海盐碱地示范田平均亩产达512.6公斤",
        byline="◎本报记者　邵禾风　通讯员　曲晓岩", authors=["邵禾风", "曲晓岩"],
        notes="The 引题 kicker 让盐碱地变成“米粮仓” is neither title nor subtitle (the ——副题 is the subtitle). Byline "
              "line ◎本报记者 X　通讯员 Y (the ◎ is a mark): both are authors. The ● crossheads are body; three "
              "body lines are letter-spaced (justified). Scientists quoted (费长庚, 滕雪松) are not authors.",
        paras=[
            "6月上旬，在东滨市临海盐碱地小麦示范田，一场现场实收测产正在进行。由渠阳农业大学、东滨市农业科学研究院等单位专家组成的测产专家组随机选取3个地块，机收、称重、测水分、去杂质，一道道程序严格规范。最终结果显示，耐盐碱小麦新品种“滨麦17”平均亩产达到512.6公斤。",
            "“这块地的土壤含盐量在0.3%左右，过去种小麦亩产只有两三百斤，有的年份甚至颗粒无收。”测产专家组组长、渠阳农业大学教授费长庚说，在这样的中度盐碱地上实现亩产千斤，对于拓展耕地后备资源具有重要意义。",
            Cross("●十年攻关育出“耐盐麦”"),
            "“滨麦17”由东滨市农业科学研究院小麦育种团队历时10年选育而成。团队负责人滕雪松研究员介绍，团队从收集的1200多份小麦种质资源中筛选出耐盐性突出的材料，利用分子标记辅助选择技术，将耐盐基因与高产、抗病基因进行聚合，最终育成了这一新品种。与常规育种相比，育种周期缩短了3至4年。",
            "在盐碱胁迫条件下，“滨麦17”出苗率比对照品种提高18个百分点，分蘖能力强、根系发达，同时具有较好的抗倒伏和抗条锈病能力。该品种已于去年通过渠阳省农作物品种审定委员会审定。",
            Cross("●良种还需良法配"),
            "“光有好品种还不够，必须良种良法配套。”滕雪松说，团队同步研究形成了“深松改土＋有机肥培肥＋微咸水节水灌溉”的配套栽培技术，通过打破犁底层、增加土壤有机质，降低耕层盐分，为小麦生长创造更好的条件。",
            "据了解，东滨市现有盐碱地约86万亩，其中具备改良利用潜力的中轻度盐碱地约52万亩。今年秋播，当地计划推广种植“滨麦17”5万亩，并在周边县市开展多点示范。",
        ])
    pg.kicker(a, "让盐碱地变成“米粮仓”")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [2, 13, 20]))
    pg.blank()
    pg.furniture(["农科速递"], "column label 农科速递")
    pg.gap()
    b1 = Article(
        "b1", "智能虫情测报灯实现害虫自动识别", section="农科速递",
        byline="本报讯（记者　沈望禾）", authors=["沈望禾"], lead="本报讯（记者　沈望禾）",
        notes="Item under the label 农科速递 (section). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从渠阳农业大学获悉，该校植物保护学院研发的新一代智能虫情测报灯日前通过成果评价。该设备利用图像识别技术，可自动识别稻飞虱、二化螟、草地贪夜蛾等38种主要农业害虫，识别准确率达到95%以上，监测数据实时上传至云平台，为病虫害精准防控提供依据。",
        ])
    b2 = Article(
        "b2", "丘陵山区小型履带式收割机研制成功", section="农科速递",
        byline="（记者　邹雨　通讯员　柯岚）", authors=["邹雨", "柯岚"], tail="（记者　邹雨　通讯员　柯岚）",
        notes="Item under the label 农科速递 (section). **new:** credit （记者 X　通讯员 Y） run in at the end: the "
              "byline, excluded from last; both are authors.",
        paras=[
            "针对丘陵山区田块小、坡度大、机械下田难等问题，启新农机研究所联合多家企业研制出小型履带式谷物联合收割机。该机整机重量不足1吨，可在坡度15度以内的梯田作业，每小时可收割小麦或水稻2至3亩，目前已在西南多个丘陵县开展试验示范。",
        ])
    b3 = Article(
        "b3", "秸秆快速腐解菌剂获发明专利", section="农科速递",
        byline="本报讯（通讯员　万小禾　实习生　裴青）", authors=["万小禾", "裴青"],
        lead="本报讯（通讯员　万小禾　实习生　裴青）",
        notes="Item under the label 农科速递 (section). Run-in 本报讯（通讯员 X　实习生 Y） excluded from first; both "
              "are authors.",
        paras=[
            "东滨市农业科学研究院研发的水稻秸秆快速腐解复合菌剂近日获得国家发明专利授权。试验表明，施用该菌剂后，秸秆腐解周期由常规的90天左右缩短至45天，后茬作物平均增产6%以上，可有效解决秸秆还田后腐解慢、影响后茬播种的问题。",
        ])
    for art in (b1, b2, b3):
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["美术编辑：季小帆　　校对：韩青苗", "本版投稿邮箱：nykj@qxkjrb.cn"], "footer")
    return pg


PAGES = [i05, i06, i07, i08]
