"""Pages lv05-lv08 of handmade78 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, wrap

AD = ("Advertisement / advertorial call of this set: a block printed under a 广告 / 推广 / 企业专版 (or 企业专版·广告) mark (also "
      "when written like an article with a headline) is an ad, not an article (the contract's kind other).")


# ---------------------------------------------------------------------------
def lv05() -> Page:
    """日报 民营经济特刊 企业风采 page, NO blank line anywhere: lead with byline line 本报记者 X; profile signed by a
    通讯员 (article); 企业专版·广告 advertorial with headline and text (ad); unsigned profile with no ad mark
    (article, no authors); slogans and address lines after the profiles; 协办 line in the footer."""
    pg = Page("lv05.txt", cols=32, indent=FW * 2, blanks="never", seed=7805,
              style="日报 民营经济特刊 企业风采 page, NO blank line anywhere: header on three lines (paper + date with weekday; 特刊 name; 特4 + 企业风采); lead with byline line 本报记者 X; company profile with byline line 通讯员 X, the firm's slogan after its body; 企业专版·广告-marked advertorial of a firm with its own headline, two paragraphs, slogan, address and hotline (an ad); company profile printed with NO byline and no ad mark, with address and phone lines after it; economic item with run-in 本报讯（记者 X）; footer with 本版由…协办 line and editor")
    pg.furniture(["泓川日报　" + cn_date(2037, 11, 6),
                  "民营经济高质量发展特刊",
                  "特4　企业风采"], "page header")
    a = Article(
        "a", "全市民营企业数量突破42万户",
        byline="本报记者　甄慕凡", authors=["甄慕凡"],
        notes="Lead of the 特刊, a normal signed article. The official quoted (戚怀远) is not an author.",
        paras=[
            "记者从泓川市市场监督管理局获悉，截至10月底，全市实有民营经济主体42.3万户，比去年底增长8.6%，占全部经营主体的96.8%。前三季度，全市民营经济增加值增长6.9%，对经济增长的贡献率超过六成。",
            "“民营企业贡献了全市七成以上的税收和八成以上的就业。”市工商业联合会副主席戚怀远说。今年以来，全市出台支持民营经济发展的措施32条，累计为企业减税降费和退税56亿元。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "泓达精工：小零件里的大世界",
        byline="通讯员　宓青禾", authors=["宓青禾"],
        notes="Company profile on the 企业风采 page, signed by a 通讯员, no 广告 / 推广 mark: an article by this set's "
              "call; the 通讯员 is the author. The firm's slogan on the line after the body is not body. The "
              "founder quoted (钮建山) is not an author.",
        paras=[
            "在泓川经济开发区，泓达精工的车间里摆满了指甲盖大小的精密齿轮。这家由三名下岗工人创办的小厂，如今是国内多家机器人企业减速器零件的核心供应商，产品精度达到微米级。",
            "“别人做不了的，我们就慢慢磨。”创始人钮建山说。去年企业营收突破6亿元，研发人员占员工总数的三成，拥有发明专利43项。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["泓达精工　精于毫厘　达于天下"], "the profiled firm's slogan after the profile (not body)")
    adv = wrap(FW * 2 + "三十年深耕纺织新材料，泓川锦程集团已形成从纤维研发、面料织造到品牌服饰的完整产业链，产品远销40多个国家和地区。", 32) + \
        wrap(FW * 2 + "集团坚持绿色制造，建成省级智能工厂2家，再生纤维年产能达到8万吨。诚邀海内外客商洽谈合作。", 32)
    pg.furniture(["企业专版·广告",
                  "锦程集团：织就绿色未来"] + adv +
                 ["锦程　织梦三十年",
                  "地址：泓川市纺城大道2号　招商热线：0×××-5576××××"],
                 "企业专版·广告-marked advertorial of a firm with its own headline and text: " + AD)
    c = Article(
        "c", "鲜语农业：把山货卖进城里的超市",
        notes="Company profile printed with NO byline and NO 广告 / 推广 mark on the 企业风采 page: by this set's call "
              "an article (kind article), with no byline and no authors. The address and phone lines after it are "
              "not body. The manager quoted (阙小苗) is not an author.",
        paras=[
            "每天清晨五点，泓川鲜语农业的冷链车就从山里的收购点出发，三个小时后，带着露水的高山蔬菜已经摆上了城区120家超市的货架。",
            "公司与周边4个乡镇的2300多户农户签订了订单协议，统一品种、统一标准、保底收购。“农户一亩地能比过去多挣1500元左右。”公司经理阙小苗说。今年前三季度，公司销售额达到2.8亿元。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["地址：泓川市农产品物流园C区　电话：0×××-5530××××"], "the profiled firm's address and phone (not body)")
    d = Article(
        "d", "民营企业专场招聘会提供岗位1.2万个",
        byline="本报讯（记者　甄慕凡）", authors=["甄慕凡"], lead="本报讯（记者　甄慕凡）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "11月5日，泓川市民营企业专场招聘会在市人力资源市场举行，326家民营企业提供就业岗位1.2万个，现场达成就业意向2860人。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本版由泓川市工商业联合会协办　　责任编辑：龚若川"], "footer with 协办 line and editor")
    return pg


# ---------------------------------------------------------------------------
def lv06() -> Page:
    """金融时报 财富周刊: label 基金经理面对面 over an interview (——副题 访…, byline 本报记者 X, 记者：／NAME：);
    风险提示 box; label 投教园地 over an article (本报记者 X　通讯员 Y); fund 广告; 活动预告 box; run-in item."""
    pg = Page("lv06.txt", cols=30, indent="  ", blanks="para", colbreak=12, seed=7806,
              style="金融时报 财富周刊 page indented with two ASCII spaces, blank lines between paragraphs and blocks, plus column breaks (a blank line every 12 body lines, also inside paragraphs): header on three lines (财富周刊 + page number; paper + date with weekday; 责任编辑 and 版式); label 基金经理面对面 over an interview: headline, ——副题 访…基金经理 X, byline line 本报记者 X, intro then 记者：／NAME： paragraphs; 风险提示 box; label 投教园地 over an investor-education article with byline line 本报记者 X　通讯员 Y; fund company advertisement (广告, slogan, 基金有风险 note, 扫码了解更多); 活动预告 box (投资者教育讲座, 扫码报名); item with run-in 本报讯（记者 X）; footer")
    pg.furniture(["财富周刊　15",
                  "鹭屿金融时报　" + cn_date(2036, 7, 21),
                  "责任编辑：颜疏桐　版式：邵闻笛"], "page header")
    pg.blank()
    pg.furniture(["基金经理面对面"], "column label 基金经理面对面")
    pg.blank()
    a = Article(
        "a", "债市波动加大，固收投资要守住底线", section="基金经理面对面", kind="interview",
        subtitle="——访鹭屿潮信基金固定收益部总监封以宁",
        byline="本报记者　阮千帆", authors=["阮千帆"],
        notes="Interview under the label 基金经理面对面 (section): ——副题 访… is the subtitle; byline line 本报记者 X "
              "(the interviewer, the author); the fund manager who answers (封以宁) is not an author. Body: intro and "
              "记者：／封以宁： paragraphs. Kind interview. The 风险提示 box after it is not body. A fund manager "
              "interviewed by a reporter is not an ad (no 广告 / 推广 mark).",
        paras=[
            "今年二季度以来，债券市场波动明显加大，部分纯债基金净值出现回撤。债市还能不能投？普通投资者该如何配置固收产品？记者专访了鹭屿潮信基金固定收益部总监封以宁。",
            "记者：近期债市调整的主要原因是什么？",
            "封以宁：一方面，前期收益率下行较快，部分资金获利了结；另一方面，市场对经济修复的预期有所升温。我们认为，这是正常的阶段性调整，债券资产的配置价值并没有发生根本变化。",
            "记者：对于普通投资者，您有什么建议？",
            "封以宁：首先要明确，债券基金不是保本产品，短期内也会出现亏损。投资者要看清产品的投资范围和久期，不要只盯着过去一年的收益率。对于风险承受能力较低的投资者，可以选择短债基金或同业存单指数基金，并尽量拉长持有期限。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(wrap("风险提示：本文观点仅代表受访者个人意见，不构成任何投资建议。基金过往业绩不代表其未来表现，投资有风险，入市须谨慎。", 30),
                 "风险提示 box (not body)")
    pg.blank()
    pg.furniture(["投教园地"], "column label 投教园地")
    pg.blank()
    b = Article(
        "b", "警惕“保本高息”背后的非法集资陷阱", section="投教园地",
        byline="本报记者　阮千帆　通讯员　程露", authors=["阮千帆", "程露"],
        notes="Investor-education article under the label 投教园地 (section): byline line 本报记者 X　通讯员 Y, both "
              "authors. The 本版由…协办 line printed in the footer does not make it an ad. The official quoted "
              "(倪东篱) is not an author.",
        paras=[
            "“年化收益12%，保本保息，随时可取。”近期，鹭屿市民韦女士在小区门口接到一张理财宣传单，差点就把20万元积蓄投了进去。",
            "鹭屿市地方金融管理局提醒，凡是承诺“保本高息”的理财项目都要提高警惕。“正规金融机构不会向公众承诺保本和固定高收益，更不会在街头发传单揽储。”该局相关负责人倪东篱说。",
            "今年上半年，全市共排查涉嫌非法集资风险线索86条，立案查处案件19起。市民如发现可疑情况，可拨打举报电话反映。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["广告",
                  "潮信基金　专业创造价值",
                  "潮信稳健增利债券基金　持续发售中",
                  "客服热线：400-××8-6655",
                  "基金有风险，投资需谨慎",
                  "扫码了解更多"], "fund company advertisement (广告 mark): " + AD)
    pg.blank()
    pg.furniture(["活动预告",
                  "“理性投资　从我做起”投资者教育公益讲座",
                  "时间：7月26日（周六）14:30",
                  "地点：鹭屿市图书馆报告厅",
                  "扫码报名，名额有限"], "活动预告 box (not an article)")
    pg.blank()
    c = Article(
        "c", "上半年全市新增基金投资者账户9.6万户",
        byline="本报讯（记者　甘棠影）", authors=["甘棠影"], lead="本报讯（记者　甘棠影）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从鹭屿证券业协会获悉，今年上半年全市新增基金投资者账户9.6万户，同比增长12.5%，其中30岁以下投资者占比达到38%。截至6月末，全市投资者持有公募基金规模约1260亿元。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["本版由鹭屿市证券业协会协办　　校对：宗小溪"], "footer with 协办 line and proof-reader")
    return pg


# ---------------------------------------------------------------------------
def lv07() -> Page:
    """经济报 县域特刊 "走进柘岭" in a narrow column: lead (kicker, headline, byline); feature whose body comes FIRST
    and whose headline and byline line follow it; label 企业风采 over a profile credited （…供稿） (no person);
    广告 with 扫码; 本版由…协办 line."""
    pg = Page("lv07.txt", cols=20, indent=FW * 2, blanks="arts", seed=7807,
              style="经济报 县域特刊 page in a narrow column, blank lines only between articles and blocks: header on three lines (paper; date with weekday; 特刊 name 走进柘岭 + 第2版); lead with 引题 kicker, headline, byline line 本报记者 X; feature whose body comes FIRST and whose headline and byline line 本报记者 X　Y are printed AFTER it; label 企业风采 over a company profile credited （柘岭县融媒体中心供稿） at its end (no person); 广告 block of the county's tourism (slogan, hotline, 扫码了解更多); economic item with run-in 本报讯（通讯员 X）; footer with 本版由…协办 line")
    pg.furniture(["柘岭经济报",
                  cn_date(2037, 6, 3),
                  "走进柘岭·特刊　第2版"], "page header")
    pg.blank()
    a = Article(
        "a", "茶产业综合产值突破80亿元",
        byline="本报记者　晏青岚", authors=["晏青岚"],
        notes="Lead of the county 特刊. The 引题 kicker 一片叶子富一方百姓 is neither title nor subtitle. The grower "
              "quoted (邰春山) is not an author.",
        paras=[
            "柘岭县是全省重点产茶县。去年，全县茶园面积达到26.5万亩，干毛茶产量1.9万吨，茶产业综合产值突破80亿元，带动4.6万户茶农增收。",
            "“以前卖鲜叶，现在卖品牌。”茶农邰春山说，合作社注册的“柘岭云雾”商标让每斤干茶多卖了60元。",
        ])
    pg.kicker(a, "一片叶子富一方百姓")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "古村来了年轻人",
        byline="本报记者　晏青岚　祁南星", authors=["晏青岚", "祁南星"],
        notes="Feature whose body is printed FIRST and whose headline and byline line (本报记者 X　Y, both authors) "
              "come AFTER it: the body runs from its first to its last text line. The innkeeper quoted (娄一帆) is "
              "not an author.",
        paras=[
            "周末的石桥村，青石巷里满是拍照的游客。三年前，这里还只剩下不到百位老人；如今，村里开起了23家民宿、9家咖啡馆和手作工坊，返乡和外来的年轻人有60多位。",
            "从省城辞职回来的娄一帆把祖屋改成了民宿，“旺季要提前一个月订房”。去年，石桥村接待游客41万人次，村集体收入达到186万元。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    pg.furniture(["企业风采"], "column label 企业风采")
    c = Article(
        "c", "柘岭竹业：一根竹子“吃干榨净”", section="企业风采",
        byline="（柘岭县融媒体中心供稿）", authors=[], tail="（柘岭县融媒体中心供稿）",
        notes="Company profile under the label 企业风采, with no 广告 / 推广 mark: an article by this set's call. It "
              "is credited （柘岭县融媒体中心供稿） run in at its end (the byline, excluded from last), which names a "
              "body and no person: no authors.",
        paras=[
            "竹笋做罐头，竹竿做地板，竹屑做生物质燃料，竹叶提取黄酮……在柘岭竹业有限公司，一根竹子被开发出40多种产品，综合利用率接近百分之百。去年，公司实现产值7.3亿元，带动周边竹农户均增收8000元。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["广告",
                  "柘岭欢迎您",
                  "山水柘岭　茶香人家",
                  "旅游咨询：0×××-7720××××",
                  "扫码了解更多"], "county tourism advertisement (广告 mark): " + AD)
    pg.blank()
    d = Article(
        "d", "柘岭至省城高速年内通车",
        byline="本报讯（通讯员　卓一苇）", authors=["卓一苇"], lead="本报讯（通讯员　卓一苇）",
        notes="Run-in 本报讯（通讯员 X） excluded from first; the 通讯员 is the author.",
        paras=[
            "日前从柘岭县交通运输局获悉，全长68公里的柘岭至省城高速公路主体工程已完工，预计年底前建成通车。届时，柘岭到省城的车程将由两个半小时缩短至一小时。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.blank()
    pg.furniture(["本版由中共柘岭县委宣传部协办",
                  "编辑：卜晚晴　美编：鄢小禾"], "footer with 协办 line, editor and designer")
    return pg


# ---------------------------------------------------------------------------
def lv08() -> Page:
    """商报 消费·家居 page extracted with a blank line after EVERY line: consumption report (byline line
    本报记者 X); 推广 advertorial with headline and text (ad); 产品推荐 box; 消费提示 item with a headline on two
    lines and run-in 本报讯（记者 X）; 活动预告 box."""
    pg = Page("lv08.txt", cols=18, indent=FW, blanks="every", seed=7808,
              style="商报 消费·家居 page extracted with a blank line after EVERY line, narrow column indented with ONE U+3000: header on two lines (消费·家居 + page number; paper + date with weekday); consumption report with byline line 本报记者 X; 推广-marked advertorial of a furniture brand with its own headline and two paragraphs (an ad); 产品推荐 box (three products with prices); label 消费提示 over an item with a headline on two lines and run-in 本报讯（记者 X）; item signed （实习生 X） at the end; 活动预告 box (家博会, 扫码领券); footer with hotline")
    pg.furniture(["消费·家居　A11",
                  "槿湾商报　" + cn_date(2038, 3, 18)], "page header")
    a = Article(
        "a", "以旧换新带动家居消费回暖",
        byline="本报记者　骆星辞", authors=["骆星辞"],
        notes="Consumption report with byline line 本报记者 X. The shop assistant and buyer quoted are not authors.",
        paras=[
            "记者走访槿湾多家家居卖场发现，以旧换新补贴政策实施以来，智能家居和适老化家具销售明显升温。2月份，全市家居类商品零售额同比增长13.6%。",
            "“换一套智能马桶和浴室柜，补贴下来能省一千多元。”正在选购的市民葛先生说。一家卖场的导购告诉记者，电动床和升降桌的销量比去年同期翻了一番。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    adv = wrap(FW + "告别甲醛焦虑，从一张好板材开始。森语家居全系产品采用无醛添加板材，环保等级达到ENF级。", 18) + \
        wrap(FW + "即日起至3月31日，全屋定制每平方米立减80元，旧家具上门回收抵现。", 18)
    pg.furniture(["推广",
                  "森语家居：",
                  "让家回归自然"] + adv,
                 "推广-marked advertorial of a furniture brand with its own headline (on two lines) and text: " + AD)
    pg.furniture(["产品推荐",
                  "◆智能电动床　4999元起",
                  "◆实木升降书桌　2380元",
                  "◆恒温浴室柜　3260元",
                  "以上价格以门店实际为准"], "产品推荐 box (not an article)")
    pg.furniture(["消费提示"], "column label 消费提示")
    b = Article(
        "b", "定制家具签合同前要看清这几条", section="消费提示",
        head=["定制家具签合同前", "要看清这几条"],
        byline="本报讯（记者　骆星辞）", authors=["骆星辞"], lead="本报讯（记者　骆星辞）",
        notes="Item under the label 消费提示 (section), headline on two lines (joined). Run-in 本报讯（记者 X） "
              "excluded from first. Advice from the consumer association to buyers, not an ad.",
        paras=[
            "槿湾市消费者协会提醒，定制家具消费纠纷近年来明显增多。签订合同时，应写明板材品牌、环保等级、五金配件型号和交货时间，并约定尺寸误差和延期交货的违约责任，保留好付款凭证。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "春季家装订单同比增长两成",
        byline="（实习生　岑一朵）", authors=["岑一朵"], tail="（实习生　岑一朵）",
        notes="Item with its credit （实习生 X） run in at the end (the byline, excluded from last); the 实习生 is "
              "the author. The decoration firm named is reported on, not advertising (no 广告 / 推广 mark).",
        paras=[
            "槿湾市装饰行业协会数据显示，今年以来全市家装企业新签订单同比增长21%，局部改造和旧房翻新订单占比超过一半，平均客单价约7.8万元。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["活动预告",
                  "第十二届槿湾家博会",
                  "3月28日—30日",
                  "槿湾国际会展中心",
                  "扫码领券　到场有礼"], "活动预告 box (not an article)")
    pg.furniture(["广告热线：0×××-3367××××"], "footer with 广告热线")
    return pg


PAGES = [lv05, lv06, lv07, lv08]
