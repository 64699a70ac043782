"""Pages lx05-lx08 of handmade80 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date

from pages_a import block


# ---------------------------------------------------------------------------
def lx05() -> Page:
    """Economic paper 保险 page with column breaks: feature (kicker, headline, ——副题, byline with 实习生) whose body is
    cut by a table whose columns are parted by runs of ASCII spaces (资料来源 and 注 lines); 车险 article with byline
    line 记者 X　通讯员 Y; 数据 figures box; label 保险快讯 over two ■ items."""
    pg = Page("lx05.txt", cols=26, indent=FW * 2, blanks="some", colbreak=10, seed=8005, p_para=0.5, p_gap=0.85,
              style="economic paper 保险 page, blank lines sometimes plus column breaks (a blank line every 10 body lines, also inside paragraphs): header on three lines; feature with 引题 kicker, headline with a quoted word, ——副题 and byline line 本报记者 X　实习生 Y, whose body is CUT by a table with columns parted by runs of ASCII spaces (title, header row, three year rows with percentages, 资料来源： and 注： lines); article with byline line 记者 X　通讯员 Y (no 本报); 数据 figures box (label and three lines); label 保险快讯 over two items with ■ headlines; footer")
    pg.furniture(["汀洲经济导报",
                  cn_date(2036, 5, 20) + "　　第7版",
                  "保险周刊　　主编：宁望　　责任编辑：闵小樨"], "page header")
    pg.blank()
    a = Article(
        "a", "“惠民保”三年参保人数翻番", subtitle="——赔付率走高、年轻人续保意愿不足等问题待解",
        byline="本报记者　柯远帆　实习生　温棠", authors=["柯远帆", "温棠"],
        notes="The 引题 kicker 普惠型商业医疗险观察 is not the title. ——副题 is the subtitle. Byline line 本报记者 X　"
              "实习生 Y: both are authors. The table with space-parted columns (title, header, rows, 资料来源： and "
              "注： lines) printed between the third and fourth paragraphs is not body (body in pieces). The "
              "insurer's manager and the scholar quoted are not authors.",
        paras=[
            "今年是汀洲市城市定制型商业医疗保险“汀惠保”上线的第三年。记者从汀洲市医疗保障局获悉，2035年度“汀惠保”参保人数达到371.8万人，比首年增长近一倍，覆盖全市基本医保参保人数的42%。",
            "“一年一百多元的保费，最高能报销300万元，还不限年龄和既往症，我给全家都买了。”市民乔素梅说。她的父亲去年因肿瘤住院，“汀惠保”赔付了4.6万元。",
            "参保人数增加的同时，赔付率也快速走高。承保共保体主承保公司的负责人阙怀远坦言，2035年度赔付率已接近95%，“再往上走，项目就难以持续了”。",
            "汀洲大学保险研究所所长房子衿认为，“汀惠保”的关键在于吸引更多健康人群参保。“年轻人觉得用不上，续保意愿低，参保人群老龄化，赔付率自然上升。”她建议，可在保障责任上增加门诊、体检等年轻人更看重的项目。",
        ])
    pg.kicker(a, "普惠型商业医疗险观察")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=3)
    pg.gap()
    block(pg, ["“汀惠保”近三年运行情况",
               "年度    参保人数(万人)   保费(亿元)   赔付率",
               "2033    186.4            1.67         72.3%",
               "2034    279.1            2.51         86.9%",
               "2035    371.8            3.35         94.6%",
               "资料来源：汀洲市医疗保障局",
               "注：2035年度赔付率为截至2036年3月末数据。"], "table with space-parted columns between two paragraphs (not body)")
    pg.gap()
    pg.body(a, start=3)
    pg.gap()
    b = Article(
        "b", "车险综改后户均保费下降近两成",
        byline="记者　庞晓　通讯员　邝一宁", authors=["庞晓", "邝一宁"],
        notes="Byline line 记者 X　通讯员 Y (without 本报): both are authors.",
        paras=[
            "车险综合改革实施以来，汀洲市车险户均保费从3,106元降至2,514元，降幅19.1%；商业车险投保率由76%提高到89%。",
            "与此同时，车险赔付率由57%升至72%，消费者获得的保障更多了。业内人士表示，下一步将推动新能源汽车保险产品创新，解决“保费贵、投保难”问题。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    block(pg, ["数据",
               "371.8万人　2035年度“汀惠保”参保人数",
               "94.6%　　　2035年度赔付率",
               "2,514元　　车险户均保费"], "数据 figures box (not an article)")
    pg.gap()
    pg.furniture(["保险快讯"], "column label 保险快讯")
    items = [
        Article("c1", "首单“新市民”意外险落地", section="保险快讯", head=["■首单“新市民”意外险落地"],
                notes="Item of the 保险快讯 strip (section); ■ is a mark, not part of the title; no credit.",
                paras=["近日，汀洲首单面向外卖骑手、网约车司机等新市民群体的团体意外险落地，保费每人每年68元。"]),
        Article("c2", "保险业协会发布理赔时效榜", section="保险快讯", head=["■保险业协会发布理赔时效榜"],
                byline="（柯远帆）", authors=["柯远帆"], tail="（柯远帆）",
                notes="Item of the 保险快讯 strip; credit （X） run in at the end excluded from last. The release "
                      "it reports is not printed as a table here.",
                paras=["汀洲市保险行业协会日前发布一季度理赔时效情况，全市小额医疗险平均理赔时效为1.6天。"]),
    ]
    for art in items:
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["校对：于潇　　美编：欧阳青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lx06() -> Page:
    """Financial daily 征信·支付 page: 答记者问 Q&A whose body is cut by a 项目 / 内容 table with a wrapped cell;
    article whose body comes FIRST and whose headline and byline follow; run-in item with a dated dateline; a
    支付机构行政处罚信息公示 table with three text columns."""
    pg = Page("lx06.txt", cols=32, indent=FW * 2, blanks="arts", seed=8006,
              style="financial daily 征信·支付 page, blank lines only between articles and blocks: header on three lines; label 权威发布 over a Q&A with ——副题 …答本报记者问 and byline line 本报记者 X, only 问：／答： paragraphs, CUT by a two-column 项目 / 内容 table (title, header, a cell wrapped onto a second line under an empty left cell); an article whose body comes FIRST and whose headline and byline line 本报记者 X are printed AFTER it; item with run-in 本报鹭洲8月5日讯（记者 X）; a 行政处罚信息公示表 table (title, three text columns 机构名称 / 违法行为类型 / 处罚内容, wrapped cells, 注： line); footer")
    pg.furniture(["鹭洲金融时报",
                  cn_date(2036, 8, 6) + "　第5版",
                  "征信·支付"], "page header")
    pg.blank()
    pg.furniture(["权威发布"], "column label 权威发布")
    a = Article(
        "a", "个人征信异议处理如何更便捷", section="权威发布", kind="interview",
        subtitle="——人民银行鹭洲分行有关负责人答本报记者问",
        byline="本报记者　应知秋", authors=["应知秋"],
        notes="Q&A (答记者问) under the label 权威发布 (section): ——副题 is the subtitle, byline line 本报记者 X (the "
              "interviewer is the author; the official who answers is not named). The 项目 / 内容 table printed "
              "between the second answer and the third question is not body (body in pieces). Kind interview.",
        paras=[
            "问：近期不少读者反映，自己的征信报告中出现了“不是自己的贷款”，该怎么办？",
            "答：这种情况可以提出征信异议。当事人认为信用报告中的信息存在错误、遗漏的，可以向人民银行分支机构征信查询窗口或者相关金融机构提出异议申请，并提供身份证明和相关证据材料。",
            "问：异议申请提交后，多长时间能有结果？",
            "答：按照规定，征信机构应当自收到异议之日起20日内进行核查和处理，并将结果书面答复异议人。经核查确认信息有误的，金融机构应当及时更正。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a, end=2)
    block(pg, ["个人征信异议申请渠道",
               "项目　　　　内容",
               "线下渠道　　人民银行鹭洲分行及各县支行征信查询",
               "　　　　　　窗口、商业银行指定网点",
               "线上渠道　　征信中心网站、手机银行App",
               "办理时限　　受理之日起20日内答复"], "项目 / 内容 table inside the Q&A (not body)")
    pg.body(a, start=2)
    pg.blank()
    b = Article(
        "b", "移动支付“适老化”改造覆盖九成网点",
        byline="本报记者　褚一言", authors=["褚一言"],
        notes="Body printed FIRST; its headline and byline line 本报记者 X are printed AFTER it (title_line after "
              "body_end). The branch manager quoted is not an author.",
        paras=[
            "走进鹭洲银行城南支行，大字版的操作指引、放大镜和老花镜摆在柜台一角，自助设备上增加了“长辈模式”按钮。截至7月末，全市银行网点完成“适老化”改造的已有1,126个，占比达到91.3%。",
            "“老人来办业务，不会用手机的我们就手把手教。”支行行长车婉宁说，网点还保留了现金收付和存折服务，外卡刷卡、零钱兑换等也都能办。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "鹭洲跨境人民币结算量增长23%",
        byline="本报鹭洲8月5日讯（记者　应知秋）", authors=["应知秋"], lead="本报鹭洲8月5日讯（记者　应知秋）",
        notes="Run-in dateline 本报鹭洲8月5日讯（记者 X） excluded from first.",
        paras=[
            "今年1至7月，鹭洲市跨境人民币结算量达到2,318.6亿元，同比增长23.0%，占全市本外币跨境收支的比重为38.7%，比上年同期提高4.2个百分点。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    block(pg, ["支付机构行政处罚信息公示表",
               "机构名称　　　　违法行为类型　　　　处罚内容",
               "鹭洲汇通支付　　未按规定履行客户　　警告，罚款",
               "有限公司　　　　身份识别义务　　　　86万元",
               "鹭洲云付科技　　违反清算管理规定　　罚款41万元",
               "有限公司",
               "注：处罚决定日期为2036年7月。"], "行政处罚信息公示 table with three text columns (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：房晚晴　　校对：晏小山　　版式：葛方"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lx07() -> Page:
    """Wire-heavy 要闻 page of an economic daily, wide column, two ASCII spaces indent: wire item with （完） on its
    own line, then a figures table and an editor line; wire item with （完） run in and an LPR table; article whose
    body is cut by a ranking list; 经济时评 comment signed NAME（post）."""
    pg = Page("lx07.txt", cols=40, indent="  ", blanks="para", seed=8007,
              style="economic daily 要闻 page, wide column indented with two ASCII spaces, blank lines between paragraphs and blocks: header on two lines; wire item with run-in 华泽社北京6月12日电（记者 X、Y） and （完） on a line of its own, followed by a table (title, 单位 line, rows, 数据来源 line) and an editor line; wire item with run-in dateline and （完） run in at the end, followed by a small three-column LPR table; article with byline line 本报记者 X whose body is CUT by a ranking list (title, 单位 line, 1. … 5.); label 经济时评 over a comment with byline line NAME（post）; footer")
    pg.furniture(["九原经济日报　" + cn_date(2037, 6, 13) + "　第2版",
                  "要闻　　值班编辑：叶秋声"], "page header")
    pg.blank()
    a = Article(
        "a", "5月末广义货币余额同比增长7.6%",
        byline="华泽社北京6月12日电（记者　程放、詹小禾）", authors=["程放", "詹小禾"],
        lead="华泽社北京6月12日电（记者　程放、詹小禾）",
        notes="Wire item of the invented agency 华泽社: run-in dateline excluded from first (both reporters are "
              "authors). The end mark （完） on a line of its own is not body; the table after it (title, 单位, "
              "rows, 数据来源) and the editor line are not body.",
        paras=[
            "中国人民银行12日发布的金融统计数据显示，5月末，广义货币（M2）余额326.84万亿元，同比增长7.6%；狭义货币（M1）余额71.25万亿元，同比增长2.1%。前5个月人民币贷款增加10.37万亿元。",
            "5月末，社会融资规模存量为418.96万亿元，同比增长8.3%。前5个月社会融资规模增量累计为15.82万亿元，比上年同期多1.04万亿元。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, "（完）", "endmark")
    pg.gap()
    block(pg, ["5月金融统计主要数据",
               "单位：万亿元",
               "指标              余额        同比增长",
               "M2                326.84      7.6%",
               "M1                71.25       2.1%",
               "人民币贷款        262.17      7.9%",
               "社会融资规模存量  418.96      8.3%",
               "数据来源：中国人民银行"], "figures table after the wire item (not body)")
    pg.furniture(["（责任编辑：阮秋）"], "editor line")
    pg.gap()
    b = Article(
        "b", "6月贷款市场报价利率保持不变",
        byline="华泽社北京6月20日电（记者　詹小禾）", authors=["詹小禾"],
        lead="华泽社北京6月20日电（记者　詹小禾）", tail="（完）",
        notes="Wire item: run-in dateline excluded from first; （完） run in at the end excluded from last. The "
              "three-column LPR table after it is not body.",
        paras=[
            "全国银行间同业拆借中心20日公布，6月贷款市场报价利率（LPR）为：1年期LPR为2.85%，5年期以上LPR为3.30%，均与上月持平。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    block(pg, ["期限　　　　本月LPR　　上月LPR",
               "1年期　　　　2.85%　　　2.85%",
               "5年期以上　　3.30%　　　3.30%"], "LPR table after the wire item (not body)")
    pg.gap()
    c = Article(
        "c", "上市险企前5月保费收入同比增长6.8%",
        byline="本报记者　邬清扬", authors=["邬清扬"],
        notes="Byline line 本报记者 X. The ranking list (title, 单位 line, 1. … 5. with figures) printed between "
              "the first and second paragraphs is a table, not body (body in pieces), although its lines are "
              "numbered like points of a text. The analyst quoted is not an author.",
        paras=[
            "据5家A股上市险企公告，今年前5个月，5家公司合计实现原保险保费收入1.39万亿元，同比增长6.8%，其中寿险业务增长7.5%，财产险业务增长5.1%。",
            "从单月看，5月保费增速有所放缓。九原证券非银金融分析师祁映川表示，预定利率下调后，储蓄型产品“炒停售”效应消退，下半年寿险保费增速或将回落，但分红险转型有望带来新的增长点。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c, end=1)
    pg.gap()
    block(pg, ["前5月上市险企原保险保费收入",
               "（单位：亿元）",
               "1. 华衡人寿　　　5,216.4",
               "2. 九原保险　　　3,874.9",
               "3. 启明人寿　　　2,105.3",
               "4. 澄江财险　　　1,648.2",
               "5. 鹭洲保险　　　1,042.7"], "ranking list between two paragraphs (not body)")
    pg.gap()
    pg.body(c, start=1)
    pg.gap()
    pg.furniture(["经济时评"], "column label 经济时评")
    pg.gap()
    d = Article(
        "d", "理性看待货币数据的“剪刀差”", section="经济时评", kind="commentary",
        byline="周景明（华泽大学金融研究院研究员）", authors=["周景明"],
        notes="Comment under the label 经济时评 (section), byline line NAME（post）: the commentator is the author. "
              "Kind commentary.",
        paras=[
            "M2与M1增速之间的“剪刀差”再度引发关注。有观点认为，这意味着资金“空转”、企业活力不足。这种判断有一定道理，但也需要看到，居民和企业将活期存款转为定期存款，是利率调整和预期变化下的理性选择。",
            "观察货币数据，不宜只盯一两个指标。关键是看资金有没有真正流向实体经济、流向最需要的地方。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["本版编辑：戴望　　校对：冯一鸣　　制图：阎青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lx08() -> Page:
    """City daily 经济 page in a very narrow column: run-in lead; a tab-separated table wider than the column;
    photo news (brief) with credit line; label 财经速递 over three ▲ items; 数字 figures box."""
    pg = Page("lx08.txt", cols=16, indent=FW, blanks="para", seed=8008,
              style="city daily 经济 page in a very narrow column, ONE U+3000 indent, blank lines between paragraphs and blocks: header on three lines; lead with headline on two lines and run-in 本报讯（记者 X　见习记者 Y）; a table WIDER than the column with tab-parted columns (title on two lines, 单位： line, header, rows, 资料来源： line); photo news (brief): headline, caption, credit line 本报记者 X　摄; label 财经速递 over three items with ▲ headlines (one on two lines), one signed （记者 X）; 数字 figures box (label, three lines); footer wider than the column")
    pg.furniture(["柘川日报",
                  cn_date(2037, 7, 15),
                  "5　经济"], "page header")
    pg.blank()
    a = Article(
        "a", "柘川上半年保费收入突破百亿", head=["柘川上半年保费", "收入突破百亿"],
        byline="本报讯（记者　苏芷　见习记者　汲远）", authors=["苏芷", "汲远"],
        lead="本报讯（记者　苏芷　见习记者　汲远）",
        notes="Headline on two lines, joined. Run-in 本报讯（记者 X　见习记者 Y） excluded from first; both are "
              "authors. The table after the body is not body.",
        paras=[
            "今年上半年，柘川市保险业实现保费收入101.6亿元，同比增长8.9%，首次在半年内突破百亿元。其中，健康险保费收入增长14.3%，增速居各险种之首。",
            "上半年全市保险业累计赔付支出34.2亿元，增长11.6%。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    block(pg, ["2037年上半年柘川市",
               "保险业主要指标",
               "单位：亿元、%",
               "指标\t金额\t同比增长",
               "保费收入\t101.6\t8.9",
               "　财产险\t32.8\t5.4",
               "　人身险\t68.8\t10.7",
               "赔付支出\t34.2\t11.6",
               "资料来源：柘川市保险行业协会"], "tab-separated table wider than the column (not body)")
    pg.gap()
    p = Article(
        "p", "银行网点里的“夏日驿站”", kind="brief",
        byline="本报记者　汲远　摄", authors=["汲远"],
        notes="Photo news (brief): headline, caption, credit line 本报记者 X　摄 after it (the byline; the "
              "photographer is the author).",
        paras=["7月14日，柘川银行江北支行的“户外劳动者驿站”里，环卫工人在休息纳凉。全市已有168个银行网点开设此类驿站。"])
    pg.headline(p)
    pg.gap()
    pg.body(p)
    pg.line(p, FW * 3 + p.byline, "byline")
    pg.gap()
    pg.furniture(["财经速递"], "column label 财经速递")
    pg.gap()
    items = [
        Article("c1", "柘川发放首笔数据资产质押贷款", section="财经速递", head=["▲柘川发放首笔数据", "资产质押贷款"],
                notes="Item of the 财经速递 strip (section); ▲ headline on two lines, joined; the ▲ is a mark. No "
                      "credit.",
                paras=["柘川农商银行日前以一家物流企业的数据资产作质押，发放贷款500万元。"]),
        Article("c2", "个人养老金开户超40万户", section="财经速递", head=["▲个人养老金开户超40万户"],
                byline="（记者　苏芷）", authors=["苏芷"], tail="（记者　苏芷）",
                notes="Item of the 财经速递 strip; credit （记者 X） run in at the end excluded from last.",
                paras=["截至6月末，柘川市个人养老金账户开户数达40.7万户，累计缴存6.3亿元。"]),
        Article("c3", "金融消费纠纷调解中心揭牌", section="财经速递", head=["▲金融消费纠纷调解中心揭牌"],
                notes="Item of the 财经速递 strip; no credit.",
                paras=["7月10日，柘川市金融消费纠纷调解中心揭牌，设立调解员23名，调解不收费。"]),
    ]
    for art in items:
        pg.headline(art)
        pg.body(art)
        pg.gap()
    block(pg, ["数字",
               "101.6亿元",
               "上半年保费收入",
               "40.7万户",
               "个人养老金开户数"], "数字 figures box (not an article)")
    pg.gap()
    pg.furniture(["责任编辑：薛小园　　校对：廖一川　　美编：卓然"], "footer (wider than the column)")
    return pg


PAGES = [lx05, lx06, lx07, lx08]
