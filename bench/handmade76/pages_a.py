"""Pages lt01-lt04 of handmade76 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap


def interleave(pg: Page, runs: list) -> None:
    """Write (article, items) runs in the given order, as extraction reads a few lines of one column, then of the
    next; an entry (article, 'head') prints the article's headline instead."""
    for a, items in runs:
        if items == "head":
            pg.headline(a)
        else:
            pg.emit(a, items)


# ---------------------------------------------------------------------------
def lt01() -> Page:
    """National economic daily, front page: masthead whose date / issue / weather lines are printed BETWEEN the lead's
    kicker and its headline; lead with ——副题, run-in dateline and the jump （下转A3版） glued to its last line;
    评论员文章 (本报评论员 under the headline); wire item with （完）; 今日导读 box; label 要闻简报 over three ● items;
    图片新闻 (brief) with credit line; footer with 本版责编."""
    pg = Page("lt01.txt", cols=24, indent=FW * 2, blanks="arts", seed=7601,
              style="national economic daily FRONT page, blank lines only between articles and blocks: masthead of three lines (paper, English name, 国内统一连续出版物号 + 代号), then the lead's 引题 kicker, then three more masthead lines (date with weekday + 农历, 今日12版 + issue number, weather) BEFORE the lead's headline; lead with ——副题, run-in 本报北京3月8日讯（记者 X　Y） and the jump （下转A3版） glued to its last line; 评论员文章 with 本报评论员 under the headline; wire item with run-in 华辰社北京3月8日电（记者 X） and （完） run in; 今日导读 box of four ▶ titles with page numbers; label 要闻简报 over three items with ● headlines (run-in 本报讯, one credit at the end); 图片新闻 (brief) with headline, caption and credit line; footer 本版责编 / 版式 / 校对")
    pg.furniture(["澄江经济日报",
                  "CHENGJIANG ECONOMIC DAILY",
                  "国内统一连续出版物号　CN 11-0391　　代号 1-57"], "masthead (paper, English name, CN number, 代号)")
    a = Article(
        "a", "前两月规上工业增加值同比增长6.8%",
        subtitle="——装备制造业和高技术制造业增速领跑",
        byline="本报北京3月8日讯（记者　倪鸿川　葛书桐）", authors=["倪鸿川", "葛书桐"],
        lead="本报北京3月8日讯（记者　倪鸿川　葛书桐）", tail="（下转A3版）",
        notes="Lead. The 引题 kicker 一季度开局观察 is neither title nor subtitle (the ——副题 is the subtitle). The "
              "masthead lines printed between the kicker and the headline (date, 农历, 今日12版, issue number, weather) "
              "are furniture, not part of the headline. Run-in dateline excluded from first; the jump （下转A3版） "
              "glued to the last text line is excluded from last (the continuation on A3 is not on this page). The "
              "official quoted (骆承远) is not an author.",
        paras=[
            "国家统计局澄江调查总队8日发布数据，1—2月份，全国规模以上工业增加值同比增长6.8%，比上年全年加快0.9个百分点；从环比看，2月份规模以上工业增加值比上月增长0.61%。",
            "分门类看，采矿业增加值增长3.2%，制造业增长7.4%，电力、热力、燃气及水生产和供应业增长5.1%。装备制造业增加值增长9.6%，高技术制造业增长10.3%，增速分别快于全部规上工业2.8和3.5个百分点，对工业增长的贡献率合计超过五成。",
            "“开年工业生产呈现量增、质升、面广的特点。”国家统计局工业司副司长骆承远表示，41个工业大类行业中有35个增加值保持增长，增长面达85.4%，工业机器人、集成电路、新能源汽车等新产品产量分别增长21.7%、18.2%和24.6%。",
        ])
    pg.kicker(a, "一季度开局观察")
    pg.furniture([cn_date(2034, 3, 9) + "　农历甲寅年正月廿二",
                  "今日12版　　第12873期",
                  "多云转晴　6℃～15℃"], "masthead (date, 农历, 今日12版, issue, weather) printed between kicker and headline")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "以新动能夯实全年增长基础", byline="本报评论员", kind="commentary",
        notes="评论员文章: the line 本报评论员 under the headline is the byline; 本报评论员 names no person, so no "
              "authors. Kind commentary.",
        paras=[
            "开局关乎全局，起步决定后程。前两月工业数据亮眼，既得益于宏观政策靠前发力，也源于新动能的持续积蓄。装备制造业和高技术制造业增速领跑，说明产业结构调整正在从量变走向质变。",
            "也要看到，外部环境依然复杂，部分行业需求恢复不均衡，中小企业经营仍有压力。巩固向好势头，既要在扩大有效需求上多用力，也要在稳定企业预期上下功夫，让政策红利更快直达市场主体。",
            "新动能不是凭空而来的。把创新摆在更加突出的位置，把实体经济的根基扎得更深，全年增长就有了更可靠的支撑。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "两部门部署春季农业生产金融服务",
        byline="华辰社北京3月8日电（记者　柯望舒）", authors=["柯望舒"],
        lead="华辰社北京3月8日电（记者　柯望舒）", tail="（完）",
        notes="Wire item of the invented agency 华辰通讯社 (华辰社): run-in dateline excluded from first, （完） run in "
              "at the end excluded from last.",
        paras=[
            "记者8日从人民银行澄江总部获悉，人民银行、农业农村部近日联合印发通知，要求金融机构加大春耕备耕信贷投放，优先保障种子、化肥、农机等农资采购资金需求，力争一季度涉农贷款增量不低于上年同期。",
            "通知提出，鼓励银行业金融机构对新型农业经营主体开辟绿色通道，简化审批流程，合理确定贷款期限和利率。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["今日导读",
                  "▶民营企业融资成本稳中有降　　A2",
                  "▶沿海港口集装箱吞吐量创同期新高　　A4",
                  "▶专家解读今年财政政策取向　　A5",
                  "▶新能源汽车下乡活动启动　　A8"], "今日导读 box (titles of inside stories with page numbers, not articles)")
    pg.blank()
    pg.furniture(["要闻简报"], "column label 要闻简报")
    d1 = Article("d1", "澄江港开通首条远洋冷链航线", head=["●澄江港开通首条远洋冷链航线"], section="要闻简报",
                 byline="本报讯（记者　闻雁）", authors=["闻雁"], lead="本报讯（记者　闻雁）",
                 notes="Item of the 要闻简报 digest (section): the ● before the headline is a bullet, not part of the "
                       "title. Run-in 本报讯（记者 X） excluded from first.",
                 paras=["3月7日，澄江港至南溟群岛的远洋冷链航线首航，每周一班，单程航行12天，预计全年可运输冷链货物4.6万标准箱。"])
    d2 = Article("d2", "一季度专项债发行提速", head=["●一季度专项债发行提速"], section="要闻简报",
                 notes="Item of the 要闻简报 digest with no dateline and no credit: no byline, no authors.",
                 paras=["截至3月7日，各地今年已发行新增地方政府专项债券5120亿元，同比多发1380亿元，资金主要投向交通基础设施、保障性安居工程和农林水利等领域。"])
    d3 = Article("d3", "跨境电商出口包裹量增三成", head=["●跨境电商出口包裹量增三成"], section="要闻简报",
                 byline="（记者　龚晓禾）", authors=["龚晓禾"], tail="（记者　龚晓禾）",
                 notes="Item of the 要闻简报 digest; the credit （记者 X） run in at the end is the byline, excluded from "
                       "last.",
                 paras=["前两月，澄江海关监管的跨境电商出口包裹达到2.3亿件，同比增长31%，服装鞋帽、小家电和户外用品位居前三。"])
    for d in (d1, d2, d3):
        pg.headline(d)
        pg.body(d)
    pg.blank()
    e = Article("e", "春耕备耕机具下田", kind="brief", byline="本报记者　杭远　摄", authors=["杭远"],
                notes="图片新闻 (photo news): headline, caption text as the body, credit line 本报记者 X　摄 after it (the "
                      "byline; the photographer is the author, as the photo news of handmade22 g12). Kind brief.",
                paras=["3月6日，临皋县白沙镇农机合作社的社员驾驶智能插秧机在育秧基地作业。当地今年新增北斗导航农机320台，春耕机械化率达到九成以上。"])
    pg.headline(e)
    pg.body(e)
    pg.line(e, e.byline, "byline")
    pg.blank()
    pg.furniture(["本版责编：温楚　　版式：易安　　校对：滕小语"], "footer 本版责编 / 版式 / 校对")
    return pg


# ---------------------------------------------------------------------------
def lt02() -> Page:
    """Provincial economic daily, 第一版: masthead with 今日8版 glued onto the lead's headline line; lead (byline line
    本报记者 X　通讯员 Y) whose column is read INTERLEAVED with a 本报讯 item's; jump line 转第2版 alone after the
    lead; 本报导读 box; label 短评 over a comment signed （X） at the end; photo news; 简讯 items with 【】 headlines."""
    pg = Page("lt02.txt", cols=30, indent="  ", blanks="para", seed=7602,
              style="provincial economic daily 第一版 indented with two ASCII spaces, blank lines between paragraphs and blocks: masthead on three lines (paper + date with weekday; CN number + 代号; 农历 + weather) and 今日8版 GLUED to the end of the lead's headline line; lead with byline line 本报记者 X　通讯员 Y whose body is read INTERLEAVED with the body of a run-in 本报讯（记者 X） item of the next column (lead 4 lines, item headline + 4 lines, lead 3 lines, item rest, lead rest); jump line 转第2版 on a line of its own after the lead; 本报导读 box (four titles with 版 numbers); label 短评 over a comment signed （X） run in at the end; 图片新闻 (brief) with caption and credit X　摄; label 简讯 over three items run in with 【】 headlines; footer 本版责任编辑 / 美编")
    pg.furniture(["黔岚经济报　　　　　　　　" + cn_date(2035, 6, 18),
                  "国内统一连续出版物号 CN 52-0019　代号 65-7",
                  "农历乙卯年五月初三　晴间多云　19℃～28℃"], "masthead (paper, date, CN number, 代号, 农历, weather)")
    pg.blank()
    a = Article(
        "a", "全省夏粮收购开局平稳有序", head=["全省夏粮收购开局平稳有序　　　今日8版"],
        byline="本报记者　龙曼青　通讯员　吴启山", authors=["龙曼青", "吴启山"],
        notes="Lead. The masthead's 今日8版 is printed on the same line as the headline (right column of the masthead) "
              "and is not part of the title. Byline line 本报记者 X　通讯员 Y: both authors. The lead's column is read "
              "interleaved with the next column's 本报讯 item, so its body is in pieces; the line 转第2版 after it is "
              "a jump line, not body. The grain-depot manager quoted (杨守田) is not an author.",
        paras=[
            "眼下正值夏粮收购关键期，全省各地粮食收储企业提早腾仓并库、检修设备，确保农民交售顺畅。截至6月16日，全省累计收购小麦和油菜籽86.4万吨，同比增加7.2万吨，收购价格总体稳定。",
            "今年全省新建和改造烘干能力1.8万吨／日，在主产县设立流动收购服务点214个，推行线上预约、错峰交售。“以前排队要等大半天，现在手机上约好时间，来了就能卸车。”青岚县粮库主任杨守田说，当天入库、当天结算已成常态。",
            "省粮食和物资储备局要求，各地严格执行收购政策，严禁压级压价、打白条，同时加强市场监测，防止出现“卖粮难”。省农业发展银行已安排收购贷款额度42亿元，确保收购资金及时足额到位。",
        ])
    b = Article(
        "b", "山地特色农产品“出山”提速", byline="本报讯（记者　安若溪）", authors=["安若溪"],
        lead="本报讯（记者　安若溪）",
        notes="Run-in 本报讯（记者 X） excluded from first. This item stands in the next column; extraction reads its "
              "lines interleaved with the lead's, so its body is in pieces too.",
        paras=[
            "记者从省商务厅获悉，今年1至5月，全省山地特色农产品通过冷链物流销往省外186万吨，同比增长16.5%。辣椒、茶叶、食用菌和精品水果成为外销主力，其中鲜食水果经航空冷链当日可达沿海主要城市。",
            "目前全省已建成产地冷藏保鲜设施3200余个，覆盖九成以上的特色农产品主产乡镇。",
        ])
    ia = pg.render_body(a)
    ib = pg.render_body(b)
    ca = Page.chunks(ia, [4, 3])
    cb = Page.chunks(ib, [4])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    interleave(pg, [(a, ca[0]), (b, "head"), (b, cb[0]), (a, ca[1]), (b, cb[1]), (a, ca[2])])
    pg.line(a, "转第2版", "jump")
    pg.blank()
    pg.furniture(["本报导读",
                  "省级产业基金投向“专精特新”　　2版",
                  "县域商业体系建设提速　　3版",
                  "外贸企业抢抓订单“窗口期”　　4版",
                  "文旅消费热度持续攀升　　6版"], "本报导读 box (titles with page numbers, not articles)")
    pg.blank()
    pg.furniture(["短评"], "column label 短评")
    c = Article(
        "c", "收购价里见民生", section="短评", byline="（辛禾）", authors=["辛禾"], tail="（辛禾）", kind="commentary",
        notes="Comment under the label 短评 (section), signed （X） run in at the end: that signature is the byline "
              "(excluded from last), the signer an author (commentators who sign are authors, as handmade22 g11). "
              "Kind commentary.",
        paras=[
            "粮价稳，人心安。夏粮收购是农民一年辛苦的“兑现时刻”，收购秩序好不好，价格公不公道，直接关系种粮积极性。",
            "线上预约、当天结算，这些看似细小的改进，省下的是农民的时间和成本，换来的是对政策的信任。把好事办实、实事办好，种粮人才会有更多获得感。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article("d", "高原蓝莓喜获丰收", kind="brief", byline="蒙星野　摄", authors=["蒙星野"],
                notes="图片新闻 (photo news): headline, caption as body, credit line X　摄 under it (byline; the "
                      "photographer is the author). Kind brief.",
                paras=["6月15日，麻溪县蓝莓种植基地，果农在采摘成熟的蓝莓。该县蓝莓种植面积达4.2万亩，预计今年产值突破6亿元。"])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.furniture(["简讯"], "column label 简讯")
    pg.blank()
    e1 = Article("e1", "中欧班列开行突破千列", head=None, section="简讯", lead="【中欧班列开行突破千列】",
                 notes="Item of the 简讯 digest whose headline is run in at the start of its text in 【】: that is the "
                       "title, its title_line the first body line, the bracketed headline excluded from first. No "
                       "credit: no authors.",
                 paras=["截至6月17日，今年从省会国际陆港始发的中欧班列累计开行1006列，同比增长23%，货值达到98亿元。"])
    e2 = Article("e2", "省级中小企业服务券开始申领", section="简讯", lead="【省级中小企业服务券开始申领】",
                 byline="（记者　甘露微）", authors=["甘露微"], tail="（记者　甘露微）",
                 notes="简讯 item, headline run in in 【】 (title; excluded from first), credit （记者 X） run in at the "
                       "end (byline, excluded from last).",
                 paras=["即日起，全省中小企业可通过省中小企业公共服务平台申领服务券，用于购买检验检测、知识产权、管理咨询等服务，单家企业最高可申领5万元。"])
    e3 = Article("e3", "5月全省CPI同比上涨0.6%", section="简讯", lead="【5月全省CPI同比上涨0.6%】",
                 notes="简讯 item, headline run in in 【】 (title; excluded from first). No credit.",
                 paras=["国家统计局黔岚调查总队数据显示，5月份全省居民消费价格同比上涨0.6%，其中食品价格下降0.8%，服务价格上涨1.3%。"])
    for e in (e1, e2, e3):
        pg.body(e, head_role=True)
        pg.gap()
    pg.furniture(["本版责任编辑：石晓岚　　美编：韦松"], "footer 本版责任编辑 / 美编")
    return pg


# ---------------------------------------------------------------------------
def lt03() -> Page:
    """National financial daily, 要闻 front page, NO blank line anywhere: paper name, then the lead's headline, then
    the masthead lines (date / 农历, CN number, 今日16版, weather), then ——副题; jump 下转第3版 glued; wire item
    with （完） alone on a line; 短评 with byline under the headline; 要闻简报 ■ items WITHOUT headlines; 今日导读."""
    pg = Page("lt03.txt", cols=20, indent=FW, blanks="never", seed=7603,
              style="national financial daily 要闻 FRONT page in a narrow column, ONE U+3000 indent, NO blank line anywhere: the paper's name, then the lead's headline, then four masthead lines (date with weekday + 农历, CN number + 邮发代号, 今日16版 + issue, weather) BETWEEN the headline and its ——副题; lead with run-in 本报北京讯（记者 X） and the jump 下转第3版 glued (no brackets) to its last line; wire item with run-in 华辰社上海4月1日电（记者 X、Y） and （完） on a line of its own; 今日导读 box; label 短评 over a comment with byline line □ X under the headline; label 要闻简报 over four ■ items with NO headlines (run-in 本报讯 / 本报讯（记者 X）); footer 本版责编 / 校对")
    pg.furniture(["华屿金融时报"], "masthead (paper)")
    a = Article(
        "a", "3月末制造业中长期贷款余额增长24%",
        subtitle="——金融支持实体经济力度持续加大",
        byline="本报北京讯（记者　詹以宁）", authors=["詹以宁"], lead="本报北京讯（记者　詹以宁）",
        tail="　下转第3版",
        notes="Lead. The masthead lines printed between the headline and the ——副题 (date, 农历, CN number, 代号, "
              "今日16版, issue, weather) are furniture. Run-in 本报北京讯（记者 X） excluded from first; the jump "
              "下转第3版 glued to the last line without brackets is excluded from last. The official quoted (邵致和) "
              "is not an author.",
        paras=[
            "人民银行1日发布的数据显示，3月末，本外币贷款余额同比增长9.1%；制造业中长期贷款余额同比增长24%，连续十个季度保持20%以上的增速。其中，高技术制造业中长期贷款余额增长31.6%。",
            "“信贷结构在持续优化。”人民银行调查统计司负责人邵致和表示，普惠小微贷款余额增长22.4%，涉农贷款余额增长13.8%，科技型中小企业贷款余额增长25.1%，均高于各项贷款平均增速。",
            "从价格看，3月份新发放企业贷款加权平均利率为3.68%，比上年同期低0.27个百分点，处于历史低位。",
        ])
    pg.headline(a)
    pg.furniture([cn_date(2036, 4, 2) + "　农历丙辰年二月十六",
                  "国内统一连续出版物号 CN 11-0275",
                  "邮发代号 1-173　今日16版　第9412期",
                  "晴　8℃～19℃"], "masthead lines (date, 农历, CN number, 代号, 今日16版, weather) between headline and 副题")
    pg.line(a, a.subtitle, "subtitle")
    pg.body(a)
    b = Article(
        "b", "一季度证券市场新增开户数同比增长18%",
        byline="华辰社上海4月1日电（记者　俞清岚、苗家禾）", authors=["俞清岚", "苗家禾"],
        lead="华辰社上海4月1日电（记者　俞清岚、苗家禾）",
        notes="Wire item: run-in dateline with two reporters parted by 、 (both authors), excluded from first. The end "
              "mark （完） on a line of its own is not body.",
        paras=[
            "记者1日从华屿证券登记结算中心获悉，今年一季度证券市场新增投资者开户数为681万户，同比增长18%。其中3月份新增开户257万户，环比增长9.4%。",
            "截至3月末，全市场投资者数量达到2.38亿，其中自然人投资者占比超过99%。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, "（完）", "endmark")
    pg.furniture(["今日导读",
                  "·银行业普惠金融“提质扩面”　2版",
                  "·债市开局：利率债发行放量　5版",
                  "·保险资金入市比例稳步提高　7版"], "今日导读 box (titles with page numbers)")
    pg.furniture(["短评"], "column label 短评")
    c = Article(
        "c", "贷款利率下行更要“贷得到”", section="短评", byline="□ 江舟", authors=["江舟"], kind="commentary",
        notes="Comment under the label 短评 (section); byline line □ X under the headline (the signer is the author). "
              "Kind commentary.",
        paras=[
            "企业贷款利率处于历史低位，是实打实的降成本。但对不少小微企业来说，比利率更要紧的是能不能贷得到、贷得快。",
            "这就需要金融机构在风控模式上多想办法，用好税务、社保、用电等数据，让“信用”变成“信贷”，把低利率的红利送到更多中小企业手中。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["要闻简报"], "column label 要闻简报")
    items = [
        ("d1", "■本报讯　", None, [],
         "3月份，银行间市场共发行绿色债券1286亿元，同比增长42%，募集资金主要投向清洁能源、绿色交通和建筑节能领域。",
         "Item of the 要闻简报 digest with NO headline (title null): the ■ bullet and the bare run-in 本报讯 are "
         "excluded from first; 本报讯 names no reporter, so no byline and no authors."),
        ("d2", "■本报讯（记者　乔映）", "本报讯（记者　乔映）", ["乔映"],
         "国家外汇管理局数据显示，3月末我国外汇储备规模为3.42万亿美元，较2月末上升186亿美元。",
         "要闻简报 item with NO headline (title null); the ■ bullet and run-in 本报讯（记者 X） are excluded from first."),
        ("d3", "■本报讯　", None, [],
         "全国首批数据资产质押融资试点日前在东屿、江陵两市落地，12家企业以数据资产获得授信4.7亿元。",
         "要闻简报 item with NO headline (title null); bare 本报讯, no authors."),
        ("d4", "■本报讯（记者　段一鸣）", "本报讯（记者　段一鸣）", ["段一鸣"],
         "一季度，全国期货市场累计成交额达到148万亿元，同比增长11.3%，农产品期货成交量增幅居各板块之首。",
         "要闻简报 item with NO headline (title null); ■ and run-in dateline excluded from first."),
    ]
    for key, lead, byline, authors, text, note in items:
        d = Article(key, None, [text], section="要闻简报", byline=byline, authors=authors, lead=lead, notes=note)
        pg.body(d)
    pg.furniture(["本版责编：纪雨桐　　校对：沈恪"], "footer 本版责编 / 校对")
    return pg


# ---------------------------------------------------------------------------
def lt04() -> Page:
    """Provincial daily, 第一版, extracted with a blank line after EVERY line: masthead; lead with kicker, ——副题,
    byline line under the 副题 and jump （转A2版） glued; 本报导读 box; 本报评论员文章 (label line above the
    headline, 本报评论员 at the end); wire item; photo caption WITHOUT headline; label 要闻简报 over four ◆ items."""
    pg = Page("lt04.txt", cols=22, indent="  ", blanks="every", seed=7604,
              style="provincial daily 第一版 extracted with a blank line after EVERY line, indented with two ASCII spaces: masthead on five lines (paper, 中共沅川省委机关报, CN number + 代号, date with weekday + 农历, 今日12版 + weather); lead with 引题 kicker, headline, ——副题, byline line 本报记者 X　Y under the 副题 and （转A2版） glued to its last line; 本报导读 box of three titles with page numbers; label line 本报评论员文章 over a commentary headline, the signature 本报评论员 right-aligned after the body; wire item with run-in 华辰社北京10月14日电 and no reporter; photo caption WITHOUT headline, with credit 本报记者 X　摄 run in at its end; label 要闻简报 over four items with ◆ headlines; footer 本版编辑 / 校对")
    pg.furniture(["沅川日报",
                  "中共沅川省委机关报",
                  "国内统一连续出版物号 CN 43-0004　代号 41-1",
                  cn_date(2037, 10, 15) + "　农历丁巳年九月初七",
                  "今日12版　阴转小雨　14℃～20℃"], "masthead (paper, 机关报, CN number, 代号, date, 农历, 今日12版, weather)")
    a = Article(
        "a", "前三季度全省外贸进出口增长8.3%",
        subtitle="——民营企业进出口占比首次超过六成",
        byline="本报记者　符晓川　滕鹭", authors=["符晓川", "滕鹭"], tail="（转A2版）",
        notes="Lead. The 引题 kicker 稳规模　优结构 is neither title nor subtitle. Byline line 本报记者 X　Y under the "
              "——副题 (two reporters). The jump （转A2版） glued to the last line is excluded from last. The customs "
              "official quoted (贺衍) is not an author.",
        paras=[
            "沅川海关10月14日发布，今年前三季度全省货物贸易进出口总值4862.7亿元，同比增长8.3%，高于全国平均水平3.1个百分点。其中出口3105.2亿元，增长10.6%；进口1757.5亿元，增长4.5%。",
            "民营企业活力持续释放。前三季度，全省有进出口实绩的民营企业达1.26万家，进出口2951.4亿元，增长12.9%，占全省外贸总值的60.7%。",
            "“机电产品和劳动密集型产品出口双双走强。”沅川海关统计分析处处长贺衍介绍，全省出口机电产品1788亿元，增长14.2%，其中电动载人汽车、锂电池和光伏产品合计增长37%。",
        ])
    pg.kicker(a, "稳规模　优结构")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["本报导读",
                  "▷沅江航道整治工程全线完工（A3）",
                  "▷县域特色产业集群加速成长（A4）",
                  "▷“秋季消费季”带火夜经济（A6）"], "本报导读 box (titles with page numbers)")
    pg.furniture(["本报评论员文章"], "label line 本报评论员文章")
    b = Article(
        "b", "让民营经济在开放中壮大", byline="本报评论员", kind="commentary",
        notes="评论员文章: the label line 本报评论员文章 above the headline is not the section (it names the genre, "
              "printed as furniture); the signature 本报评论员, right-aligned after the body, is the byline; no "
              "person named, so no authors. Kind commentary.",
        paras=[
            "民营企业进出口占比首次超过六成，这是一个值得关注的信号。它说明，越来越多的民营企业有能力走向更广阔的国际市场，也说明我省外贸的内生动力在增强。",
            "稳外贸，说到底是稳企业。要持续优化口岸营商环境，降低通关成本；要用好出口信用保险和外贸专项资金，帮助企业防范汇率和订单风险；要支持企业建设海外仓，拓展新兴市场。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, FW * 7 + b.byline, "byline")
    c = Article(
        "c", "全国秋粮收获进度过半", byline="华辰社北京10月14日电", authors=[],
        lead="华辰社北京10月14日电　",
        notes="Wire item with the bare run-in 华辰社北京10月14日电 (no reporter named): excluded from first; no "
              "authors.",
        paras=[
            "记者从农业农村部获悉，截至10月13日，全国已收获秋粮面积6.8亿亩，进度过半，同比快2.4个百分点。其中，中稻收获超过八成，玉米收获近六成。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(wrap("10月13日，沅江港集装箱码头，货轮正在装载出口汽车。　本报记者　寇远帆　摄", 22, "  "),
                 "photo caption WITHOUT headline, credit run in at its end (not an article)")
    pg.furniture(["要闻简报"], "column label 要闻简报")
    d1 = Article("d1", "沅川至东屿高铁开通运营", head=["◆沅川至东屿高铁开通运营"], section="要闻简报",
                 notes="要闻简报 item: ◆ is a bullet, not part of the title. No credit.",
                 paras=["10月12日，沅川至东屿高速铁路开通运营，全长286公里，设计时速350公里，两地最快通行时间缩短至1小时05分。"])
    d2 = Article("d2", "全省新增技能人才9.7万人", head=["◆全省新增技能人才9.7万人"], section="要闻简报",
                 byline="（记者　柴文）", authors=["柴文"], tail="（记者　柴文）",
                 notes="要闻简报 item; credit （记者 X） run in at the end is the byline, excluded from last.",
                 paras=["前三季度，全省新增技能人才9.7万人，其中高技能人才2.8万人，完成全年目标的86%。"])
    d3 = Article("d3", "秋季农博会签约38亿元", head=["◆秋季农博会签约38亿元"], section="要闻简报",
                 notes="要闻简报 item with no credit.",
                 paras=["第十二届沅川秋季农业博览会10月14日闭幕，5天共接待观众32万人次，现场交易和签约金额达到38亿元。"])
    d4 = Article("d4", "省级数字经济园区增至21个", head=["◆省级数字经济园区增至21个"], section="要闻简报",
                 byline="（通讯员　包晴川）", authors=["包晴川"], tail="（通讯员　包晴川）",
                 notes="要闻简报 item; credit （通讯员 X） run in at the end is the byline (the 通讯员 is the author).",
                 paras=["省工信厅日前认定第三批省级数字经济园区5个，全省省级数字经济园区总数增至21个，入驻企业超过4600家。"])
    for d in (d1, d2, d3, d4):
        pg.headline(d)
        pg.body(d)
    pg.furniture(["本版编辑：宁采薇　　校对：欧阳漪"], "footer 本版编辑 / 校对")
    return pg


PAGES = [lt01, lt02, lt03, lt04]
