"""Pages lu01-lu04 of handmade77 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, Raw, cn_date, justify, wrap


def rows(pg: Page, a: Article, lines: list[str]) -> None:
    """Print body lines exactly as given (the kit's render_body needs a prose paragraph)."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


# ---------------------------------------------------------------------------
def lu01() -> Page:
    """Economic daily 国际财经 page: correspondent report (——副题, byline line 本报驻X记者 Y); wire item with
    run-in 东衡社卡伦港3月5日电（记者 X）, an English name in brackets and （完）; 编译 story (byline line
    本报记者 X　编译 UNDER the headline, opening 据《…》报道); photo caption credited 北岬社发; short wire item
    naming no reporter."""
    pg = Page("lu01.txt", cols=28, indent=FW * 2, blanks="arts", seed=7701,
              style="economic daily 国际财经 page, blank lines only between articles and blocks: header on three lines (paper; date with weekday + 第7版; 版名 国际财经 + 责任编辑); correspondent report with ——副题 and byline line 本报驻维拉斯堡记者 X; wire item with run-in 东衡社卡伦港3月5日电（记者 X）, a foreign name with its English name in brackets, （完） run in at the end; 编译 story with byline line 本报记者 X　编译 under the headline, opening 据《北岸金融报》3月4日报道，; photo caption credited 北岬社发 after it (wrapped); wire item with run-in 东衡社奥斯特维克3月5日电 naming NO reporter and （完）; footer with designer and proof-reader")
    pg.furniture(["东衡经济日报",
                  cn_date(2036, 3, 6) + "　第7版",
                  "国际财经　　　责任编辑：柯远岑"], "page header")
    pg.blank()
    a = Article(
        "a", "瑟兰央行年内第三次下调基准利率", subtitle="——政策利率降至2.25%，为近六年来最低",
        byline="本报驻维拉斯堡记者　邬晴川", authors=["邬晴川"],
        notes="Correspondent report: ——副题 is the subtitle; byline line 本报驻维拉斯堡记者 X (the correspondent is the "
              "author). The central-bank governor and the economist quoted, transliterated with ·, are not authors.",
        paras=[
            "瑟兰中央银行3月5日宣布，将基准利率下调25个基点至2.25%。这是该行今年以来第三次降息，政策利率降至近六年来最低水平。",
            "瑟兰央行行长玛格丽特·霍尔斯特在新闻发布会上表示，近几个月瑟兰通胀率持续回落，2月份消费者价格指数同比上涨1.8%，已连续四个月低于2%的政策目标，而制造业采购经理人指数连续七个月处于荣枯线以下，“货币政策需要为经济提供更多支持”。",
            "维拉斯堡大学经济学教授阿诺·费尔德曼分析说，瑟兰出口企业受外需疲软拖累明显，央行降息有助于缓解企业融资压力，但对提振居民消费的作用可能有限。市场普遍预计，瑟兰央行年内还有一到两次降息空间。",
            "受降息消息影响，瑟兰货币兑美元汇率当日下跌0.6%，维拉斯堡证券交易所综合指数收涨1.2%，报4862.17点。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "卡伦港一季度集装箱吞吐量有望创新高",
        byline="东衡社卡伦港3月5日电（记者　薛望川）", authors=["薛望川"],
        lead="东衡社卡伦港3月5日电（记者　薛望川）", tail="（完）",
        notes="Wire item of the invented agency 东衡社 (东衡通讯社): run-in dateline excluded from first, （完） run in "
              "at the end excluded from last. The port official is named with his English name in brackets "
              "(埃里克·范霍特（Erik van Hoort）); he is quoted, not an author.",
        paras=[
            "卡伦港港务局局长埃里克·范霍特（Erik van Hoort）5日表示，今年1月至2月，卡伦港累计完成集装箱吞吐量286万标准箱，同比增长9.4%，预计一季度吞吐量将首次突破440万标准箱。",
            "范霍特说，亚洲至北海航线货量回升明显，港口新投用的第七集装箱码头自动化程度较高，平均每艘船的作业时间缩短约18%。卡伦港计划今年投资12亿欧元扩建铁路集疏运系统。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "环洋航运运价指数连续五周回落", byline="本报记者　蓝筱　编译", authors=["蓝筱"],
        notes="编译 story: byline line 本报记者 X　编译 under the headline; the compiler-translator is the author (as "
              "handmade22). The opening 据《北岸金融报》3月4日报道， is a clause of the first sentence and stays in the "
              "body. The analyst quoted (with English name in brackets) is not an author. The photo caption credited "
              "北岬社发 after the body is not body.",
        paras=[
            "据《北岸金融报》3月4日报道，反映全球主要航线集装箱运价的环洋航运运价指数上周下跌3.7%，报1826点，已连续五周回落，较年初高点累计下跌约21%。",
            "报道援引航运咨询机构海图分析公司首席分析师露西娅·蒙特罗（Lucia Montero）的话说，新船集中交付使运力供给明显增加，而欧洲零售商补库存需求放缓，运价短期内仍面临下行压力。",
            "分航线看，远东至北海航线运价跌幅最大，单周下跌6.2%；跨洋航线运价则基本持平。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(wrap("▲3月4日，一艘集装箱货轮停靠在卡伦港第七集装箱码头。（北岬社发）", 28),
                 "photo caption credited to an agency (not body)")
    pg.blank()
    d = Article(
        "d", "奥斯特维克将延长证券交易时段",
        byline="东衡社奥斯特维克3月5日电", lead="东衡社奥斯特维克3月5日电　", tail="（完）",
        notes="Short wire item whose run-in dateline names NO reporter: byline as printed, no authors. Dateline "
              "excluded from first, （完） from last.",
        paras=[
            "奥斯特维克证券交易所5日宣布，自今年6月起将每日交易时段延长一个半小时，收盘时间调整至当地时间18时，以吸引更多跨时区投资者参与交易。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["本版美编：左一禾　　校对：殷书远"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lu02() -> Page:
    """Financial daily 环球 page: 国际观察 column; special correspondent report (byline line 本报特约记者 X　发自Y);
    综合报道 piece (byline line 本报综合报道, no reporter); 汇率 table; agency photo caption."""
    pg = Page("lu02.txt", cols=34, indent="  ", blanks="para", seed=7702,
              style="financial daily 环球 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on two lines (环球 + 第12版; paper + date with weekday); label 国际观察 over a comment with byline line ■ X and an author line （作者系…研究员） after the body; report by a special correspondent with byline line 本报特约记者　X　发自奥斯特维克; 综合报道 piece with byline line 本报综合报道 naming no reporter and a photo caption （北岬社发） inside it between two paragraphs; 人民币汇率中间价 table (title, header row, five rows, source line); footer with editor and e-mail")
    pg.furniture(["环球　第12版",
                  "嘉禾金融报　" + cn_date(2036, 3, 9)], "page header")
    pg.blank()
    pg.furniture(["国际观察"], "column label 国际观察")
    pg.blank()
    a = Article(
        "a", "全球贸易“慢复苏”背后的三重变量", section="国际观察", kind="commentary",
        byline="■ 贺知远", authors=["贺知远"],
        notes="Comment under the label 国际观察 (section), byline line ■ X (mark ■ not part of it); kind commentary. "
              "The line （作者系…研究员） after the body is not body.",
        paras=[
            "世界贸易组织最新发布的货物贸易晴雨表读数为101.3，略高于100的基准值，表明全球货物贸易正在缓慢回暖。但细看数据，这一轮复苏的成色并不均匀，至少有三重变量值得关注。",
            "其一是需求结构的变化。发达经济体居民消费增速放缓，而新兴市场对中间品和资本品的需求上升，贸易流向正在悄然调整。其二是产业链布局的重塑。一些跨国企业推行“多地备份”，短期内抬高了成本，也带来了新的投资和贸易机会。其三是政策不确定性。部分经济体频繁调整关税和出口管制措施，企业观望情绪浓厚，订单周期明显拉长。",
            "在这样的背景下，推动贸易投资自由化便利化、维护多边贸易体制，仍是各方稳定预期的最大公约数。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.line(a, "（作者系华岩国际经济研究院研究员）", "affiliation")
    pg.gap()
    b = Article(
        "b", "奥斯特维克电动汽车销量首超燃油车",
        byline="本报特约记者　尤思涵　发自奥斯特维克", authors=["尤思涵"],
        notes="Report by a special correspondent: byline line 本报特约记者 X　发自Y; the correspondent is the author "
              "(发自奥斯特维克 is the place filed from, not a name). The association head quoted is not an author.",
        paras=[
            "奥斯特维克汽车工业协会日前公布的数据显示，2月份该国纯电动汽车新车销量为2.86万辆，占新车总销量的51.4%，首次超过燃油车。",
            "协会会长亨里克·斯坦伯格表示，充电网络快速扩展和电池价格下降是主要推动因素。目前奥斯特维克全国公共充电桩已超过9万个，平均每8公里高速公路就有一座快充站。",
            "值得注意的是，来自亚洲的电动汽车品牌在当地市场份额升至23%。一些本土经销商告诉记者，中端车型的性价比优势正在吸引越来越多的家庭用户。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "多家国际机构上调今年全球经济增长预期", byline="本报综合报道",
        notes="综合报道 piece: byline line 本报综合报道 names no reporter: no authors. The photo caption credited "
              "（北岬社发） printed between two of its paragraphs is not body (body in pieces). The officials quoted are "
              "not authors.",
        paras=[
            "近期，多家国际机构相继上调今年全球经济增长预期。环洋经济合作组织3月7日发布的中期展望报告将今年全球经济增速预期从2.9%上调至3.1%，理由是通胀回落快于预期、主要经济体货币政策转向宽松。",
            "北岬开发银行首席经济学家奥利弗·雷恩斯表示，新兴市场和发展中经济体仍是全球增长的主要贡献者，预计今年增速为4.2%。该行同时提醒，部分经济体债务水平偏高，外部融资环境一旦收紧，可能引发资本外流。",
            "国际货币协调理事会也在最新报告中指出，全球贸易量今年有望增长3.3%，但地缘政治风险和贸易保护主义抬头仍是主要下行风险。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c, end=1)
    pg.gap()
    pg.furniture(["3月7日，与会代表在维拉斯堡出席环洋经济合作组织中期展望发布会。（北岬社发）"],
                 "photo caption credited to an agency, printed between two paragraphs (not body)")
    pg.gap()
    pg.body(c, start=1)
    pg.gap()
    pg.furniture(["人民币汇率中间价（3月8日）",
                  "币种　　　　　　中间价",
                  "100美元　　　　　698.42",
                  "100欧元　　　　　761.05",
                  "100日元　　　　　4.8316",
                  "100英镑　　　　　886.37",
                  "100港元　　　　　89.274",
                  "数据来源：华夏外汇交易中心"], "汇率 table (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：储一苇　　邮箱：huanqiu@jhjrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lu03() -> Page:
    """Narrow 全球市场 page with NO blank line: two market wraps of foreign exchanges with index figures (one with a
    run-in 本报讯　综合外电, one signed （X） at the end); 大宗商品 table; 据外媒报道 item signed （X　编译）."""
    pg = Page("lu03.txt", cols=24, indent=FW, blanks="never", seed=7703,
              style="securities daily 全球市场 page with NO blank line anywhere, indented with ONE U+3000: header on three lines (paper; date with weekday; 全球市场 + B3); label 海外股市 over a market wrap with run-in 本报讯　综合外电 naming no reporter and index figures in ASCII digits; Asia-Pacific wrap with byline line 本报记者 X; 大宗商品 price table (title, header row, six rows) between articles; item opening 据外媒报道， signed （X　编译） run in at the end; footer")
    pg.furniture(["鹭洲证券报",
                  cn_date(2036, 3, 10),
                  "全球市场　B3"], "page header")
    pg.furniture(["海外股市"], "column label 海外股市")
    a = Article(
        "a", "欧洲股市周五普遍收涨", section="海外股市",
        byline="本报讯　综合外电", lead="本报讯　综合外电　",
        notes="Market wrap of foreign exchanges under the label 海外股市 (section): run-in 本报讯　综合外电 (compiled from "
              "wire reports) names no reporter: no authors; it is excluded from first. Index figures stay in the body.",
        paras=[
            "欧洲主要股指3月7日普遍收涨。截至收盘，北岬联邦维城综合指数上涨86.42点，收于12836.57点，涨幅0.68%；卡伦港50指数上涨1.12%，收于7412.30点；瑟兰蓝筹指数微跌0.05%，收于3965.88点。",
            "板块方面，银行股和汽车股领涨，科技股涨跌互现。分析人士认为，瑟兰央行降息提振了市场风险偏好，但投资者仍在等待下周公布的通胀数据。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "亚太股市涨跌不一", section="海外股市", byline="本报记者　仇星野", authors=["仇星野"],
        notes="Second wrap under the same label 海外股市 (section): byline line 本报记者 X. The page has no blank line, "
              "so the headline follows the last body line of the previous wrap directly.",
        paras=[
            "3月7日，亚太地区主要股指涨跌不一。南溟综合指数下跌0.42%，收于2718.64点；新埃尔多225指数上涨0.97%，收于38126.10点；澜洋海峡指数上涨0.31%，收于21684.52点。",
            "当周，南溟综合指数累计下跌1.8%，外资连续三周净卖出。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["国际大宗商品价格（3月7日）",
                  "品种　　　　收盘价　　涨跌幅",
                  "布伦特原油　82.16美元/桶　+0.84%",
                  "纽约原油　　78.43美元/桶　+0.91%",
                  "伦敦铜　　　9426美元/吨　-0.37%",
                  "伦敦铝　　　2318美元/吨　+0.22%",
                  "纽约黄金　　2186.4美元/盎司　+0.15%",
                  "芝加哥大豆　1184美分/蒲式耳　-1.06%"], "大宗商品 price table (not an article)")
    c = Article(
        "c", "北岬联邦拟对关键矿产出口征收特别税",
        byline="（苗晚晴　编译）", authors=["苗晚晴"], tail="（苗晚晴　编译）",
        notes="编译 item opening 据外媒报道， (a clause of the first sentence, body). The credit （X　编译） run in at "
              "the end is the byline, excluded from last; the compiler-translator is the author.",
        paras=[
            "据外媒报道，北岬联邦财政部3月6日提交法案，拟从明年起对锂、钴、稀土等12种关键矿产的原矿出口征收8%至15%的特别税，以鼓励企业在本土开展加工冶炼。",
            "北岬矿业协会对此表示担忧，认为新税可能削弱本国矿产的国际竞争力。法案尚需议会审议通过。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "新埃尔多2月贸易顺差扩大", byline="（仇星野）", authors=["仇星野"], tail="（仇星野）",
        notes="Short item signed （X） run in at the end (byline, excluded from last).",
        paras=["新埃尔多财务省3月7日公布，该国2月份贸易顺差为1.26万亿新元，同比扩大34%。其中出口增长7.9%，进口下降2.1%，能源进口额减少是顺差扩大的主要原因。"])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版编辑：庞月溪　　校对：唐初"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lu04() -> Page:
    """Digest-style page extracted with a blank line after EVERY line: label 外媒看中国 over three excerpts, each
    naming its foreign outlet (run in, on a source line after the text, or in a kicker-like line), with one
    credit line 本栏编译 for the whole column; a 驻X特派记者 report."""
    pg = Page("lu04.txt", cols=20, indent="  ", blanks="every", seed=7704,
              style="economic weekly 环球视野 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines; label 外媒看中国 over three excerpts, the first with its outlet run in (…网站3月8日报道，), the second with the source line 【北岸金融报　3月9日】 after the text, the third with a source line 瑟兰《商业信使报》3月7日文章 UNDER its headline; a column credit line 本栏编译：X　Y after the last excerpt; report by a 驻X特派记者 with byline line 本报驻卡伦港特派记者　X; footer")
    pg.furniture(["华衢经济周刊·环球视野",
                  cn_date(2036, 3, 11) + "　第18版"], "page header")
    pg.furniture(["外媒看中国"], "column label 外媒看中国")
    notes_col = ("Excerpt of the 外媒看中国 column (section). The column credit 本栏编译：柏舟　邝小雨 printed once after the "
                 "last excerpt is taken as every excerpt's byline (the compilers-translators are the authors, as "
                 "编译 credits in handmade22). ")
    a = Article(
        "a", "中国绿色产品出口增长强劲", section="外媒看中国",
        byline="本栏编译：柏舟　邝小雨", authors=["柏舟", "邝小雨"],
        notes=notes_col + "The outlet is run in at the start of the first sentence (北岸《环洋经济周刊》网站3月8日报道，): a clause, body.",
        paras=[
            "北岸《环洋经济周刊》网站3月8日报道，中国1月至2月电动汽车、锂电池和光伏产品出口额同比增长逾两成，显示出相关产业较强的国际竞争力。报道说，越来越多的海外客户看重中国产品的交付速度和配套服务。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "消费新场景吸引外国游客", section="外媒看中国",
        byline="本栏编译：柏舟　邝小雨", authors=["柏舟", "邝小雨"],
        notes=notes_col + "The source line 【北岸金融报　3月9日】 printed after the text names the outlet; it is neither body "
                          "nor byline.",
        paras=[
            "入境免签政策扩大后，来华外国游客明显增多。不少游客在社交媒体上分享移动支付、夜间集市和高铁出行的体验，一些城市推出的“即买即退”离境退税服务也受到欢迎。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, "【北岸金融报　3月9日】", "source")
    c = Article(
        "c", "“中国的数字基础设施令人印象深刻”", section="外媒看中国",
        byline="本栏编译：柏舟　邝小雨", authors=["柏舟", "邝小雨"],
        notes=notes_col + "The source line 瑟兰《商业信使报》3月7日文章 printed UNDER the headline names the outlet; it is "
                          "neither body nor byline. The columnist named in the text is not an author.",
        paras=[
            "文章作者、专栏作家伊娃·科瓦奇写道，在中国中西部城市，5G网络和数据中心建设速度惊人，这为制造业数字化转型打下了基础，也为外国企业提供了新的合作机会。",
        ])
    pg.headline(c)
    pg.line(c, "瑟兰《商业信使报》3月7日文章", "source")
    pg.body(c)
    pg.furniture(["（本栏编译：柏舟　邝小雨）"], "column credit line (taken as the excerpts' byline)")
    d = Article(
        "d", "卡伦港自贸区吸引亚洲制造商",
        byline="本报驻卡伦港特派记者　温瑾", authors=["温瑾"],
        notes="Report by a 驻X特派记者: byline line 本报驻卡伦港特派记者 X; the correspondent is the author. The manager "
              "quoted is not an author.",
        paras=[
            "在卡伦港自由贸易区的一座新厂房里，工人们正在调试一条电池模组生产线。这家来自亚洲的企业去年在此落户，总投资约3亿欧元，计划今年下半年投产。",
            "自贸区管理局副局长索菲·德格鲁特对记者说，自贸区去年新引进制造业项目41个，其中一半以上来自亚洲。企业看中的是港口物流优势和辐射北海地区的市场。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["责任编辑：阮青禾"], "footer")
    return pg


PAGES = [lu01, lu02, lu03, lu04]
