"""Pages lx01-lx04 of handmade80 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date


def block(pg: Page, lines: list[str], what: str) -> None:
    """A table, ranking list, flattened chart or figures box: printed lines that are no article's body. Written
    line by line (a "" is a blank line whatever the page's policy says, as furniture)."""
    pg.furniture(lines, what)


# ---------------------------------------------------------------------------
def lx01() -> Page:
    """Financial daily 银行 page: lead with a table (title, 单位： line, header row, rows with thousands separators,
    资料来源) BETWEEN two paragraphs; 数说 figures box; run-in item followed straight by a 项目 / 内容 product table;
    label 银行简讯 over three ◆ items."""
    pg = Page("lx01.txt", cols=30, indent=FW * 2, blanks="para", seed=8001,
              style="financial daily 银行 page, blank lines between paragraphs and blocks: header on three lines; lead with byline line 本报记者 X and a table (表1 title, 单位：亿元，% line, header row, four rows of which two 其中： rows, figures with thousands separators, 资料来源： line) printed BETWEEN two paragraphs; 数说 figures box (box title and three lines figure + caption); item with run-in 本报讯（记者 X　通讯员 Y） followed with NO blank line by a two-column 项目 / 内容 product table with its own title; label 银行简讯 over three items with ◆ headlines, one signed （X） at the end; footer")
    pg.furniture(["岫州金融报",
                  cn_date(2036, 4, 16) + "　第3版",
                  "银行·信贷　　责任编辑：谭映雪"], "page header")
    pg.blank()
    a = Article(
        "a", "一季度全市人民币贷款增加1286亿元", head=["一季度全市人民币贷款增加1286亿元"],
        byline="本报记者　洪知远", authors=["洪知远"],
        notes="Lead with byline line 本报记者 X. The table 表1 (title, 单位： line, header and rows, 资料来源： line) "
              "printed BETWEEN the second and third paragraphs is not body text (non_articles; body in pieces). "
              "The official quoted is not an author.",
        paras=[
            "记者从人民银行岫州市分行获悉，一季度全市人民币贷款增加1,286亿元，同比多增142亿元；3月末，本外币各项贷款余额24,735.9亿元，同比增长9.4%，增速比上年末高0.6个百分点。",
            "从投向看，信贷资金继续向重点领域和薄弱环节倾斜。3月末，全市普惠小微贷款余额3,218.6亿元，同比增长21.5%；制造业中长期贷款余额1,964.2亿元，增长26.3%，均明显高于各项贷款平均增速。",
            "融资成本稳中有降。3月份，全市新发放企业贷款加权平均利率为3.92%，比上年同期下降0.27个百分点。“下一步将继续引导金融机构降低综合融资成本，做好科技金融、绿色金融等五篇大文章。”人民银行岫州市分行有关负责人说。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.gap()
    block(pg, ["表1　2036年3月末岫州市金融机构存贷款情况",
               "单位：亿元，%",
               "项目　　　　　　　　余额　　　　同比增长",
               "本外币各项存款　　　28,416.3　　　8.7",
               "　其中：住户存款　　15,902.8　　　11.2",
               "本外币各项贷款　　　24,735.9　　　9.4",
               "　其中：普惠小微贷款　3,218.6　　　21.5",
               "资料来源：人民银行岫州市分行"], "table 表1 between two paragraphs of the lead (not body)")
    pg.gap()
    pg.body(a, start=2)
    pg.gap()
    block(pg, ["数说一季度",
               "1,286亿元　　人民币贷款增量",
               "21.5%　　　　普惠小微贷款同比增速",
               "3.92%　　　　新发放企业贷款加权平均利率"], "数说 figures box (not an article)")
    pg.gap()
    b = Article(
        "b", "岫州农商银行推出“科创积分贷”",
        byline="本报讯（记者　邵青禾　通讯员　甘露）", authors=["邵青禾", "甘露"],
        lead="本报讯（记者　邵青禾　通讯员　甘露）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors. The product table "
              "“科创积分贷”产品要素 (项目 / 内容) printed right after the last paragraph, with no blank line, is not "
              "body (non_articles): the body ends with the paragraph.",
        paras=[
            "近日，岫州农商银行面向辖内科技型中小企业推出“科创积分贷”，将企业研发投入、专利数量、人才结构等指标折算为“科创积分”，积分越高，可获得的信用贷款额度越高、利率越低。",
            "产品上线两周，已为37家企业发放贷款1.46亿元，其中首次获得银行贷款的企业有11家。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    block(pg, ["“科创积分贷”产品要素",
               "项目　　　　内容",
               "贷款对象　　辖内科技型中小企业",
               "额度上限　　单户最高1,000万元",
               "期限　　　　最长3年，可随借随还",
               "利率　　　　年化最低3.45%"], "项目 / 内容 product table right after the item (not body)")
    pg.gap()
    pg.furniture(["银行简讯"], "column label 银行简讯")
    pg.gap()
    items = [
        Article("c1", "岫州银行发行绿色金融债20亿元", section="银行简讯", head=["◆岫州银行发行绿色金融债20亿元"],
                notes="Item of the 银行简讯 strip (section); the ◆ is a mark, not part of the title. No credit.",
                paras=["4月12日，岫州银行在全国银行间债券市场成功发行绿色金融债券20亿元，期限3年，票面利率2.18%，募集资金将全部投向清洁能源和节能环保项目。"]),
        Article("c2", "外币兑换点增至46个", section="银行简讯", head=["◆外币兑换点增至46个"],
                byline="（杜小棠）", authors=["杜小棠"], tail="（杜小棠）",
                notes="Item of the 银行简讯 strip; credit （X） run in at the end excluded from last.",
                paras=["为方便境外来岫人员，全市银行机构新设外币兑换点9个，总数增至46个，覆盖机场、高铁站和主要酒店。"]),
        Article("c3", "“金融夜校”开进社区", section="银行简讯", head=["◆“金融夜校”开进社区"],
                notes="Item of the 银行简讯 strip; no credit.",
                paras=["岫州市银行业协会联合12家银行开办“金融夜校”，每周三晚在社区讲解防范电信诈骗、养老理财等知识。"]),
    ]
    for art in items:
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["本版校对：苗晓川　　美编：成一禾　　投稿邮箱：yinhang@xzjrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lx02() -> Page:
    """Insurance weekly 监管 page in a narrow column: lead (kicker, headline, ——副题, byline) whose body is cut by a
    违规情形 / 处理措施 text table with wrapped cells and a 注： line; 保险观察 comment; 理赔问答 Q&A; run-in item
    followed by a premium table with 单位： and 资料来源 lines."""
    pg = Page("lx02.txt", cols=24, indent=FW, blanks="some", seed=8002, p_para=0.4, p_gap=0.8,
              style="insurance paper 监管·消费者 page, ONE U+3000 indent, blank lines sometimes: header on two lines; lead with 引题 kicker, headline, ——副题 and byline line 本报记者 X whose body is CUT IN TWO by a two-column text table 违规情形 / 处理措施 (title, header, cells wrapped over two lines so that a row takes two printed lines, one row of three lines with an empty right cell, 注： line); label 保险观察 over a comment with byline line 文／X; label 理赔问答 over a Q&A (问：／答：) with byline line 本报记者 X　整理; item with run-in 本报讯（记者 X） followed by a premium table (title, 单位： line, header, rows with thousands separators and + percentages, 其中： rows, 资料来源： line); footer")
    pg.furniture(["启衡保险报　" + cn_date(2036, 5, 8),
                  "第6版　监管·消费者"], "page header")
    pg.blank()
    a = Article(
        "a", "保险销售行为专项整治启动", subtitle="——夸大收益、隐瞒免责等行为将被从严处理",
        byline="本报记者　骆星河", authors=["骆星河"],
        notes="The 引题 kicker 规范销售　守护权益 is not part of the title; the ——副题 is the subtitle. The text "
              "table 违规情形 / 处理措施 printed between the second and third paragraphs (cells wrapped over two "
              "lines, 注： line under it) is not body text (non_articles; body in pieces), though its cells are "
              "sentences.",
        paras=[
            "记者日前从启衡金融监管局获悉，全省将从5月起开展为期6个月的保险销售行为专项整治，重点整治夸大产品收益、隐瞒免责条款、冒用他人名义销售和频繁骚扰消费者等问题。",
            "此次整治覆盖全省财产险、人身险公司及保险中介机构共217家，采取机构自查、监管抽查和“神秘顾客”暗访相结合的方式进行。",
            "启衡金融监管局有关负责人表示，对整治中发现的问题，将坚持“查处一起、通报一起”，并将整治情况纳入机构分类监管评级。",
        ])
    pg.kicker(a, "规范销售　守护权益")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.gap()
    block(pg, ["重点违规情形及处理措施",
               "违规情形　　　　　处理措施",
               "夸大产品收益、　　责令改正，对机",
               "隐瞒免责条款　　　构处以罚款",
               "冒用他人名义　　　暂停相关业务，",
               "销售保险　　　　　追究负责人责任",
               "频繁以电话、短信　列入重点监管",
               "骚扰消费者　　　　名单",
               "诱导退保转保",
               "注：以上为部分情形，以通知原文为准。"], "违规情形 / 处理措施 text table with wrapped cells between two paragraphs (not body)")
    pg.gap()
    pg.body(a, start=2)
    pg.gap()
    pg.furniture(["保险观察"], "column label 保险观察")
    b = Article(
        "b", "别让“宣传单”变成“迷魂单”", section="保险观察", kind="commentary",
        byline="文／钱一苇", authors=["钱一苇"],
        notes="Comment under the label 保险观察 (section), byline line 文／X. Kind commentary.",
        paras=[
            "一份印着“年化收益4.5%”的宣传单，往往比厚厚的条款更能打动消费者。可等到真正领钱时，才发现那只是“演示利率”，实际收益远没有那么高。",
            "销售环节是保险消费纠纷的源头。治理销售乱象，既要靠监管“亮剑”，也要靠保险公司把考核指挥棒从“卖得多”转向“卖得对”。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["理赔问答"], "column label 理赔问答")
    c = Article(
        "c", "住院垫付的费用能否先行赔付", section="理赔问答", kind="interview",
        byline="本报记者　骆星河　整理", authors=["骆星河"],
        notes="Q&A under the label 理赔问答 (section), byline line 本报记者 X　整理 (the compiler is the author); the "
              "insurer's claims staff who answers is not named. Kind interview (as a 科普问答 of handmade55).",
        paras=[
            "问：家人住院已自己垫付了3万多元，还没出院，能不能先申请理赔？",
            "答：可以。目前多数保险公司对住院时间较长的医疗险提供“预赔付”服务，被保险人住院期间即可凭费用清单申请部分赔付，出院后再统一结算。",
            "问：理赔需要准备哪些材料？",
            "答：一般需要理赔申请书、被保险人身份证明、病历和费用票据。现在大部分材料可以通过手机拍照上传。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "一季度全省保费收入增长9.6%",
        byline="本报讯（记者　郗明澈）", authors=["郗明澈"], lead="本报讯（记者　郗明澈）",
        notes="Run-in 本报讯（记者 X） excluded from first. The premium table after the body (title, 单位： line, "
              "rows, 资料来源： line) is not body (non_articles).",
        paras=[
            "启衡省保险行业协会近日发布数据，一季度全省实现保费收入3,411.3亿元，同比增长9.6%；赔付支出986.5亿元，增长12.1%。其中健康险赔付增长较快，达18.4%。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    block(pg, ["2036年一季度全省保费收入",
               "单位：亿元",
               "险种　　　　保费收入　同比",
               "财产险　　　1,026.4　 +7.2%",
               "人身险　　　2,384.9　 +10.7%",
               "其中：寿险　1,812.3　 +11.9%",
               "　　　健康险　512.7　 +6.8%",
               "资料来源：启衡省保险行业协会"], "premium table after the item (not body)")
    pg.blank()
    pg.furniture(["责任编辑：戚望舒　　校对：阎春"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lx03() -> Page:
    """Statistics paper page, NO indent and NO blank line anywhere: release report with a TAB-separated table between
    paragraphs (title, header row, rows, 注： line); a chart flattened into lines (values, then axis labels);
    统计观察 comment; two run-in items."""
    pg = Page("lx03.txt", cols=36, indent="", blanks="never", seed=8003,
              style="statistics paper 统计·数据 page, NO indent, NO blank line anywhere: header on two lines; release report with byline line 本报记者 X and a table whose columns are parted by TABS (表 title, header row, five rows, — for missing figures, 注： line) printed BETWEEN two paragraphs; a chart flattened into lines right after (图 title, five values each on a line, then the axis labels on one line parted by spaces, 数据来源： line); label 统计观察 over a comment with byline line 文／X; two items with run-in 本报讯（记者 X） and 本报讯（通讯员 X）; footer")
    pg.furniture(["霁原统计信息报　" + cn_date(2036, 4, 22) + "　第2版",
                  "统计·数据　　本版编辑：卢望川"], "page header")
    a = Article(
        "a", "一季度霁原市地区生产总值增长5.4%",
        byline="本报记者　甄立秋", authors=["甄立秋"],
        notes="Release report with byline line 本报记者 X. The tab-separated table (表 title, header, rows, 注： line) "
              "between the first and second paragraphs is not body (body in pieces); the flattened chart after the "
              "body is not body either. No blank lines and no indent on this page: paragraph ends show only as "
              "short lines.",
        paras=[
            "霁原市统计局4月20日发布数据，初步核算，一季度全市地区生产总值2,846.17亿元，按不变价格计算，同比增长5.4%，增速比上年全年加快0.2个百分点。分产业看，第一产业增加值98.42亿元，增长3.6%；第二产业增加值1,071.30亿元，增长6.1%；第三产业增加值1,676.45亿元，增长5.0%。",
            "市统计局副局长裴定远介绍，一季度全市经济开局平稳，工业生产较快增长，消费市场持续回暖，但部分行业经营仍面临压力，民间投资意愿有待提振。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a, end=1)
    block(pg, ["表　2036年一季度霁原市主要经济指标",
               "指标\t单位\t绝对值\t比上年同期增长（%）",
               "地区生产总值\t亿元\t2,846.17\t5.4",
               "规模以上工业增加值\t—\t—\t6.8",
               "固定资产投资\t—\t—\t4.1",
               "社会消费品零售总额\t亿元\t1,203.55\t5.9",
               "居民人均可支配收入\t元\t14,326\t5.2",
               "注：地区生产总值绝对值按现价计算，增长速度按不变价格计算。"], "tab-separated table between two paragraphs (not body)")
    pg.body(a, start=1)
    block(pg, ["图　霁原市地区生产总值累计增速（%）",
               "5.1",
               "5.3",
               "5.0",
               "5.2",
               "5.4",
               "2035年一季度　上半年　前三季度　全年　2036年一季度",
               "数据来源：霁原市统计局"], "chart flattened into lines (not an article)")
    pg.furniture(["统计观察"], "column label 统计观察")
    b = Article(
        "b", "读懂两组数据之间的“温差”", section="统计观察", kind="commentary",
        byline="文／蔺书宁", authors=["蔺书宁"],
        notes="Comment under the label 统计观察 (section), byline line 文／X. Kind commentary.",
        paras=[
            "一季度，霁原市地区生产总值增长5.4%，居民人均可支配收入增长5.2%，两组数据基本同步。但不少市民感到，“钱包”的变化并没有数据那么明显。",
            "这种“温差”有其原因：平均数掩盖了结构差异，工资性收入增长较快，经营性收入和财产性收入增长偏慢。看数据，既要看总量，也要看结构，更要看分布。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "3月份居民消费价格同比上涨0.8%",
        byline="本报讯（记者　甄立秋）", authors=["甄立秋"], lead="本报讯（记者　甄立秋）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "3月份，霁原市居民消费价格同比上涨0.8%，环比下降0.3%。其中，食品价格同比下降1.2%，非食品价格上涨1.3%；服务价格上涨1.6%。一季度平均，全市居民消费价格比上年同期上涨0.6%。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "统计“开放日”走进高校",
        byline="本报讯（通讯员　尤嘉木）", authors=["尤嘉木"], lead="本报讯（通讯员　尤嘉木）",
        notes="Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=[
            "4月18日，霁原市统计局在霁原财经学院举办“统计开放日”活动，统计人员现场讲解数据采集和发布流程，并邀请200余名学生体验“一套表”联网直报系统。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["校对：伍清　　版式：包小朵"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lx04() -> Page:
    """商报 财经 page extracted with a blank line after EVERY line, narrow column: lead with a headline on two lines;
    a ranking list (1. 2. 3. with figures) printed right after it; deposit article; label 财经短波 over two items
    with 【】 headlines run in."""
    pg = Page("lx04.txt", cols=20, indent="  ", blanks="every", seed=8004,
              style="商报 财经 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines; lead with headline on two lines and byline line ◇本报记者 X; a ranking list (title, 单位 line in brackets, five lines 1. … 5. of bank and figure, columns parted by runs of U+3000) printed after the lead; article with byline line 本报实习记者 X; label 财经短波 over two items whose headlines are run in as 【】 at the start, one signed （记者 X） at the end; footer")
    pg.furniture(["沅城商报　" + cn_date(2036, 7, 24),
                  "B2　财经"], "page header")
    a = Article(
        "a", "沅城银行业上半年净利润增长6.3%", head=["沅城银行业上半年", "净利润增长6.3%"],
        byline="◇本报记者　覃小满", authors=["覃小满"],
        notes="Headline on two lines, joined. Byline line ◇本报记者 X (the ◇ is a mark). The ranking list printed "
              "after the body (title, 单位 line, 1. … 5.) is a table, not body and not an article (non_articles).",
        paras=[
            "记者从沅城市银行业协会获悉，上半年全市银行业金融机构实现净利润162.4亿元，同比增长6.3%；不良贷款率1.21%，比年初下降0.06个百分点。",
            "协会秘书长简若川表示，息差收窄仍是银行面临的主要压力，中间业务收入增长明显加快。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    block(pg, ["上半年新增贷款前五位银行",
               "（单位：亿元）",
               "1. 沅城银行　　　216.8",
               "2. 华衡银行沅城分行　184.2",
               "3. 沅城农商银行　102.5",
               "4. 启明银行沅城分行　96.7",
               "5. 澄江银行沅城分行　71.3"], "ranking list 1.–5. with figures (not an article)")
    b = Article(
        "b", "理财收益走低存款“搬家”放缓", head=["理财收益走低　存款“搬家”放缓"],
        byline="本报实习记者　姚青", authors=["姚青"],
        notes="Headline of two phrases parted by U+3000, joined. Byline line 本报实习记者 X (the trainee reporter "
              "is the author). A blank line after every printed line on this page.",
        paras=[
            "“去年还想把定期存款转去买理财，今年看收益率，还是存着吧。”在一家银行网点，市民晏阿姨这样说。",
            "数据显示，6月末全市住户存款余额5,613.8亿元，比年初增加418.5亿元，同比多增37.2亿元。银行人士分析，今年以来理财产品平均收益率下降，存款“搬家”势头有所放缓。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["财经短波"], "column label 财经短波")
    items = [
        Article("c1", "沅城上线企业征信平台", section="财经短波",
                byline="（记者　覃小满）", authors=["覃小满"], lead="【沅城上线企业征信平台】", tail="（记者　覃小满）",
                notes="Item of the 财经短波 strip whose headline is run in at the start in 【】: the title; its "
                      "title_line is the first body line, and the bracketed headline is excluded from first. Credit "
                      "（记者 X） run in at the end excluded from last.",
                paras=["7月22日，沅城市企业征信服务平台上线，已归集企业涉税、社保、水电等信用信息1,860万条。"]),
        Article("c2", "三家银行下调存款利率", section="财经短波", lead="【三家银行下调存款利率】",
                notes="Item of the 财经短波 strip, headline run in in 【】 (title, excluded from first); no credit.",
                paras=["本周，沅城三家地方法人银行下调人民币存款挂牌利率，其中三年期定期存款利率下调15个基点。"]),
    ]
    for art in items:
        pg.body(art, head_role=True)
    pg.furniture(["编辑：黎望　　组版：韦小芹"], "footer")
    return pg


PAGES = [lx01, lx02, lx03, lx04]
