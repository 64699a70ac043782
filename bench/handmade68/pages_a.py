"""Pages ll01-ll04 of handmade68 (development set; all papers, agencies, names, firms, places and figures invented).

Also the helper `dig()` that the three page files share: it builds one item of a 简讯 / 快讯 / 速览 digest with the
kit's Article and writes it with the kit's Page (headline on its own line, or run in at the start of the text),
and writes the item's judgement calls into its notes.
"""
from __future__ import annotations

from layout import FW, Article, Page, cn_date

MARKS = "●■◆▲★◎□◇"
RUNIN = {  # printed form of a run-in headline: (lead template, how it is described in notes)
    "bracket": ("【{t}】", "run in at the start of its text in 【】"),
    "square": ("■{t}　", "run in at the start of its text after ■ and followed by a full-width space (U+3000)"),
    "dot": ("●{t}　", "run in at the start of its text after ● and followed by a full-width space (U+3000)"),
    "space": ("{t}　", "run in at the start of its text, set bold in print and followed only by a full-width "
                       "space (U+3000), no mark"),
    "colon": ("{t}：", "run in at the start of its text, set bold in print and followed by a full-width colon"),
}


def dig(pg: Page, key: str, title: str | None, text, *, section: str | None, form: str = "own",
        credit: str = "", authors=(), head: list[str] | None = None, place: str | None = None,
        dateline: str = "", hgap: bool = False, extra: str = "") -> Article:
    """One digest item. form: own (headline on its own line, `head` for printed lines with a mark or on two
    lines), bracket / square / dot / space / colon (headline run in), place (no headline, a place-name label
    【X】 run in). credit: run-in credit at the end; dateline: run-in dateline at the start (wire items)."""
    paras = text if isinstance(text, list) else [text]
    notes = []
    where = f"Item of the {section} digest (section)" if section else "Digest item"
    lead = ""
    if form == "own":
        notes.append(f"{where}: headline on its own line over its text.")
        if head and head[0][0] in MARKS:
            notes.append(f"The {head[0][0]} before the headline is a mark, not part of the title.")
        if head and len(head) > 1:
            notes.append(f"Headline printed on {len(head)} lines, joined unspaced.")
    elif form in RUNIN:
        tpl, how = RUNIN[form]
        lead = tpl.format(t=title)
        notes.append(f"{where}: headline {how}; it is the title, title_line is the first body line, and the "
                     f"run-in headline (with its mark and separator) is excluded from first.")
    elif form == "place":
        assert title is None and place
        lead = f"【{place}】"
        notes.append(f"{where} with NO headline: it opens with the place-name label 【{place}】 run in, which names "
                     f"where the news comes from (as a dateline does) and is not a headline, so title and "
                     f"title_line are null; the label is excluded from first.")
    else:
        raise ValueError(form)
    if dateline:
        lead = dateline + lead
        who = "; the reporter is the author" if authors else " (it names no reporter: no authors)"
        notes.append(f"Run-in wire dateline {dateline} is the byline, excluded from first{who}.")
    if credit:
        if authors:
            notes.append(f"The credit {credit} run in at the end is the byline, excluded from last; "
                         f"{'、'.join(authors)} {'is the author' if len(authors) == 1 else 'are the authors'}.")
        else:
            notes.append(f"The credit {credit} run in at the end names a source (an agency or a paper), not a "
                         f"person: it is the byline, excluded from last; no authors.")
    elif not dateline:
        notes.append("No credit: no byline, no authors.")
    notes.append("Kind article, as every digest item of this set.")
    if extra:
        notes.append(extra)
    a = Article(key, title, paras, head=head, byline=dateline or credit or None, authors=list(authors),
                section=section, lead=lead, tail=credit, notes=" ".join(notes))
    if form == "own":
        pg.headline(a)
        if hgap:
            pg.gap()
        pg.body(a)
    else:
        pg.body(a, head_role=title is not None)
    return a


# ---------------------------------------------------------------------------
def ll01() -> Page:
    """Provincial-capital daily 经济 page: trade lead (headline, ——副题, byline line 本报记者 X　通讯员 Y); label 财经速递
    over seven items with headlines on their own lines, credits （记者 X）, （实习生 X）, （通讯员 X）, （据岚江社） run
    in at the end, two with none."""
    pg = Page("ll01.txt", cols=26, indent=FW * 2, blanks="para", seed=6801,
              style="provincial-capital daily 经济·财经 page, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday + 第6版; 版名 + 责任编辑); trade lead with ——副题 and byline line 本报记者 X　通讯员 Y; label 财经速递 over seven items, each a headline on its own line over one paragraph, credits run in at the end (（记者 X）, （实习生 X）, （通讯员 X）, （据岚江社）) or none; footer with editor and proof-reader")
    pg.furniture(["岚州日报",
                  cn_date(2034, 5, 16) + "　第6版",
                  "经济·财经　　责任编辑：简望川"], "page header")
    pg.blank()
    a = Article(
        "a", "一季度岚州外贸进出口增长8.7%", subtitle="——民营企业进出口占比首次超过六成",
        byline="本报记者　沈望舒　通讯员　柯立", authors=["沈望舒", "柯立"],
        notes="The page's ordinary article beside the digest. ——副题 is the subtitle; byline line 本报记者 X　通讯员 Y "
              "(both authors). The manager quoted (鄢秋实) is not an author.",
        paras=[
            "岚州海关日前发布数据，今年一季度，岚州市货物贸易进出口总值达到1126.5亿元，同比增长8.7%，高于全省平均水平2.3个百分点。其中，出口732.8亿元，增长10.2%；进口393.7亿元，增长6.0%。",
            "民营企业成为外贸增长的主力军。一季度，全市民营企业进出口额达到681.4亿元，增长13.5%，占全市外贸总值的60.5%，占比首次超过六成。机电产品、新能源汽车零部件和智能家电出口分别增长11.8%、36.4%和18.1%。",
            "“今年订单排到了7月，新开拓的南洋和西陆市场贡献了三成增量。”岚州恒屿电器有限公司外贸部经理鄢秋实说。岚州海关相关负责人表示，下一步将继续推广“提前申报”“两步申报”等便利化措施，压缩企业通关时间。",
        ])
    pg.article(a)
    pg.gap()
    pg.furniture(["财经速递"], "column label 财经速递")
    pg.gap()
    S = "财经速递"
    dig(pg, "b1", "岚州港开通至南洋新航线",
        "5月14日，岚州港至南洋群岛的集装箱直航航线正式开通。该航线每周一班，单程航行时间约9天，预计每年可为腹地企业节省物流成本约3000万元。",
        section=S, credit="（记者　沈望舒）", authors=["沈望舒"])
    pg.gap()
    dig(pg, "b2", "首批“科创贷”投放12亿元",
        "由市财政、市地方金融管理局和7家银行共同推出的“科创贷”产品首批放款12.3亿元，惠及科技型中小企业416家，平均贷款利率3.45%，最长期限5年。",
        section=S, credit="（记者　闻溪）", authors=["闻溪"])
    pg.gap()
    dig(pg, "b3", "城东物流园二期开工",
        "总投资28亿元的岚州城东物流园二期项目近日开工建设，将新建高标准仓库32万平方米及冷链中心一座，建成后年货物吞吐能力可达600万吨。",
        section=S)
    pg.gap()
    dig(pg, "b4", "4月全市CPI同比上涨0.9%",
        "市统计局发布数据显示，4月份全市居民消费价格同比上涨0.9%，环比下降0.1%。其中，食品价格同比下降1.2%，服务价格上涨1.8%。",
        section=S, extra="The ASCII letters CPI are part of the title.")
    pg.gap()
    dig(pg, "b5", "夜间经济消费券周五发放",
        "第二批岚州“夜经济”消费券将于5月19日晚8时在“岚州消费”平台发放，总额1500万元，可在全市2600余家参与商户使用，使用期限至6月底。",
        section=S, credit="（实习生　韦小禾）", authors=["韦小禾"])
    pg.gap()
    dig(pg, "b6", "两家企业入选省级“专精特新”",
        "日前公布的第六批省级专精特新中小企业名单中，岚州新增入选企业两家，分别为从事精密轴承制造的汇衡科技和从事工业软件开发的数岳信息。目前，全市省级专精特新企业已达87家。",
        section=S, credit="（通讯员　岑一川）", authors=["岑一川"])
    pg.gap()
    dig(pg, "b7", "岚澄城际快线客流突破千万人次",
        "自去年9月开通以来，岚州至澄湾城际快线累计发送旅客突破1000万人次，日均客流约4.2万人次，节假日高峰日客流超过7万人次。",
        section=S, credit="（据岚江社）",
        extra="岚江社 is an invented news agency (岚江通讯社).")
    pg.blank()
    pg.furniture(["本版编辑：简望川　　校对：史可"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ll02() -> Page:
    """Evening paper 城事 page with NO blank line: label 快　讯 (letter-spaced) over nine items with 【】 run-in
    headlines, a 今日天气 box between two items."""
    pg = Page("ll02.txt", cols=22, indent=FW, blanks="never", seed=6802,
              style="evening paper 城事·快讯 page with NO blank line anywhere, indented with ONE U+3000: header on two lines (paper + date with weekday; A05 + 版名 + editor and proof-reader); letter-spaced label 快　讯 over nine items, each headline run in at the start of its text in 【】, credits run in at the end (（记者 X）, （记者 X　通讯员 Y）, （X）) or none; a 今日天气 box printed between the third and fourth items; footer with news hotline and e-mail")
    pg.furniture(["湄川晚报　" + cn_date(2036, 3, 12),
                  "A05　城事·快讯　　编辑：庄一禾　校对：冼明"], "page header")
    pg.furniture(["快　讯"], "column label 快讯 (letter-spaced)")
    S = "快讯"
    lab = "The column label is printed letter-spaced (快　讯); section written unspaced."
    dig(pg, "a1", "老城区首批加装电梯完工",
        "湄川老城区首批38部既有住宅加装电梯近日全部完工并投入使用，惠及居民1100余户。今年全市计划新增加装电梯300部，每部电梯最高补贴20万元。",
        section=S, form="bracket", credit="（记者　顾小满）", authors=["顾小满"], extra=lab)
    dig(pg, "a2", "地铁5号线启动试运行",
        "3月11日，湄川地铁5号线开始空载试运行。该线全长26.4公里，设车站19座，计划于今年6月底前开通初期运营。",
        section=S, form="bracket", extra=lab)
    dig(pg, "a3", "本周菜价环比回落",
        "市价格监测中心数据显示，本周全市20种主要蔬菜平均零售价格为每斤3.12元，环比下降4.6%，其中菠菜、生菜、黄瓜降幅较大，猪肉价格基本稳定。",
        section=S, form="bracket", credit="（记者　顾小满　通讯员　邬晴）", authors=["顾小满", "邬晴"], extra=lab)
    pg.furniture(["今日天气",
                  "湄川市区　多云转小雨　8℃～15℃",
                  "东南风3级　空气质量：良"], "今日天气 box between two items (not an article)")
    dig(pg, "a4", "南门夜市延长营业时间",
        "即日起，南门夜市营业时间由晚10时延长至次日凌晨1时，并新增特色小吃摊位60个。夜市管理方表示，将同步增加保洁和安保力量。",
        section=S, form="bracket", credit="（苏晓禾）", authors=["苏晓禾"], extra=lab)
    dig(pg, "a5", "共享单车新增投放8000辆",
        "为满足市民春季出行需求，湄川中心城区近期新增投放共享单车8000辆，重点覆盖地铁站点、大型社区和高校周边，并新设电子围栏停车点420处。",
        section=S, form="bracket", extra=lab)
    dig(pg, "a6", "社保卡可直接乘坐公交",
        "3月15日起，市民持具有交通功能的第三代社保卡，可在全市1800余辆公交车上刷卡乘车，享受与公交卡相同的优惠。",
        section=S, form="bracket", credit="（记者　黎一鸣）", authors=["黎一鸣"], extra=lab)
    dig(pg, "a7", "二手房成交量连续两月回升",
        "市房地产交易中心数据显示，2月全市二手住宅网签成交4128套，环比增长18.3%，连续两个月回升；成交均价每平方米1.46万元，与上月基本持平。",
        section=S, form="bracket", credit="（鲁青）", authors=["鲁青"], extra=lab)
    dig(pg, "a8", "家政服务技能培训开班",
        "湄川市首期家政服务员免费技能培训班日前开班，60名学员将接受为期15天的母婴护理、老年照护等课程培训，考核合格者可获得职业技能等级证书。",
        section=S, form="bracket", extra=lab)
    dig(pg, "a9", "公积金贷款最高额度上调",
        "市住房公积金管理中心发布通知，自4月1日起，双缴存职工家庭公积金贷款最高额度由80万元调整为100万元，多子女家庭可再上浮20%。",
        section=S, form="bracket", credit="（记者　黎一鸣）", authors=["黎一鸣"], extra=lab)
    pg.furniture(["新闻热线：0×××-96×××　　投稿邮箱：news@mcwb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ll03() -> Page:
    """Business paper 周报 page, NO indent, blank lines only between articles: label 一周观察 over an analysis
    (headline, ——副题, byline line 本报记者 X); label 一周要闻 over eight items with ■ run-in headlines followed by
    U+3000; 一周数据 box of ■ figures."""
    pg = Page("ll03.txt", cols=34, indent="", blanks="arts", seed=6803,
              style="business paper 要闻·周报 page, NO indent and blank lines only between articles and blocks (paragraph ends show only as short lines): header on three lines (paper; date with weekday + 第3版; 版名 + 主编 + 责任编辑); label 一周观察 over an analysis with ——副题 and byline line 本报记者 X; label 一周要闻 over eight items, each headline run in after ■ and followed by U+3000, credits （记者 X）, （通讯员 X） run in at the end or none; 一周数据 box of three ■ figures with captions (looks like items, has no text); footer with proof-reader and art editor")
    pg.furniture(["澹城商报",
                  cn_date(2037, 6, 22) + "　第3版",
                  "要闻·周报　　本版主编：桑致远　　责任编辑：葛明姝"], "page header")
    pg.blank()
    pg.furniture(["一周观察"], "column label 一周观察")
    a = Article(
        "a", "消费券“四两拨千斤”还需精准发力", subtitle="——澹城三轮消费券发放效果调查", section="一周观察",
        byline="本报记者　屈映川", authors=["屈映川"],
        notes="Ordinary article (a short investigation) under the label 一周观察 (section); ——副题 is the subtitle, "
              "byline line 本报记者 X. The resident quoted (邝晓岚) is not an author. Kind article.",
        paras=[
            "今年以来，澹城市先后发放三轮消费券，总额1.2亿元，覆盖餐饮、零售、文旅和家电等领域。据市商务局测算，三轮消费券累计带动消费19.6亿元，拉动比例约为1∶16。",
            "不过，记者走访发现，消费券的效果在不同行业之间差距明显。家电和汽车类消费券核销率超过95%，而部分文旅类消费券核销率不足四成。“满减门槛太高，券领了也用不上。”市民邝晓岚说。",
            "业内人士建议，下一步发放消费券应更多向中小商户和县域倾斜，适当降低使用门槛，并加强对套券、倒卖等行为的监管，让政策红利真正落到消费者身上。",
        ])
    pg.article(a)
    pg.blank()
    pg.furniture(["一周要闻"], "column label 一周要闻")
    S = "一周要闻"
    items = [
        ("b1", "澹城港集装箱吞吐量增长14%",
         "今年前5个月，澹城港累计完成集装箱吞吐量326万标准箱，同比增长14.2%，其中外贸航线箱量增长19.6%。", "", []),
        ("b2", "市政府出台支持平台经济十条措施",
         "《澹城市促进平台经济规范健康发展若干措施》日前印发，从降低入驻门槛、支持数据要素流通、完善灵活就业人员社保等方面提出10条具体举措。",
         "（记者　费明溪）", ["费明溪"]),
        ("b3", "高新区集中签约项目23个",
         "6月18日，澹城高新区举行重大项目集中签约活动，签约项目23个、总投资412亿元，涉及集成电路、生物医药、新型储能等领域。", "", []),
        ("b4", "首家数据交易服务中心揭牌",
         "澹城数据交易服务中心6月19日揭牌运营，首批上架数据产品56个，当天完成交易17笔，交易额约860万元。", "（记者　费明溪）", ["费明溪"]),
        ("b5", "端午假期消费同比增长11.3%",
         "端午假期3天，全市重点监测的商贸企业实现销售额9.8亿元，同比增长11.3%；重点景区接待游客87万人次，增长9.1%。", "", []),
        ("b6", "澹城至汐港高铁全线铺轨贯通",
         "6月20日，澹城至汐港高速铁路全线铺轨贯通。线路全长186公里，设计时速350公里，计划年内开通运营，届时两地最快通行时间将缩短至50分钟。",
         "（通讯员　邵溪）", ["邵溪"]),
        ("b7", "小微企业首贷户数增长两成",
         "截至5月末，全市小微企业首次贷款户数达到1.36万户，同比增长21.4%；普惠小微贷款余额1842亿元，加权平均利率为3.98%。", "", []),
        ("b8", "夏粮收购工作全面启动",
         "今年全市夏粮收购工作于6月15日全面启动，共设立收购网点142个，预计收购小麦38万吨。粮食部门提醒农户及时晾晒，避免霉变损失。",
         "（记者　费明溪）", ["费明溪"]),
    ]
    for key, t, body, credit, who in items:
        dig(pg, key, t, body, section=S, form="square", credit=credit, authors=who,
            extra="No indent and no blank line inside the column: the ■ at the start of a line is the only sign of a "
                  "new item.")
        pg.blank()
    pg.furniture(["一周数据",
                  "■1.86万亿元　5月末全市本外币存款余额",
                  "■4.7%　前5个月全市规上工业增加值增速",
                  "■2.1万户　前5个月全市新登记市场主体"],
                 "一周数据 box: label and three ■ figures with captions, no text of its own (not an article, as the "
                 "数说 box of handmade22 g03)")
    pg.blank()
    pg.furniture(["本版校对：何一舟　　美术编辑：柴小蒲"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ll04() -> Page:
    """Provincial economic paper 区域经济 page, two ASCII spaces, blank lines sometimes: label 县域速览 over six
    items with place-name labels 【岚州】 run in and no headline; label 简讯 over four items with headlines on
    their own lines."""
    pg = Page("ll04.txt", cols=30, indent="  ", blanks="some", seed=6804, p_para=0.5, p_gap=0.6,
              style="provincial economic paper 区域经济 page indented with two ASCII spaces, blank lines sometimes: header on two lines (paper + date with weekday; 第5版 + 版名); label 县域速览 over six items WITHOUT headlines, each opening with a place-name label in 【】 run in (【岚州】, 【棠溪】 …), credits （记者 X）, （通讯员 X） run in at the end or none; label 简讯 over four items with headlines on their own lines, one credit （记者 X）, one （据华澜社）; footer with editor and layout")
    pg.furniture(["蘅州经济报　" + cn_date(2038, 4, 9),
                  "第5版　区域经济"], "page header")
    pg.blank()
    pg.furniture(["县域速览"], "column label 县域速览")
    S = "县域速览"
    places = [
        ("a1", "岚州", "岚州市春茶开采面积达到12.6万亩，比去年增加8000亩。受前期气温偏高影响，今年开采时间比往年提前一周，明前茶收购均价每斤580元，茶农收入普遍增加。",
         "（记者　荀远山）", ["荀远山"]),
        ("a2", "棠溪", "棠溪县首个县级电商直播基地近日投用，基地设有直播间36个，已吸引42家本地农产品企业入驻，开播首周带动销售额超过600万元。", "", []),
        ("a3", "溱阳", "溱阳经济开发区新能源装备产业园一期竣工，首批入驻的6家企业已全部投产，预计年产值可达45亿元，新增就业岗位2300个。",
         "（通讯员　卜晴川）", ["卜晴川"]),
        ("a4", "椿岭", "椿岭县今年安排乡村振兴衔接资金3.2亿元，重点支持特色种养、农产品加工和乡村旅游项目，其中产业发展类项目资金占比达到65%。", "", []),
        ("a5", "汐港", "汐港区一季度实现外贸进出口98.6亿元，同比增长15.7%。其中，跨境电商进出口额23.4亿元，增长42%，成为拉动外贸增长的新引擎。",
         "（记者　荀远山）", ["荀远山"]),
        ("a6", "湄川", "湄川市农村商业银行推出“茶农贷”“果农贷”等特色产品，截至3月末已累计发放贷款4.7亿元，支持农户和新型农业经营主体3200余户。",
         "（通讯员　甘露）", ["甘露"]),
    ]
    for key, place, body, credit, who in places:
        dig(pg, key, None, body, section=S, form="place", place=place, credit=credit, authors=who)
        pg.gap()
    pg.furniture(["简讯"], "column label 简讯")
    S = "简讯"
    dig(pg, "b1", "全省县域经济发展推进会召开",
        "4月8日，全省县域经济高质量发展推进会在蘅州召开。会议提出，到2040年，全省地区生产总值超千亿元的县（市）达到12个。",
        section=S)
    pg.gap()
    dig(pg, "b2", "县域商业体系建设示范县名单公布",
        "省商务厅日前公布第三批县域商业体系建设示范县名单，棠溪、椿岭等9个县入选，每县将获得最高1000万元的专项资金支持。",
        section=S, credit="（记者　宗暮雪）", authors=["宗暮雪"])
    pg.gap()
    dig(pg, "b3", "“蘅州好味”区域公用品牌发布",
        "“蘅州好味”农产品区域公用品牌4月7日正式发布，首批授权使用的企业和合作社共58家，涵盖茶叶、柑橘、稻米等11个品类。",
        section=S)
    pg.gap()
    dig(pg, "b4", "建制村快递服务通达率超98%",
        "截至3月末，全省建制村快递服务通达率达到98.3%，县级公共寄递配送中心实现全覆盖，农村快递日均业务量超过260万件。",
        section=S, credit="（据华澜社）", authors=[],
        extra="华澜社 is an invented news agency.")
    pg.blank()
    pg.furniture(["本版责编：蔺秋白　　版式：卓一"], "footer")
    return pg


PAGES = [ll01, ll02, ll03, ll04]
