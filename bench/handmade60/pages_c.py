"""Pages ld09-ld12 of handmade60 (development set; all papers, agencies, names, firms, places and figures invented).

The artifact helpers (fw, sp, bold2, hwrap, render, glue, broken, trail, verse) are those of pages_a.py.
"""
from __future__ import annotations

from layout import FW, Article, Page, Raw, cn_date
from pages_a import bold2, broken, fw, fwdate, glue, render, sp, trail, verse


# ---------------------------------------------------------------------------
def ld09() -> Page:
    """Daily 港口·外贸 page, NO indent, blank lines between paragraphs: port report with full-width ＴＥＵ / ＬＮＧ
    and a ship name split by a line-end hyphen; interview with a trader (记者：／NAME：) with a replacement
    character in a line; cross-border e-commerce item; wire item from abroad with (完)."""
    pg = Page("ld09.txt", cols=32, indent="", blanks="para", seed=6009,
              style="daily 港口·外贸 page with NO indent, blank lines between paragraphs and blocks: header on three lines; port report with full-width letters (ＴＥＵ, ＬＮＧ) and a Latin ship name split by a line-end hyphen, byline line 本报记者 X; label 外贸访谈 over an interview (——副题 访…, byline line, 记者：／NAME： paragraphs) with a replacement character � in a line; cross-border e-commerce item with run-in 本报讯; wire item of the invented agency 东陆社 with run-in dateline and （完）; footer")
    pg.furniture(["砚港日报",
                  cn_date(2034, 2, 16),
                  "第4版　港口·外贸　　责任编辑：闻人暖"], "page header")
    pg.blank()
    a = Article(
        "a", "砚港首条LNG动力集装箱航线开通", head=[fw("砚港首条LNG动力集装箱航线开通")],
        byline="本报记者　戚望川", authors=["戚望川"],
        notes="Economic report (port). Headline with full-width ＬＮＧ; the title is written half-width. **new:** "
              "full-width ＴＥＵ / ＬＮＧ in the body kept as printed; the Latin ship name Meridian is split (Meri- / dian) at a "
              "line end with a hyphen. The captain quoted is not an author.",
        paras=[
            "2月15日上午，一艘悬挂马耳他旗的" + fw("LNG") + "动力集装箱船“Aurelia Meridian”轮靠泊砚港南岸集装箱码头，标志着砚港首条以液化天然气为动力的远洋集装箱航线正式开通。",
            "该航线由北欧航运企业Halvorsen航运公司运营，每周一班，挂靠砚港、新加坡、鹿特丹等港口，投入的6艘船舶单船载箱量均为" +
            fw("15000TEU") + "。与传统燃油船舶相比，" + fw("LNG") + "动力船舶每航次可减少二氧化碳排放约两成。",
            "砚港港务集团有关负责人说，港口已建成专用加注泊位，可为" + fw("LNG") + "动力船舶提供“船到即加”服务。今年1月，砚港完成集装箱吞吐量" +
            fw("86.4") + "万" + fw("TEU") + "，同比增长" + fw("7.8%") + "。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, render(pg, a))
    pg.gap()
    pg.furniture(["外贸访谈"], "column label 外贸访谈")
    pg.gap()
    b = Article(
        "b", "订单回来了，利润还要“挤”出来", section="外贸访谈", kind="interview",
        subtitle="——访砚港远衡纺织进出口公司总经理纪岚",
        byline="本报记者　甘照雪", authors=["甘照雪"],
        notes="Interview under the label 外贸访谈 (section): ——副题 is the subtitle; byline line 本报记者 X; body of "
              "记者：／纪岚： paragraphs; the manager who answers is not an author. **new:** a replacement "
              "character � inside a body line is kept. Kind interview.",
        paras=[
            "记者：春节后企业的订单情况怎么样？",
            "纪岚：比去年同期好。目前手上的订单已经排到5月，欧洲客户的返单率明显提高，中东和拉美的新客户也多了起来。",
            "记者：订单增加了，企业面临的主要压力是什么？",
            "纪岚：主要是成本。棉纱价格和海运费都在上涨，一个货柜的运费比去年底高了三成多。我们只能在管理上“挤”利润，比如用数字化排产减少�停机时间，和物流企业签长期协议锁定运价。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, render(pg, b))
    pg.gap()
    c = Article(
        "c", "1月跨境电商进出口额增长23%",
        byline="本报讯（记者　戚望川　通讯员　萧一禾）", authors=["戚望川", "萧一禾"],
        lead="本报讯（记者　戚望川　通讯员　萧一禾）",
        notes="Economic item. Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors.",
        paras=["据砚港海关统计，1月份砚港跨境电商进出口额18.6亿元，同比增长23.1%，其中出口13.9亿元，增长27.4%。小家电、户外用品和宠物用品是出口增长最快的三类商品。"])
    pg.headline(c)
    pg.gap()
    pg.emit(c, render(pg, c))
    pg.gap()
    d = Article(
        "d", "北欧港口吞吐量回升",
        byline="东陆社奥斯林2月14日电（记者　蓝迟）", authors=["蓝迟"],
        lead="东陆社奥斯林2月14日电（记者　蓝迟）", tail="（完）",
        notes="Wire item of the invented agency 东陆社 (the city 奥斯林 invented): run-in dateline excluded from first; "
              "（完） run in at the end excluded from last.",
        paras=["北欧港口协会14日发布的数据显示，1月份北欧主要港口集装箱吞吐量同比增长4.6%，为连续第三个月回升。"])
    pg.headline(d)
    pg.gap()
    pg.emit(d, render(pg, d))
    pg.blank()
    pg.furniture(["本版校对：步小川　　版式：邵白"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ld10() -> Page:
    """Daily 乡村振兴 page extracted with a blank line after EVERY line: feature whose four-character headline is a
    vertical banner, ASCII quotes; report whose headline is printed twice on ONE line (bold overprint); 农资 item;
    农资价格 box."""
    pg = Page("ld10.txt", cols=26, indent=FW * 2, blanks="every", seed=6010,
              style="daily 乡村振兴 page, a blank line after EVERY line: header on two lines; feature whose four-character headline is a vertical banner (one character a line) with byline line 文／本报记者 X and ASCII \"\" quotes; report whose headline is printed twice on ONE line (the bold type's overprint run together) with ——副题 and byline line; 农资 item with run-in 本报讯 and ASCII quotes; 农资价格 box; footer")
    pg.furniture(["棠川日报　" + cn_date(2035, 7, 9), "乡村振兴　第7版"], "page header")
    a = Article(
        "a", "瓜田账本", head=list("瓜田账本"),
        byline="文／本报记者　杜蘅", authors=["杜蘅"],
        notes="Economic feature (melon growers' income). **new:** the headline is a vertical banner, one character "
              "a line (each followed by a blank line on this page); the title joins them. **new:** ASCII \"\" "
              "quotes printed for “” in the body, kept as printed. The grower quoted is not an author.",
        paras=[
            "天刚亮，青棠镇的瓜田里已经忙开了。瓜农郝满仓翻开记账本：今年种了12亩西瓜，亩产约4500斤，地头收购价每斤1.6元，扣除种子、化肥、人工，每亩纯收入4000元左右。",
            "\"以前是种了再找销路，现在是先有订单再下种。\"郝满仓说，合作社和城里的超市签了保底收购合同，心里踏实多了。",
            "青棠镇今年西瓜种植面积1.8万亩，预计总产量8万吨，产值超过2.5亿元。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, render(pg, a))
    b = Article(
        "b", "订单农业让千户瓜农稳增收", head=["订单农业让千户瓜农稳增收订单农业让千户瓜农稳增收"],
        subtitle="——全市农业订单签约面积达到46万亩",
        byline="本报记者　柯晓岚", authors=["柯晓岚"],
        notes="Economic report. **new:** the headline is printed twice on ONE line (the bold type's overprint run "
              "together by the extractor); the title is written once. ——副题 is the subtitle; byline line 本报记者 X.",
        paras=[
            "记者从棠川市农业农村局获悉，今年全市农业订单签约面积达到46万亩，涉及西瓜、蔬菜、中药材等12个品类，带动农户3.2万户，其中瓜农1100余户。",
            "市农业农村局有关负责人介绍，订单农业让农户种得放心、卖得安心。下一步将引导更多龙头企业和合作社签订长期订单，推广“保底收购＋二次分红”模式。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.emit(b, render(pg, b))
    c = Article(
        "c", "夏季化肥价格总体平稳",
        byline="本报讯（记者　柯晓岚）", authors=["柯晓岚"], lead="本报讯（记者　柯晓岚）",
        notes="Economic item (farm inputs). Run-in 本报讯（记者 X） excluded from first; ASCII quotes kept as printed.",
        paras=["据市供销社监测，7月上旬全市尿素、复合肥零售均价分别为每吨2380元和3150元，与上月基本持平。供销部门提醒农户通过正规渠道购买农资，谨防\"高价低质\"产品。"])
    pg.headline(c)
    pg.emit(c, render(pg, c))
    pg.furniture(["农资价格（元/吨）",
                  "尿素　　2380　持平",
                  "复合肥　3150　↓0.6%",
                  "磷酸二铵　3620　↑0.3%"], "农资价格 box (not an article)")
    pg.furniture(["责编：苏见微　版式：常青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ld11() -> Page:
    """Metropolitan daily 数字经济 page, NO blank line, trailing spaces: lead with full-width ＧＤＰ and figures cut by
    running heads; 5G item with tab byline; computing-centre feature with a caption glued to a body line; data-
    exchange item with spaced numbers; label 数字观察 over a comment."""
    pg = Page("ld11.txt", cols=34, indent=FW * 2, blanks="never", seed=6011,
              style="metropolitan daily 数字经济 page with NO blank line, every line with a trailing space: header on two lines (full-width date); lead with full-width ＧＤＰ and digits in headline and body, ——副题, byline line, cut by running head + page number lines at a column break; ５Ｇ item with byline line with TABS; computing-centre feature with a photo caption glued to the end of a body line; data-exchange item with numbers letter-spaced and run-in 本报讯; label 数字观察 over a comment with byline line ◎ X; footer")
    pg.furniture(["澜汐都市报　" + fwdate(2037, 10, 30), "Ａ０５　数字经济　　主编：冀南风"], "page header")
    a = Article(
        "a", "数字经济核心产业增加值占GDP比重达11.2%", head=[fw("数字经济核心产业增加值占GDP比重达11.2%")],
        subtitle="——前三季度全市数字经济核心产业增加值增长13.6%",
        byline="本报记者　苗听枫", authors=["苗听枫"],
        notes="Economic lead. Headline with full-width ＧＤＰ and digits; title half-width. ——副题 is the subtitle. "
              "Body figures full-width as printed. **new:** the running head and page number repeated at a column "
              "break are not body (body in pieces). The official quoted is not an author.",
        paras=[
            "记者从市统计局获悉，前三季度，澜汐市数字经济核心产业实现增加值" + fw("684.3") + "亿元，同比增长" + fw("13.6%") +
            "，占全市" + fw("GDP") + "的比重达到" + fw("11.2%") + "，比上年同期提高" + fw("0.9") + "个百分点。",
            "从细分行业看，软件和信息技术服务业增加值增长" + fw("17.2%") + "，电子信息制造业增长" + fw("10.8%") +
            "，互联网和相关服务业增长" + fw("12.5%") + "。全市数字经济核心产业规上企业达到" + fw("1426") +
            "家，比年初增加" + fw("118") + "家。",
            "“数字经济正在成为全市经济增长的重要引擎。”市统计局总统计师阎照临说，下一步将加快工业互联网平台建设，推动更多中小企业“上云用数赋智”。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    broken(pg, a, render(pg, a), [5], [["澜汐都市报", "Ａ０５"]])
    b = Article(
        "b", "全市5G基站突破2.6万个", head=[fw("全市5G基站突破2.6万个")],
        byline="记者\t苗听枫\t通讯员\t戴一澄", authors=["苗听枫", "戴一澄"],
        notes="Economic item. Headline with full-width ５Ｇ; title half-width. **new:** byline line with TABS (as "
              "printed). Body with full-width ５Ｇ kept as printed.",
        paras=["截至9月底，澜汐市累计建成" + fw("5G") + "基站" + fw("2.63") + "万个，每万人拥有" + fw("5G") +
               "基站" + fw("31") + "个，重点工业园区、交通枢纽实现" + fw("5G") + "网络深度覆盖。前三季度全市" + fw("5G") +
               "移动电话用户新增" + fw("62") + "万户。"])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, render(pg, b))
    c = Article(
        "c", "算力中心里的“绿色账”",
        byline="本报记者　岑晚舟", authors=["岑晚舟"],
        notes="Economic feature. **new:** a photo caption with credit is glued to the end of a body line (kept in "
              "the body). The engineer quoted is not an author, nor the photographer.",
        paras=[
            "走进位于澜汐临港新区的智算中心，一排排机柜整齐排列，却听不到想象中的轰鸣声。工程师郑晓航介绍，中心采用液冷技术，服务器产生的热量由冷却液直接带走，制冷能耗比传统风冷降低约四成。",
            "中心一期投运的算力规模达到每秒3000亿亿次浮点运算，电能利用效率降至1.15。“省下来的电费，可以让算力价格更有竞争力。”郑晓航说，目前中心的算力已被60多家企业和科研机构租用。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.emit(c, glue(render(pg, c), 2, "　图为智算中心机房。　本报记者　岑晚舟　摄"))
    d = Article(
        "d", "数据交易所前三季度交易额超18亿元",
        byline="本报讯（记者　岑晚舟）", authors=["岑晚舟"], lead="本报讯（记者　岑晚舟）",
        notes="Economic item. Run-in 本报讯（记者 X） excluded from first. **new:** numbers letter-spaced in the body, "
              "kept as printed.",
        paras=["澜汐数据交易所前三季度完成数据产品交易额 " + sp("18.7") + " 亿元，同比增长 " + sp("64%") +
               "，挂牌数据产品 " + sp("1260") + " 个，覆盖金融、交通、医疗等领域。"])
    pg.headline(d)
    pg.emit(d, render(pg, d))
    pg.furniture(["数字观察"], "column label 数字观察")
    e = Article(
        "e", "让中小企业用得起数字化", section="数字观察", kind="commentary",
        byline="◎ 谷雨眠", authors=["谷雨眠"],
        notes="Comment under the label 数字观察 (section), byline line ◎ X; commentary.",
        paras=["数字化转型，难在中小企业。一些企业“不敢转”，怕投入大、见效慢；一些企业“不会转”，缺人才、缺方案。破解这些难题，既要靠政府搭平台、给补贴，也要靠服务商拿出更多“小快轻准”的产品，让中小企业花小钱、办大事。"])
    pg.headline(e)
    pg.line(e, e.byline, "byline")
    pg.emit(e, render(pg, e))
    pg.furniture(["本版编辑：季望　　校对：郜一言　　美编：殳小溪"], "footer")
    trail(pg)
    return pg


# ---------------------------------------------------------------------------
def ld12() -> Page:
    """Morning paper 财经周刊 page, very narrow column, blank lines sometimes plus column breaks: year-end review with
    a Latin brand name split by a line-end hyphen and ASCII quotes; a comment whose body comes first and whose
    headline and byline are printed AFTER it; label 一周财经 over two 【】 items; consumption item with a private-use
    character in a line."""
    pg = Page("ld12.txt", cols=20, indent="  ", blanks="some", colbreak=12, seed=6012, p_para=0.4, p_gap=0.8,
              style="morning paper 财经周刊 page in a very narrow column indented with two ASCII spaces, blank lines sometimes plus column breaks (a blank line every 12 body lines): header on three lines; year-end review with a Latin brand name split by a line-end hyphen and ASCII \"\" quotes, byline line 本报记者 X; label 财经短评 over a comment whose body comes FIRST and whose headline and byline (X) are printed after it; label 一周财经 over two items with their headlines run in in 【】; consumption item with run-in 本报讯 and a private-use character (U+E0A7) in a line; footer")
    pg.furniture(["枫渚晨报",
                  cn_date(2031, 1, 8),
                  "B2　财经周刊"], "page header")
    pg.blank()
    a = Article(
        "a", "2030年枫渚新消费品牌“出圈”记",
        byline="本报记者　任小舷", authors=["任小舷"],
        notes="Economic year-end review. **new:** the Latin brand name Sprucewell is split at a line end (Spruc- / ewell) with a "
              "hyphen; ASCII \"\" quotes printed for “” in the body; both kept as printed. The founder quoted is "
              "not an author.",
        paras=[
            "刚刚过去的2030年，一批枫渚本土新消费品牌走出了本地市场。主打植物基饮品的Sprucewell去年线上销售额突破3亿元，产品进入全国1.2万家便利店。",
            "\"我们做的是年轻人的日常小确幸。\"品牌创始人秦野说。据统计，全市年销售额过亿元的新消费品牌已有17个，比上年增加5个。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, render(pg, a))
    pg.gap()
    pg.furniture(["财经短评"], "column label 财经短评")
    pg.gap()
    b = Article(
        "b", "品牌“出圈”更要“出彩”", section="财经短评", kind="commentary",
        byline="司马青", authors=["司马青"],
        notes="Comment under the label 财经短评 (section) printed with its body FIRST and its headline and byline "
              "(the name alone) AFTER it; title_line is the headline after the body; commentary.",
        paras=["新消费品牌靠营销“出圈”容易，靠品质“出彩”难。流量来得快、去得也快，唯有在产品研发、供应链和服务上下足功夫，品牌才能走得更远。"])
    pg.emit(b, render(pg, b))
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.furniture(["一周财经"], "column label 一周财经")
    pg.gap()
    c1 = Article("c1", "枫渚机场年旅客吞吐量创新高", section="一周财经", lead="【枫渚机场年旅客吞吐量创新高】",
                 notes="Item of the 一周财经 strip with its headline run in in 【】: title_line is the first body "
                       "line; the bracketed headline is excluded from first. No credit: no authors.",
                 paras=["2030年枫渚机场旅客吞吐量达到1860万人次，同比增长12.4%，创历史新高。"])
    c2 = Article("c2", "首批数字人民币消费券发放", section="一周财经", lead="【首批数字人民币消费券发放】",
                 byline="（任小舷）", authors=["任小舷"], tail="（任小舷）",
                 notes="Item of the 一周财经 strip with its headline run in in 【】; the credit （X） at the end is the "
                       "byline, excluded from last.",
                 paras=["1月6日起，枫渚市分批发放数字人民币消费券2000万元，可在全市3600余家商户使用。"])
    for art in (c1, c2):
        pg.emit(art, pg.render_body(art, head_role=True))
        pg.gap()
    d = Article(
        "d", "元旦假期商圈客流增长两成",
        byline="本报讯（记者　饶念慈）", authors=["饶念慈"], lead="本报讯（记者　饶念慈）",
        notes="Economic item. Run-in 本报讯（记者 X） excluded from first. **new:** a private-use character "
              "(U+E0A7) left inside a body line is kept in the body.",
        paras=["元旦假期3天，枫渚市重点监测的8个商圈客流量达到326万人次，同比增长21.5%；\ue0a7重点零售和餐饮企业销售额4.8亿元，增长14.3%。"])
    pg.headline(d)
    pg.gap()
    pg.emit(d, render(pg, d))
    pg.blank()
    pg.furniture(["本版编辑：邰一诺", "校对：贲小朵"], "footer")
    return pg


PAGES = [ld09, ld10, ld11, ld12]
