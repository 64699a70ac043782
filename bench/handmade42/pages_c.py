"""Pages kl09-kl12 of handmade42 (development set; all papers, firms, stock codes, indices, exchanges,
people, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, justify


# ---------------------------------------------------------------------------
def kl09() -> Page:
    """Futures daily 农产品 page strip of 18 characters indented with two ASCII spaces: letter-spaced headlines;
    a report whose headline, ——副题 and byline line are printed AFTER its body; label 产业链观察 over an
    analyst's comment (byline ■分析师　X); several justified (letter-spaced) body lines; spot-price list."""
    pg = Page("kl09.txt", cols=18, indent="  ", blanks="some", seed=4209, p_para=0.35, p_gap=0.75,
              style="futures daily 农产品 page strip of 18 characters indented with two ASCII spaces, blank lines sometimes: header on four lines (版名; paper; date with weekday; 第5版); headlines LETTER-SPACED across the column (single spaces, or U+3000 for a short one); report with byline line 本报记者 X; then a report whose body comes FIRST and whose letter-spaced headline, ——副题 and byline line 本报记者 X　通讯员 Y are printed AFTER it; label 产业链观察 over an analyst's comment with byline line ■分析师　X; five body lines justified (letter-spaced with single spaces); 现货价格 list (title, five ragged rows); footer wider than the column")
    pg.furniture(["农产品",
                  "鼎衡期货日报",
                  cn_date(2035, 6, 13),
                  "第5版"], "page header")
    pg.blank()
    a = Article(
        "a", "豆粕期价创三个月新高",
        byline="本报记者　贾映川", authors=["贾映川"],
        notes="Headline letter-spaced with single spaces across the column, written unspaced. Byline line 本报记者 X. "
              "Two body lines are justified (letter-spaced). The feed buyer quoted is not an author.",
        paras=[
            "6月12日，北港期货交易所豆粕期货主力合约收于3218元/吨，上涨0.87%，盘中最高触及3236元/吨，创下近三个月新高。",
            "分析人士认为，近期美洲主产区天气炒作升温，叠加国内大豆到港量阶段性减少、油厂开机率下滑，豆粕现货库存持续下降，共同支撑了期价走强。",
            "“下游饲料企业目前库存天数偏低，补库需求较为集中。”沧澜省一家饲料企业采购负责人说，随着生猪存栏回升，豆粕刚性需求仍有支撑。但也有业内人士提醒，进入三季度后大豆到港量将逐步恢复，豆粕价格继续上行的空间或较为有限。",
        ])
    pg.headline(a, spread_cols=18)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [1, 9]))
    pg.gap()
    b = Article(
        "b", "新季小麦收购价格稳中有升", subtitle="——主产区开秤价每斤1.26元左右",
        byline="本报记者　庞素秋　通讯员　郭田", authors=["庞素秋", "郭田"],
        notes="Headline (letter-spaced, written unspaced), ——副题 and byline line 本报记者 X　通讯员 Y all printed "
              "AFTER the body, as g07 of handmade22: the body starts right after the previous article's last line. "
              "Both writers are authors; the grain buyer quoted is not. One body line is justified.",
        paras=[
            "随着麦收进度过半，主产区新季小麦陆续上市。记者在雁北、青原等地采访了解到，今年新麦开秤价格普遍在每斤1.24元至1.28元之间，比去年同期略高，农民售粮积极性较高。",
            "今年小麦生长期间气候条件总体有利，多地单产提高，籽粒饱满，容重普遍在790克/升以上。“今年麦子品相好，收购企业愿意给好价钱。”雁北省一家粮食收储企业负责人说，企业目前日收购量在800吨左右。",
            "业内人士表示，新麦上市初期供应集中，价格可能出现小幅波动；随着面粉企业补库和政策性收购启动，价格有望保持基本稳定。",
        ])
    pg.emit(b, justify(pg.render_body(b), [3]))
    pg.gap()
    pg.headline(b, spread_cols=18)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "生猪养殖利润修复", section="产业链观察", kind="commentary",
        byline="■分析师　鲍千帆", authors=["鲍千帆"],
        notes="Analyst's comment under the column label 产业链观察 (section); headline letter-spaced with U+3000, "
              "written unspaced; byline line ■分析师　X: the analyst who writes is the author. Commentary. Two "
              "body lines are justified.",
        paras=[
            "近期生猪价格持续回升，全国生猪出栏均价已升至每公斤17元以上，自繁自养模式头均盈利恢复到200元左右。",
            "从供应端看，能繁母猪存栏经过一年多的调整，已回落至正常保有量附近，下半年生猪出栏量增幅有限。但也需注意，养殖利润修复后，部分养殖企业补栏意愿增强，明年上半年供应压力可能重新显现。",
            "建议养殖企业把握当前盈利窗口，合理利用生猪期货等工具锁定远期销售价格，避免盲目扩产。",
        ])
    pg.furniture(["产业链观察"], "column label 产业链观察")
    pg.headline(c, spread_cols=18)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.emit(c, justify(pg.render_body(c), [1, 6]))
    pg.blank()
    pg.furniture(["主要农产品现货价格",
                  "（6月12日，元/吨）",
                  "豆粕　3380　+20",
                  "玉米　2365　 -5",
                  "小麦　2520　+10",
                  "菜粕　2640 +15",
                  "白糖　6120　-30"], "spot-price list (ragged rows; not an article)")
    pg.blank()
    pg.furniture(["本版编辑：岳小溪　　校对：祁小舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kl10() -> Page:
    """理财 strip of a 10-character column indented with ONE U+3000: label 理财速递 over two items with headlines
    letter-spaced across the column and broken in mid-word; run-in 本报讯（记者 X）; byline line 记者 X; deposit
    rate list; gold price list; 风险提示 in three short lines."""
    pg = Page("kl10.txt", cols=10, indent=FW, blanks="para", seed=4210,
              style="financial daily 理财 strip of a 10-character column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines (paper, date, 版名 + page, all wider than the column); label 理财速递 over two items whose headlines are letter-spaced with U+3000 across the column and broken over two lines in MID-WORD (银　行　理　财　收 / 益　率　回　落); run-in 本报讯（记者 X） wrapped over two lines; byline line 记者 X; 存款挂牌利率 list (title, five rows); 金价速览 list (title, three rows); 风险提示 in three short lines; footer wider than the column")
    pg.furniture(["泓源财经日报",
                  cn_date(2035, 6, 13),
                  "理财·生活　第11版"], "page header")
    pg.blank()
    pg.furniture(["理财速递"], "column label 理财速递")
    pg.blank()
    a = Article(
        "a", "银行理财收益率回落", section="理财速递",
        byline="本报讯（记者　闻莺）", authors=["闻莺"], lead="本报讯（记者　闻莺）",
        notes="Item of the 理财速递 strip (section). Headline letter-spaced with U+3000 across the column and broken "
              "over two lines in mid-word (收 / 益), joined unspaced. Run-in 本报讯（记者 X）, wrapped, excluded from "
              "first.",
        paras=[
            "据泓源财经理财研究中心统计，5月全市场新发银行理财产品平均业绩比较基准为2.41%，较4月下降6个基点。",
            "其中，固定收益类产品占比超过九成，现金管理类产品七日年化收益率均值已降至1.5%以下。",
        ])
    pg.headline(a, spread_cols=10)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "大额存单利率再下调", section="理财速递",
        byline="记者　乔舒", authors=["乔舒"],
        notes="Item of the 理财速递 strip (section). Letter-spaced headline on two lines, joined. Byline line 记者 X "
              "under the headline. The unnamed 业内人士 is not an author.",
        paras=[
            "近期，多家股份制银行下调大额存单利率，3年期产品利率普遍降至1.75%左右，部分银行已暂停发售5年期大额存单。",
            "业内人士表示，存款利率下行趋势下，投资者可适当配置国债、稳健型理财等产品。",
        ])
    pg.headline(b, spread_cols=10)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["存款挂牌利率",
                  "（%）",
                  "活期　0.10",
                  "三个月 0.85",
                  "一年　1.05",
                  "三年　1.45",
                  "五年　1.50"], "deposit rate list (not an article)")
    pg.blank()
    pg.furniture(["金价速览",
                  "（元/克）",
                  "足金饰品 768",
                  "投资金条　742",
                  "回收价 712"], "gold price list (not an article)")
    pg.blank()
    pg.furniture(["理财非存款", "产品有风险", "投资须谨慎"], "风险提示 (not an article)")
    pg.blank()
    pg.furniture(["编辑：左一舟　　校对：满小晴"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kl11() -> Page:
    """观点·市场 page, NO indent: label 首席视野 over a chief economist's column (byline □X, author note on a line
    of its own after it); an analyst's comment whose headline and byline line are printed AFTER its body; label
    市场观察 over a comment signed 文／X that breaks off at the jump line （转第7版）."""
    pg = Page("kl11.txt", cols=36, indent="", blanks="some", seed=4211, p_para=0.5, p_gap=0.85,
              style="financial daily 观点·市场 page, NO indent, blank lines sometimes: header on three lines (版名; paper; date with weekday + 第6版); label 首席视野 over a chief economist's column with byline line □X and the author note （作者系瑞屿证券首席经济学家） on a line of its own after the body; an analyst's comment whose body comes FIRST, its headline and byline line 分析师　X printed AFTER it; label 市场观察 over a comment with byline line 文／X whose text breaks off in mid-sentence at the jump line （转第7版）; footer")
    pg.furniture(["观点·市场",
                  "泓源财经日报",
                  cn_date(2035, 6, 13) + "　第6版"], "page header")
    pg.blank()
    a = Article(
        "a", "降息周期中的资产配置再平衡", section="首席视野", kind="commentary",
        byline="□杭远舟", authors=["杭远舟"],
        notes="Column under the label 首席视野 (section), byline line □X. **new:** the author note "
              "（作者系瑞屿证券首席经济学家） on a line of its own after the body is not body (too long for a run-in "
              "credit, and not text of the column); the chief economist is the author. Commentary.",
        paras=[
            "今年以来，主要经济体货币政策陆续转向宽松，国内政策利率也在一季度下调10个基点。利率中枢下移，正在深刻改变居民和机构的资产配置逻辑。",
            "首先，存款和现金类资产的吸引力下降。当前一年期定期存款挂牌利率已降至1%附近，扣除通胀后的实际收益接近于零。居民储蓄向理财、基金、保险等资产“搬家”的趋势可能延续，但速度取决于权益市场的赚钱效应。",
            "其次，债券资产的收益空间收窄。十年期国债收益率已降至1.7%左右的历史低位，继续大幅下行的空间有限，债券投资的主要收益将更多来自票息而非资本利得，波动风险相应上升。",
            "再次，高股息资产的配置价值凸显。在低利率环境下，股息率超过4%、现金流稳定的公用事业、交通运输和部分金融类公司，具备类似债券的属性，对保险、养老金等长期资金有较强吸引力。",
            "总体看，在利率下行周期中，投资者应降低对无风险收益的预期，适度提高权益资产和另类资产的配置比例，同时坚持分散配置、长期持有，避免在单一资产上“押注”。",
        ])
    pg.furniture(["首席视野"], "column label 首席视野")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.line(a, "（作者系瑞屿证券首席经济学家）", "author note")
    pg.gap()
    b = Article(
        "b", "人民币汇率双向波动渐成常态", kind="commentary",
        byline="分析师　潘栖梧", authors=["潘栖梧"],
        notes="Analyst's comment whose headline and byline line 分析师　X are printed AFTER its body (the body "
              "starts right after the previous column's author note). The analyst who writes is the author. "
              "Commentary.",
        paras=[
            "6月以来，人民币对美元汇率在7.05至7.15区间内双向波动，日均波幅较一季度扩大约三成。与过去单边走势不同，近期汇率波动更多反映了市场供求的变化和外部美元指数的起伏。",
            "从企业结汇行为看，出口企业结汇意愿随汇率升值有所增强，5月银行代客结售汇顺差环比扩大。与此同时，上市公司分红季带来的季节性购汇需求也在6月至7月集中释放，对汇率形成一定扰动。",
            "汇率双向波动将成为常态。对于涉外企业而言，与其“赌”汇率方向，不如树立汇率风险中性理念，根据实际业务需要合理使用远期、期权等工具开展套期保值，把精力更多放在主业经营上。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "警惕题材炒作中的“击鼓传花”", section="市场观察", kind="commentary",
        byline="文／闵照溪", authors=["闵照溪"],
        notes="Comment under the label 市场观察 (section), byline line 文／X. Its text breaks off in mid-sentence at "
              "the jump line （转第7版） (not body): the body ends with the last printed line before it. Commentary.",
        paras=[
            "近期市场交投活跃，部分题材股在短时间内连续涨停，换手率居高不下，一些个股的市盈率已达数百倍，与其基本面严重背离。",
            "这类炒作往往遵循相似的路径：先有一则似是而非的“概念”消息，再有资金快速拉抬、制造赚钱效应，随后吸引大量散户跟风买入，最终筹码在高位完成交换。对后知后觉的投资者而言，看似唾手可得的收益，背后可能是一场“击鼓传花”的游戏。",
            "从监管层面看，交易所近期已对多只异常波动股票采取重点监控措施，并对涉嫌操纵市场的账户采取限制交易措施。对投资者而言，更重要的是保持理性，",
        ])
    pg.furniture(["市场观察"], "column label 市场观察")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.furniture([FW * 30 + "（转第7版）"], "jump line (not body)")
    pg.blank()
    pg.furniture(["本版编辑：隋清和　　校对：满小晴　　邮箱：guandian@hycjrb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kl12() -> Page:
    """早知道 page: letter-spaced labels; items with a run-in 【headline】 (news) and run-in
    【firm（code）】 (announcement digest); article with byline line; 新股申购 table; blank lines only between
    articles and blocks, plus column breaks."""
    pg = Page("kl12.txt", cols=28, indent=FW * 2, blanks="arts", seed=4212,
              style="securities daily A4 早知道 page, blank lines only between items and blocks: header on two lines (A4　早知道; paper + date with weekday); LETTER-SPACED label 今　日　早　知　道 over three news items, each opening with a run-in 【headline】 (no headline line of its own); letter-spaced label 公　告　速　览 over four items each opening with a run-in 【firm（code）】; article with byline line 本报记者 X; 新股申购提示 table (title, header, three ragged rows); footer")
    pg.furniture(["A4　早知道",
                  "瀚海证券报　" + cn_date(2035, 6, 13)], "page header")
    pg.blank()
    pg.furniture(["今　日　早　知　道"], "column label 今日早知道 (letter-spaced)")
    pg.blank()
    news = [
        ("n1", "中央银行开展2000亿元逆回购操作",
         "中央银行6月12日以利率招标方式开展了2000亿元7天期逆回购操作，操作利率1.4%，与此前持平。鉴于当日有1500亿元逆回购到期，实现净投放500亿元。"),
        ("n2", "两部门部署推进算力基础设施建设",
         "工业和信息化部门、发展改革部门日前联合印发通知，提出到2037年底，全国智能算力规模占比超过50%，推动算力网络向中西部枢纽节点集聚，并鼓励金融机构加大对算力基础设施项目的信贷支持。"),
        ("n3", "北港铜价隔夜收涨1.2%",
         "隔夜外盘，北港金属市场三个月期铜收涨1.2%，报每吨9860美元；国际金价小幅下跌0.3%，报每盎司2395美元；国际原油价格涨跌互现。"),
    ]
    for key, head, text in news:
        art = Article(key, head, section="今日早知道", lead="【" + head + "】", paras=[text],
                      notes="**new:** item that opens with a run-in 【headline】 and has no headline line of its own: "
                            "the bracketed words are the title (title_line is the body's first line) and are "
                            "excluded from first. Section from the letter-spaced label 今　日　早　知　道 (written "
                            "unspaced). No byline, no authors.")
        pg.body(art, head_role=True)
        pg.blank()
    pg.furniture(["公　告　速　览"], "column label 公告速览 (letter-spaced)")
    pg.blank()
    digest = [
        ("g1", "衡川科技（603718）",
         "控股股东衡川控股质押公司股份1560万股，占公司总股本的2.49%；本次质押后，衡川控股累计质押股份占其所持股份的45.89%。"),
        ("g2", "芯朗微（688342）",
         "2034年年度权益分派方案为每股派发现金红利0.32元（含税），股权登记日为6月18日，除息日为6月19日。"),
        ("g3", "澄光精密（002873）",
         "公司股票连续三个交易日收盘价格涨幅偏离值累计超过20%，经核实，公司不存在应披露而未披露的重大信息。"),
        ("g4", "北辰通联（600936）",
         "截至6月12日，公司已累计回购股份856.40万股，占公司总股本的0.73%，支付总金额约1.52亿元。"),
    ]
    for key, head, text in digest:
        art = Article(key, head, section="公告速览", lead="【" + head + "】", paras=[text],
                      notes="**new:** announcement-digest item opening with a run-in 【firm（code）】: the bracketed "
                            "firm's short name and stock code are the title (brackets of the code kept), title_line "
                            "is the body's first line, excluded from first. Section from the letter-spaced label "
                            "公　告　速　览. No byline, no authors.")
        pg.body(art, head_role=True)
        pg.blank()
    c = Article(
        "c", "下周限售股解禁市值约420亿元",
        byline="本报记者　符一鸣", authors=["符一鸣"],
        notes="Byline line 本报记者 X under the headline.",
        paras=[
            "据瀚海证券报数据中心统计，下周（6月18日至6月22日）两市共有48家公司的限售股解禁，合计解禁数量约21.6亿股，按6月12日收盘价计算，解禁市值约420亿元，较本周减少约三成。",
            "从解禁类型看，首发原股东限售股和定向增发限售股解禁市值分别占52%和37%。其中，曜石信息解禁市值最高，约68亿元，占其总市值的21%。分析人士提示，解禁压力较大的个股短期股价可能承压，投资者需关注相关公司股东的减持计划。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["新股申购提示",
                  "申购日　证券简称　申购代码　发行价（元）　申购上限（万股）",
                  "6月14日　岚峰股份　732291　18.36　1.45",
                  "6月15日　青禾新材 301692　24.80　 0.85",
                  "6月18日　雁翔电子　787356　32.15　1.20"], "新股申购 table (ragged rows; not an article)")
    pg.blank()
    pg.furniture(["本版编辑：边若虹　　校对：龚望"], "footer")
    return pg


PAGES = [kl09, kl10, kl11, kl12]
