"""Pages lw09-lw12 of handmade79 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap
from pages_a import INTERLEAVED, Cols, weave


# ---------------------------------------------------------------------------
def lw09() -> Page:
    """Industry-and-commerce paper 外贸 page, 18-char columns, column breaks: two articles read column by column
    with a column of stacked ◆ briefs read between their first and second columns."""
    pg = Page("lw09.txt", cols=18, indent=FW * 2, blanks="some", seed=7909, p_para=0.3, p_gap=0.7, colbreak=10,
              style="industry-and-commerce paper 外贸·开放 page, blank lines sometimes plus column breaks (a blank line every 10 body lines): header on three lines; lead with 引题 kicker, headline and byline line 本报记者 X; second article (headline, byline line 本报通讯员 X　记者 Y) set beside it; then a column of three stacked briefs under the label 开放快讯 with ◆ headlines; the read order is A1, B1, the brief column, A2, B2, A3 (columns of 6 lines); footer")
    pg.furniture(["渫河工商报",
                  "外贸·开放　　第4版",
                  cn_date(2037, 2, 26) + "　　责任编辑：祁望舒"], "page header")
    pg.blank()
    a = Article(
        "a", "1月份全市进出口总值同比增长9.4%",
        byline="本报记者　尤栖川", authors=["尤栖川"],
        notes="Lead: the 引题 kicker 外贸开年 is neither title nor subtitle. Byline line 本报记者 X. The customs official and "
              "the exporter quoted are not authors. " + INTERLEAVED.format(
                  other="the article 保税维修业务“修”出新增量 and the 开放快讯 column"),
        paras=[
            "渫河海关26日发布数据，1月份全市货物贸易进出口总值312.6亿元，同比增长9.4%。其中出口198.3亿元，增长12.1%；进口114.3亿元，增长5.0%。",
            "民营企业仍是外贸主力军。1月份，全市有进出口实绩的民营企业3812家，进出口额占全市的64.7%。机电产品出口增长15.3%，其中船舶、工程机械出口分别增长46%和28%。",
            "“开年订单比去年同期多了两成，东南方向的客户尤其多。”渫河一家工程机械企业外贸部经理晏如初说，企业正在招聘一线工人，争取二月底前满负荷生产。",
            "海关有关负责人表示，将继续推广“提前申报”“两段准入”等便利措施，压缩货物通关时间。",
        ])
    b = Article(
        "b", "保税维修业务“修”出新增量",
        byline="本报通讯员　邹晴　记者　尤栖川", authors=["邹晴", "尤栖川"],
        notes="Byline line 本报通讯员 X　记者 Y (both authors). " + INTERLEAVED.format(
            other="the lead 1月份全市进出口总值同比增长9.4% and the 开放快讯 column"),
        paras=[
            "在渫河综合保税区一家航空部件维修企业的车间里，几台从境外运来的飞机起落架正在接受检修。去年，这家企业完成保税维修业务收入4.6亿元，增长31%。",
            "保税维修是指企业将境外的待修产品运入综保区维修后再复运出境，全程保税。目前，渫河综保区已有9家企业开展此类业务，涉及航空部件、医疗设备和数控机床等领域。",
        ])
    ca, cb = Cols(pg, a), Cols(pg, b)
    pg.kicker(a, "外贸开年")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    ca.take(6)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    cb.take(6)
    pg.gap()
    pg.furniture(["开放快讯"], "column label 开放快讯")
    briefs = [
        Article("c1", "首趟西向回程班列抵达渫河", section="开放快讯",
                notes="Brief of the 开放快讯 column read between the two articles' columns; ◆ before the headline is a "
                      "mark. No credit: no byline, no authors.",
                paras=["2月24日，一列满载葡萄酒、奶粉和汽车配件的回程班列抵达渫河铁路口岸，货值约1.1亿元。"]),
        Article("c2", "外资企业座谈会召开", section="开放快讯",
                byline="（记者　尤栖川）", authors=["尤栖川"], tail="（记者　尤栖川）",
                notes="Brief with ◆ headline; credit run in at the end excluded from last.",
                paras=["市商务局日前召开外资企业座谈会，32家外资企业负责人就用工、物流等问题提出建议。"]),
        Article("c3", "出口信保覆盖面扩大", section="开放快讯",
                byline="（通讯员　邹晴）", authors=["邹晴"], tail="（通讯员　邹晴）",
                notes="Brief with ◆ headline; credit （通讯员 X） excluded from last.",
                paras=["今年，渫河市将小微外贸企业出口信用保险统保平台的保费补贴比例提高到80%。"]),
    ]
    for art in briefs:
        pg.headline(art, lines=["◆" + art.title])
        pg.body(art)
    pg.gap()
    ca.take(6)
    pg.gap()
    cb.take()
    pg.gap()
    ca.take()
    ca.done(), cb.done()
    pg.gap()
    pg.furniture(["本版校对：解小川　　美编：蓝知夏"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lw10() -> Page:
    """Morning paper 财经 page in 14-char columns, blank lines at column breaks: a lead in three columns with a
    short item whole in one column after its first, and a third article whose columns alternate with the lead's
    last ones (A1, B, A2, C1, A3, C2)."""
    pg = Page("lw10.txt", cols=14, indent=FW, blanks="arts", seed=7910,
              style="morning paper 财经 page indented with ONE U+3000, blank lines only between blocks and at column breaks: header on two lines; lead (headline printed once above, byline line 本报记者 X) in three columns of 7 lines; a short run-in item WHOLE in one column read after the lead's first column; a third article (headline, byline line 见习记者 X) whose two columns alternate with the lead's second and third (A1, B, A2, C1, A3, C2); footer")
    pg.furniture(["珞屿时报　" + cn_date(2033, 8, 19),
                  "A3　财经　　值班编辑：萧可人"], "page header")
    pg.blank()
    a = Article(
        "a", "珞屿夏季农产品“出岛”提速",
        byline="本报记者　秋映岚", authors=["秋映岚"],
        notes="Byline line 本报记者 X. The farmer and the logistics manager quoted are not authors. The lead's columns "
              "are read with a whole short item after its first column and the columns of a third article after its "
              "second and third: body in pieces. " + INTERLEAVED.format(other="the items 离岛免税店销售额增四成 and 民宿经营者可申请“民宿贷”"),
        paras=[
            "每天凌晨4点，珞屿北港冷链码头就忙碌起来。一箱箱刚采摘的荔枝、芒果和火龙果经过预冷、分拣后装上冷藏车，当天下午就能摆上对岸城市的水果摊。",
            "“以前要在码头等船等半天，现在有了农产品绿色通道，随到随检随走。”果农殷春和说，他家今年的荔枝通过电商卖到了二十多个城市，收购价比往年高了两成。",
            "今年7月以来，珞屿通过海运“出岛”的农产品达到8.6万吨，同比增长24%。北港冷链物流公司负责人介绍，码头新增了4条自动分拣线，每小时可处理水果30吨。",
            "为了让鲜果“跑”得更快，珞屿还开通了至三个主要销地的海铁联运专线，冷链运输成本比全程公路降低约18%。",
        ])
    b = Article(
        "b", "离岛免税店销售额增四成",
        byline="本报讯（记者　欧阳小曼）", authors=["欧阳小曼"], lead="本报讯（记者　欧阳小曼）",
        notes="Short item printed whole in one column, read between the lead's first and second columns. Run-in "
              "本报讯（记者 X） (a two-character surname) excluded from first.",
        paras=["暑期以来，珞屿3家离岛免税店销售额9.8亿元，同比增长41%，化妆品、手表和电子产品最受欢迎。"])
    c = Article(
        "c", "民宿经营者可申请“民宿贷”",
        byline="见习记者　单云起", authors=["单云起"],
        notes="Byline line 见习记者 X (a trainee reporter, an author). "
              + INTERLEAVED.format(other="the lead 珞屿夏季农产品“出岛”提速"),
        paras=[
            "珞屿农村商业银行近日推出“民宿贷”，持证经营的民宿业主凭经营流水即可申请，最高额度50万元，期限最长5年。",
            "截至目前，全岛登记民宿1260家，今年上半年接待游客87万人次。",
        ])
    ca, cc = Cols(pg, a), Cols(pg, c)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    ca.take(7)
    pg.blank()
    pg.headline(b)
    pg.body(b)
    pg.blank()
    ca.take(7)
    pg.blank()
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    cc.take(4)
    pg.blank()
    ca.take()
    pg.blank()
    cc.take()
    ca.done(), cc.done()
    pg.blank()
    pg.furniture(["本版邮箱：caijing@luoyu-times.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lw11() -> Page:
    """Evening paper 经济新闻 page in 12-char columns extracted with a blank line after EVERY line: a lead whose
    letter-spaced headline is spread over two lines (broken mid-word), read by half columns (4 lines) in turn with
    a second article; photo news; an item."""
    pg = Page("lw11.txt", cols=12, indent="", blanks="every", seed=7911,
              style="evening paper 经济新闻 page, NO indent, a blank line after EVERY line: header on two lines; lead whose headline is letter-spaced with U+3000 and spread over two lines broken in mid-word, byline line 记者 X; a second article (headline, run-in 本报讯（记者 X）) beside it; the two read by HALF columns of 4 lines in turn; photo news (brief) with caption and credit line 本报记者 X　摄; item with byline line 本报记者 X; footer")
    pg.furniture(["泓都晚报　经济新闻　第9版",
                  cn_date(2038, 6, 12)], "page header")
    a = Article(
        "a", "端午假期泓都接待游客破百万",
        byline="记者　舒望野", authors=["舒望野"],
        notes="Headline letter-spaced with U+3000 and spread over two lines, broken in mid-word; written unspaced and "
              "joined. Byline line 记者 X. The hotel manager quoted is not an author. "
              + INTERLEAVED.format(other="the article 粽子线上销量同比增长25%"),
        paras=[
            "市文化和旅游局统计，端午假期3天，泓都市共接待游客108.6万人次，同比增长13.2%；实现旅游收入9.4亿元，增长15.8%。",
            "龙舟赛带火了滨河片区。赛事期间，滨河沿线酒店平均入住率达到92%。“房间提前一周就订满了。”一家酒店经理说。",
        ])
    b = Article(
        "b", "粽子线上销量同比增长25%",
        byline="本报讯（记者　乔蔓）", authors=["乔蔓"], lead="本报讯（记者　乔蔓）",
        notes="Run-in 本报讯（记者 X） excluded from first. " + INTERLEAVED.format(other="the lead 端午假期泓都接待游客破百万"),
        paras=["据市商务局监测，节前一周全市粽子线上销量同比增长25%，低糖、小份装产品销量翻番，老字号礼盒销售额增长18%。"])
    ca, cb = Cols(pg, a), Cols(pg, b)
    pg.headline(a, spread_cols=12)
    pg.line(a, a.byline, "byline")
    ca.take(4)
    pg.headline(b)
    cb.take(4)
    weave(pg, [(ca, 4), (cb, 4)])
    ca.done(), cb.done()
    p = Article(
        "p", "龙舟竞渡", kind="brief",
        byline="本报记者　葛沐阳　摄", authors=["葛沐阳"],
        notes="Photo news (brief, not counted in recall): headline, caption text (the body), credit line 本报记者 X　摄 "
              "after it; the photographer is the author.",
        paras=["6月10日，泓都市第十二届龙舟邀请赛在滨河举行，24支队伍参赛。"])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    c = Article(
        "c", "夜间经济示范街区再添三条",
        byline="本报记者　乔蔓", authors=["乔蔓"],
        notes="Byline line 本报记者 X.",
        paras=["泓都市日前认定第二批夜间经济示范街区3条，每条给予100万元奖补，用于灯光改造和公共设施建设。"])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["编辑：傅一舸　　校对：乔小鱼"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lw12() -> Page:
    """City daily 经济 page in 15-char columns: an article interleaved with a market report whose HEADLINE is printed
    after its text and whose second column is cut by a price box; a column of ● one-sentence news without
    headlines."""
    pg = Page("lw12.txt", cols=15, indent=FW * 2, blanks="para", seed=7912,
              style="city daily 经济 page, blank lines between paragraphs and blocks: header on three lines; article (headline, byline line 本报记者 X　实习生 Y) read column by column (4 lines) with a market report beside it whose body comes FIRST, whose second column is CUT by a 今日菜价 box (2 lines, box, 2 lines), and whose headline and byline line ◎本报记者 X come AFTER its last column; label 一句话新闻 over four ● one-sentence items WITHOUT headlines, stacked in one column; footer")
    pg.furniture(["埕阳日报",
                  cn_date(2039, 10, 9),
                  "第5版　经济　　责任编辑：查晚樵"], "page header")
    pg.blank()
    a = Article(
        "a", "埕阳老字号“上新”国潮文创",
        byline="本报记者　涂远舟　实习生　柏念", authors=["涂远舟", "柏念"],
        notes="Byline line 本报记者 X　实习生 Y (both authors). The shop owner quoted is not an author. "
              + INTERLEAVED.format(other="the market report 秋菜大量上市　价格稳中有降"),
        paras=[
            "国庆假期，埕阳老城的百年糕点铺“福顺斋”门前排起长队。店里新推出的城门造型月饼和文创礼盒，7天卖出1.2万盒。",
            "“老手艺要守住，样子也得跟上年轻人的眼光。”福顺斋第四代传人韦守真说，店里去年请来设计团队，重新设计了包装，还开了线上旗舰店，线上销售额已占到三成。",
            "据统计，埕阳现有老字号企业46家，今年前三季度营业收入增长11.6%。",
        ])
    b = Article(
        "b", "秋菜大量上市价格稳中有降", head=["秋菜大量上市　价格稳中有降"],
        byline="◎本报记者　芮知秋", authors=["芮知秋"],
        notes="Market report whose body comes FIRST and whose headline (two phrases parted by U+3000, written "
              "unspaced) and byline line ◎本报记者 X are printed AFTER its last column. The 今日菜价 box cutting its "
              "second column is not body. " + INTERLEAVED.format(other="the article 埕阳老字号“上新”国潮文创"),
        paras=[
            "随着本地秋菜大量上市，埕阳市场蔬菜价格稳中有降。市农产品批发市场监测显示，本周白菜、萝卜、土豆批发均价分别比上周下降6%、4%和3%。",
            "批发市场负责人介绍，近期日均蔬菜上市量达到2100吨，比9月增加一成多，本地菜占比超过七成。",
        ])
    ca, cb = Cols(pg, a), Cols(pg, b)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    ca.take(4)
    pg.gap()
    cb.take(4)
    pg.gap()
    ca.take(4)
    pg.gap()
    cb.take(2)
    pg.furniture(["今日菜价（元/公斤）",
                  "白菜　1.60　萝卜　1.80",
                  "土豆　3.20　番茄　5.40"], "今日菜价 box cutting the report's second column (not body)")
    cb.take()
    pg.gap()
    ca.take()
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    ca.done(), cb.done()
    pg.gap()
    pg.furniture(["一句话新闻"], "column label 一句话新闻")
    items = [
        ("d1", "埕阳至南岭高速公路9月货车通行量同比增长14%。", "", []),
        ("d2", "市人社局发放稳岗返还资金3800万元，惠及企业2100家。", "（记者　涂远舟）", ["涂远舟"]),
        ("d3", "埕阳经开区新签约项目11个，总投资86亿元。", "", []),
        ("d4", "全市10月将发放第二批家电消费券500万元。", "（记者　芮知秋）", ["芮知秋"]),
    ]
    for key, text, tail, who in items:
        d = Article(key, None, section="一句话新闻", lead="●", tail=tail, byline=tail or None, authors=who,
                    notes="One-sentence item of the 一句话新闻 column, printed WITHOUT a headline (title null); the ● "
                          "mark is excluded from first" + ("; the credit run in at the end is the byline, excluded "
                                                         "from last." if tail else "; no credit, no authors."),
                    paras=[text])
        pg.body(d)
    pg.gap()
    pg.furniture(["校对：鲁西桐　　美编：晏可"], "footer")
    return pg


PAGES = [lw09, lw10, lw11, lw12]
