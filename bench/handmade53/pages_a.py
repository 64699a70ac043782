"""Pages kw01-kw04 of handmade53 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def kw01() -> Page:
    """都市报 财经 page: label 记者调查 over an investigation (引题, headline, ——副题, byline 本报记者 X、Y, three
    crossheads); 消费提示 box with its own headline and no byline; label 财经简讯 over three briefs whose bold
    run-in heads open the first line; 遗失声明 block and classified-ads hotline; footer."""
    pg = Page("kw01.txt", cols=26, indent=FW * 2, blanks="para", seed=5301,
              style="都市报 财经 page: header on two lines (paper + date with weekday; A10　财经 + 责编 / 美编 / 校对); label 记者调查 over an investigation with 引题, headline, ——副题, byline line 本报记者 X、Y (names parted by 、) and three crossheads set in 【】; label 消费提示 over a box with its own headline, two paragraphs and no byline; label 财经简讯 over three briefs whose bold run-in heads open the first line (parted from the text by U+3000), credits （记者 X） and （通讯员 X　记者 Y） run in at the end, one with none; 遗失声明 block (four notices) and classified-ads hotline; footer with address and licence")
    pg.furniture(["澜江都市报　" + cn_date(2033, 3, 14),
                  "A10　财经　　责编　蒋一帆　美编　夏小棠　校对　韦青"], "page header")
    pg.blank()
    pg.furniture(["记者调查"], "column label 记者调查")
    pg.blank()
    a = Article(
        "a", "健身房“闭店”后，谁来退还会员余额", section="记者调查",
        subtitle="——本报记者走访主城区多家健身门店",
        byline="本报记者　严书瑶、阚立", authors=["严书瑶", "阚立"],
        notes="Investigation under the label 记者调查 (section). The 引题 办卡容易退费难 above the headline is neither "
              "title nor subtitle (the ——副题 is the subtitle). Byline line 本报记者 X、Y with the names parted by 、: "
              "both are authors. The three 【】 crossheads are body. Members, managers and the lawyer quoted "
              "(龚晓曼, 易承泽, 屠明远) are not authors.",
        paras=[
            "“卡里还剩两万多块钱，门店说关就关了。”3月上旬，家住澜江市滨湖区的龚晓曼发现，自己办卡两年的一家连锁健身房突然贴出“停业整顿”告示，前台人去楼空，教练也联系不上。",
            "记者近日走访主城区十余家健身门店并梳理市12345热线数据发现，今年以来涉及健身、美容等预付式消费的投诉达1137件，同比增长四成以上，其中“闭店跑路”“换主体不认卡”类投诉占比超过六成。",
            Cross("【充值八千只上了六节课】"),
            "市民易承泽去年12月在一家新开业的健身工作室办理了私教课程，一次性支付8000元。“销售说年前充值送20节课，我就交了全款。”然而上了6节课后，工作室以“装修升级”为由暂停营业，至今没有重新开门。",
            "记者按照工作室门口张贴的联系方式拨打电话，均提示为空号。同一栋楼的商户告诉记者，这家工作室开业不到半年，“最后一个月一直在搞充值活动，人最多的时候排到门外”。",
            Cross("【“换个招牌”继续收钱】"),
            "在滨湖区一处商业综合体，记者发现，一家此前被多名会员投诉的健身房已经更换了招牌，原有会员卡不再被承认。新门店的工作人员表示，“我们是新公司，和以前的老板没关系”，老会员如需继续锻炼，须按新价格重新办卡。",
            "“经营主体变更后拒绝承担原有债务，是预付式消费纠纷中的常见套路。”澜江衡平律师事务所律师屠明远介绍，如果新旧经营者之间存在资产、人员混同，消费者可以主张由新经营者承担责任，但举证难度较大。",
            Cross("【预收资金能否先存管】"),
            "记者了解到，澜江市商务部门正在起草预付式消费资金监管办法，拟要求健身、美容美发、教育培训等行业经营者将一定比例的预收资金存入监管账户，单张卡充值金额超过5000元的须签订书面合同。",
            "业内人士建议，在制度落地前，消费者办卡时应尽量选择按次或按月付费，不要被“充得多送得多”的优惠冲昏头脑。",
        ])
    pg.kicker(a, "办卡容易退费难")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["消费提示"], "column label 消费提示")
    b = Article(
        "b", "办理预付卡记住“三要三不要”", section="消费提示",
        notes="消费提示 box under its label (section) with its own headline and two paragraphs of prose and no byline: "
              "a reader takes it as a short service item of the paper, so it is an article (kind article), with no "
              "authors.",
        paras=[
            "一要查看经营者的营业执照和经营年限，二要签订书面合同并保留付款凭证，三要关注门店经营状况，发现异常及时维权。",
            "不要一次性大额充值，不要轻信“限时优惠”“充值返现”等宣传，不要把会员卡转借他人使用。遇到纠纷可拨打12315热线投诉。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["财经简讯"], "column label 财经简讯")
    pg.blank()
    briefs = [
        Article("c1", "澜江农商行发放首笔“新市民安居贷”",
                byline="（记者　欧阳晴）", authors=["欧阳晴"], tail="（记者　欧阳晴）",
                paras=["日前，澜江农商行向一名在澜江工作满三年的外地职工发放了首笔“新市民安居贷”，金额42万元，期限25年。该产品面向在本市稳定就业的新市民，首付比例最低可至20%。"]),
        Article("c2", "一季度全市新增经营主体2.3万户",
                byline="（通讯员　郦南　记者　欧阳晴）", authors=["郦南", "欧阳晴"], tail="（通讯员　郦南　记者　欧阳晴）",
                paras=["市市场监管部门数据显示，一季度全市新登记各类经营主体2.3万户，同比增长8.6%，其中个体工商户1.61万户。"]),
        Article("c3", "澜江港集装箱吞吐量同比增长9%",
                paras=["澜江港务集团发布数据，前两个月澜江港完成集装箱吞吐量36.4万标准箱，同比增长9.1%，新开通内贸航线2条。"]),
    ]
    for i, art in enumerate(briefs):
        art.section = "财经简讯"
        art.lead = art.title + FW
        art.notes = ("Brief under the label 财经简讯 (section): its bold run-in head opens the first line (the bold is "
                     "lost in the text) and is the title; the head is excluded from first. "
                     + ("The credit run in at the end is the byline, excluded from last; the names are the authors."
                        if art.tail else "No credit printed: no authors."))
        if i:
            pg.gap()
        pg.body(art, head_role=True)
    pg.blank()
    pg.furniture(["遗失声明"]
                 + wrap("澜江市鸿泰商贸有限公司遗失公章一枚，声明作废。", 26)
                 + wrap("龚志刚遗失澜江市滨湖区锦绣华庭3幢1204室购房收据一张，收据号0027513，金额50000元，声明作废。", 26)
                 + wrap("澜江市东岸餐饮管理有限公司遗失食品经营许可证正副本，声明作废。", 26)
                 + wrap("澜江禾润家政服务部遗失营业执照副本，声明作废。", 26)
                 + ["分类广告热线：（0735）8861 2207"],
                 "遗失声明 block and classified-ads hotline (notices, not articles)")
    pg.blank()
    pg.furniture(["本报地址：澜江市滨湖区望江路188号　广告经营许可证：澜工商广字第0017号"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kw02() -> Page:
    """晚报 房产 page: lead with byline ■ 本报记者 X; 一周楼市 data box with a 本周点评 note; 楼市观察 comment whose
    label, headline and byline X/文 are printed AFTER its body; 企业形象 advertorial; 拍卖公告."""
    pg = Page("kw02.txt", cols=30, indent="  ", blanks="some", seed=5302, p_para=0.4, p_gap=0.8,
              style="晚报 房产 page indented with two ASCII spaces, blank lines sometimes: header on two lines (B4 + paper·周刊 name; date with weekday + 编辑 / 版式); lead with byline line ■ 本报记者 X; 一周楼市 data box (title, header row, five district rows, 数据来源, 本周点评 note of two lines); run-in 本报讯（记者 X　通讯员 Y） item right after the box; label 楼市观察 + headline + byline X/文 printed AFTER the comment's body; 企业形象 advertorial (label, development name as headline, two paragraphs, sales address, hotline); 拍卖公告 (title, numbered lots, viewing and registration, auctioneer and date)")
    pg.furniture(["B4　栖州晚报·房产周刊",
                  cn_date(2033, 4, 8) + "　编辑：甄小禾　版式：麦穗"], "page header")
    pg.blank()
    a = Article(
        "a", "清明小长假新房成交环比回升两成",
        byline="■ 本报记者　骆晓川", authors=["骆晓川"],
        notes="Lead: byline line ■ 本报记者 X (the ■ is a mark). Sales staff and buyers quoted are not authors.",
        paras=[
            "清明小长假期间，栖州楼市迎来一波看房小高峰。据市房产交易中心网签数据，4月1日至7日，全市新建商品住宅成交1426套，环比增长21.3%，其中改善型产品成交占比接近四成。",
            "记者在城东新区、湖滨片区走访看到，多个楼盘售楼处人气明显回升。“假期三天接待了两百多组客户，比平时周末多一倍。”城东一家楼盘的销售经理说，不少客户是带着父母一起来看房的“换房族”。",
            "从价格看，全市新房成交均价为每平方米16850元，与上周基本持平。部分项目推出“特价房”“首付分期”等优惠，但整体降价幅度有限。二手房方面，当周成交1875套，环比增长12.4%，挂牌量则继续保持高位。",
            "业内人士认为，随着公积金贷款额度提高、首套房贷利率下调等政策效应逐步显现，四月楼市有望延续温和回暖态势，但购房者观望情绪仍未完全消退，市场分化将更加明显。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["一周楼市（4月1日—4月7日）",
                  "区域　　成交套数　成交面积（㎡）　均价（元/㎡）",
                  "城东新区　　386　　41230　　17420",
                  "湖滨片区　　297　　33860　　21560",
                  "老城区　　　164　　15320　　18930",
                  "高新区　　　318　　32970　　15240",
                  "北部新城　　261　　28410　　11980",
                  "数据来源：栖州市房产交易中心网签备案数据",
                  "本周点评：成交量环比回升，改善型需求入市明显，",
                  "价格保持平稳。"],
                 "一周楼市 data box with a 本周点评 note (table, not an article; the unsigned 点评 without a headline "
                 "belongs to the box)")
    pg.blank()
    e = Article(
        "e", "二手房“带押过户”操作指引发布",
        byline="本报讯（记者　骆晓川　通讯员　蒙黎）", authors=["骆晓川", "蒙黎"],
        lead="本报讯（记者　骆晓川　通讯员　蒙黎）",
        notes="Run-in 本报讯（记者 X　通讯员 Y） excluded from first; both are authors. Printed right after the 一周楼市 "
              "box and its unsigned 本周点评 note, which are not part of it.",
        paras=[
            "市不动产登记中心日前发布二手房“带押过户”操作指引，买卖双方在原贷款未结清的情况下，可通过合作银行直接办理转移登记和抵押登记，无需卖方先筹资还贷。目前全市已有14家银行开通该业务，办理时间由原来的半个月左右缩短至3个工作日。",
        ])
    pg.headline(e)
    pg.gap()
    pg.body(e)
    pg.blank()
    b = Article(
        "b", "“以旧换新”能否盘活二手房", section="楼市观察", kind="commentary",
        byline="栾知微/文", authors=["栾知微"],
        notes="Comment whose label 楼市观察 (section), headline and byline line X/文 are printed AFTER its body, as the "
              "title box sat at the foot of the column. The writer of X/文 is the author. Commentary.",
        paras=[
            "近来，栖州多家房企与中介机构联手推出“以旧换新”活动：购房者把旧房交给中介优先销售，在约定期限内售出，即可按新房认购价购买新房；卖不出去，中介兜底收购或退还定金。",
            "这一模式抓住了改善型购房者的最大顾虑——“旧房卖不掉，新房不敢买”。但也要看到，兜底收购价格往往低于市场价一到两成，约定期限普遍只有三个月，一旦旧房未能如期售出，购房者可能面临定金损失或被迫低价出手。",
            "盘活二手房，靠的不只是营销创新。只有进一步降低交易税费、提高交易效率、规范中介服务，让“卖旧买新”的链条更加顺畅，改善型需求才能真正释放出来。",
        ])
    pg.body(b)
    pg.gap()
    pg.line(b, "楼市观察", "label")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.blank()
    pg.furniture(["企业形象",
                  "栖湖·云栖府　四月加推湖景洋房"]
                 + wrap("栖湖·云栖府位于湖滨片区核心地段，距地铁3号线栖湖站约500米，周边配建九年一贯制学校和社区商业中心。项目本次加推的湖景洋房建筑面积约118至143平方米，一梯两户，南北通透。", 30, "  ")
                 + wrap("即日起至4月30日，认购客户可享总价98折优惠，首批业主还将获赠两年物业费。", 30, "  ")
                 + ["营销中心：栖州市湖滨大道677号",
                    "品鉴热线：（0742）6683 5577"],
                 "企业形象 advertorial (paid, marked by the paper; not an article)")
    pg.blank()
    pg.furniture(["拍卖公告"]
                 + wrap("受有关单位委托，我公司定于2033年4月20日上午10时在本公司拍卖厅公开拍卖以下标的：", 30, "  ")
                 + ["  1.栖州市北部新城梧桐路58号商铺一间，建筑面积86.4㎡，参考价112万元；",
                    "  2.栖州市老城区府前街17号2幢301室住宅，建筑面积92.7㎡，参考价139万元。"]
                 + wrap("展示时间：4月16日至4月18日。竞买人须于4月19日17时前交纳保证金并办理登记手续。", 30, "  ")
                 + ["栖州恒信拍卖有限公司",
                    "电话：（0742）6612 0908",
                    "2033年4月8日"],
                 "拍卖公告 (auction notice, not an article)")
    return pg


# ---------------------------------------------------------------------------
def kw03() -> Page:
    """都市报 汽车 page extracted with a blank line after EVERY line: letter-spaced lead headline with ——副题 and byline
    本报记者 X　通讯员 Y; 本周车市行情 price table; 试驾 piece signed 文/X　图/Y; 广告 advertorial; label 热线追踪
    over an item with byline 本报记者 X　见习记者 Y."""
    pg = Page("kw03.txt", cols=22, indent=FW * 2, blanks="every", seed=5303,
              style="都市报 汽车 page extracted with a blank line after EVERY line: header on two lines; lead headline letter-spaced with single ASCII spaces, ——副题, byline line 本报记者 X　通讯员 Y; 本周车市行情 price table (title, header row, four rows, note); 试驾 piece with headline holding a colon and byline line 文/X　图/Y; 广告 advertorial of a dealer (label 广告, headline, paragraph, address, hotline) between articles; label 热线追踪 over an item with byline line 本报记者 X　见习记者 Y; footer with editor and designer")
    pg.furniture(["东淮都市报　汽车周刊",
                  cn_date(2033, 5, 19) + "　C2"], "page header")
    a = Article(
        "a", "新能源车下乡活动东淮站开幕",
        subtitle="——首日订车超六百台",
        byline="本报记者　戚曼　通讯员　包远", authors=["戚曼", "包远"],
        notes="Lead: headline letter-spaced with single ASCII spaces, written unspaced; ——副题 is the subtitle; byline "
              "line 本报记者 X　通讯员 Y, both authors. Every line followed by a blank line.",
        paras=[
            "5月18日，2033年新能源汽车下乡活动东淮站在市会展中心开幕，18个品牌的60余款车型参展。活动首日，现场订车623台，成交金额约8900万元。",
            "记者在现场看到，价格在10万元以下的纯电小车和续航超过千公里的插电混动车型最受关注。来自东淮县的种植大户阎永福一口气订了两台皮卡，“拉货下地都方便，充一次电跑三四天”。",
            "据了解，活动期间购车可叠加享受市级消费券和厂家补贴，最高优惠1.2万元。市商务部门表示，今年将在各县区新建公共充电桩1200个，解决农村地区“充电难”问题。",
        ])
    pg.headline(a, sep=" ")
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["本周车市行情",
                  "车型　指导价　优惠",
                  "云豹E3　8.98万　0.6万",
                  "远驰T7　15.28万　1.5万",
                  "星河S5　12.69万　0.8万",
                  "澜途X9 PHEV　21.98万　2万",
                  "（价格仅供参考，以店内为准）"], "本周车市行情 price table (not an article)")
    c = Article(
        "c", "城市代步新选择：试驾云豹E3",
        byline="文/覃嘉木　图/甘露白", authors=["覃嘉木"],
        notes="Test-drive piece: headline holding a colon (all of it is the title). Byline line 文/X　图/Y: only the "
              "writer is an author, not the photographer (as the 图／ credits of earlier sets).",
        paras=[
            "作为一款定位城市通勤的纯电小车，云豹E3车长不到3.9米，转弯半径仅4.6米，在老城区狭窄街巷中掉头、侧方停车都很轻松。",
            "动力方面，E3搭载一台最大功率55千瓦的电机，起步轻快，城市工况下百公里电耗约10.8千瓦时。记者试驾当天开了一天空调，跑了126公里，剩余电量仍有四成。",
            "不足之处是后排空间略显局促，身高1.8米的乘客头部空间只剩一拳，后备厢也只能放下两个登机箱。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["广告",
                  "东淮远驰4S店五月购车节"]
                 + wrap("5月20日至31日，到店购买远驰全系车型，可享置换补贴最高1.5万元，首付低至一成，更有精美礼品相送。", 22, FW * 2)
                 + ["地址：东淮市开发区车城大道9号",
                    "热线：（0551）7703 6688"],
                 "广告 advertorial of a car dealer (not an article)")
    d = Article(
        "d", "新车提回家三天仪表报故障", section="热线追踪",
        byline="本报记者　钮一诺　见习记者　邵晚", authors=["钮一诺", "邵晚"],
        notes="Item under the label 热线追踪 (section) answering a reader's call: byline line 本报记者 X　见习记者 Y, both "
              "authors. The car owner and the dealer's staff quoted are not authors.",
        paras=[
            "“新车开回家才三天，仪表盘就亮起了故障灯。”近日，市民卜建平拨打本报热线反映，他5月初在东淮一家4S店购买的新车出现故障，要求退换却遭拒绝。",
            "记者陪同卜先生来到该店。售后负责人表示，经检测是胎压传感器信号异常，更换配件即可解决，不属于“三包”规定的退换车情形。经记者协调，店方同意免费更换配件，并赠送两次保养。",
            "律师提醒，新车出现质量问题，消费者应及时保留检测报告等证据，依据家用汽车产品“三包”规定维护自身权益。",
        ])
    pg.furniture(["热线追踪"], "column label 热线追踪")
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["本版编辑　沈小溪　　美编　卢川"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kw04() -> Page:
    """晚报 消费·维权 page with NO blank line anywhere: wire item 中鸿社北京…电（记者 X） ending （完）; label 读者来信
    over a letter signed by the reader on a right-aligned line; label 记者追踪 over the paper's follow-up with run-in
    本报讯（记者 X）; label 消费提示 over a box credited to the 消协 at its end; 招聘 block; hotline line."""
    pg = Page("kw04.txt", cols=28, indent=FW, blanks="never", seed=5304,
              style="晚报 消费·维权 page with NO blank line anywhere, indented with ONE U+3000: header on two lines (paper; A7 + 版名 + date with weekday); wire item with run-in 中鸿社北京3月14日电（记者 X） and （完） run in at the end; label 读者来信 over a letter (headline, two paragraphs, the reader's signature 读者　X right-aligned on a line of its own); label 记者追踪 over the paper's follow-up with run-in 本报讯（记者 X）; label 消费提示 over a box whose headline is followed by 一是／二是／三是 paragraphs and the organisation credit （锦屏市消协） run in at the end; 招聘 block; 本报热线 line; footer with editor, designer, proof-reader")
    pg.furniture(["锦屏晚报",
                  "A7　消费·维权　" + cn_date(2033, 3, 15)], "page header")
    a = Article(
        "a", "去年全国消协组织为消费者挽回损失11.6亿元",
        byline="中鸿社北京3月14日电（记者　葛朝云）", authors=["葛朝云"],
        lead="中鸿社北京3月14日电（记者　葛朝云）", tail="（完）",
        notes="Wire item of the invented agency 中鸿社: run-in dateline 中鸿社北京3月14日电（记者 X） excluded from first; "
              "（完） run in at the end excluded from last.",
        paras=[
            "记者14日从消费者权益保护部门获悉，2032年全国消协组织共受理消费者投诉131.7万件，解决113.4万件，为消费者挽回经济损失11.6亿元。",
            "从投诉领域看，服务类投诉占比首次超过六成，其中预付式消费、远程教育培训、网络直播购物、汽车售后服务等方面问题较为突出。商品类投诉中，家用电子电器、服装鞋帽和食品类位居前三。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.furniture(["读者来信"], "column label 读者来信")
    b = Article(
        "b", "小区门口的“共享充电宝”押金退不回", section="读者来信",
        byline="读者　甘若溪", authors=["甘若溪"],
        notes="Reader's letter under the label 读者来信 (section): the reader's signature 读者　X printed right-aligned on "
              "a line of its own after the text is the byline; the reader wrote it and is the author. The salutation "
              "编辑同志： opens the first paragraph and stays in the body.",
        paras=[
            "编辑同志：去年夏天，我在小区门口的便利店租用了一台共享充电宝，按要求交了99元押金。归还后，押金一直显示“退款处理中”，至今已过去半年多。我多次拨打客服电话，不是无人接听，就是让我“耐心等待”。",
            "我身边还有好几位邻居遇到了同样的情况。押金虽然不多，但这样拖着不退，是不是侵犯了消费者的权益？希望有关部门能管一管。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, FW * 18 + b.byline, "byline")
    pg.furniture(["记者追踪"], "column label 记者追踪")
    c = Article(
        "c", "平台承诺七个工作日内退还押金", section="记者追踪",
        byline="本报讯（记者　沐晨）", authors=["沐晨"], lead="本报讯（记者　沐晨）",
        notes="The paper's follow-up to the letter, under the label 记者追踪 (section): a separate article with its own "
              "headline; run-in 本报讯（记者 X） excluded from first. The platform's staff quoted are not authors.",
        paras=[
            "接到读者来信后，记者联系了该共享充电宝平台在锦屏的运营公司。工作人员解释，因去年系统升级，部分用户的押金退款请求未能及时处理，公司已对相关订单进行排查。",
            "经记者协调，平台承诺在七个工作日内将押金原路退还甘女士等用户，并已在锦屏全面改为免押金信用租借。市消协提醒，消费者遇到押金退还难问题，可保留交易记录向12315平台投诉。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["消费提示"], "column label 消费提示")
    d = Article(
        "d", "“3·15”前后警惕假冒客服退款诈骗", section="消费提示",
        byline="（锦屏市消协）", tail="（锦屏市消协）",
        notes="消费提示 box under its label (section): own headline, prose paragraphs 一是／二是／三是, and the "
              "organisation credit （锦屏市消协） run in at the end (the byline, excluded from last). An article; an "
              "organisation is not a person: no authors.",
        paras=[
            "近期，不法分子冒充电商平台或快递公司客服，以“商品质量问题理赔”“退还多收费用”为由，诱导消费者下载陌生软件、开启屏幕共享，进而盗取银行卡信息。",
            "一是接到自称客服的来电，应通过官方渠道核实；二是不点击陌生链接，不下载来历不明的软件，不开启屏幕共享；三是任何要求提供银行卡密码、短信验证码的都是诈骗，一旦被骗请立即报警。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["招聘",
                  "锦屏惠邻连锁超市诚聘",
                  "门店店长5名：大专以上学历，有零售管理经验者优先，月薪6000元起；",
                  "理货员20名：50岁以下，身体健康，月薪3800元起，缴纳五险。",
                  "报名地址：锦屏市和平路266号惠邻超市总部三楼",
                  "电话：（0766）3358 1200"], "招聘 recruitment ad (not an article)")
    pg.furniture(["本报热线：96123　投诉邮箱：xiaofei@jpwb.cn"], "hotline line")
    pg.furniture(["责编：巫晓月　美编：祁霜　校对：蒲一"], "footer")
    return pg


PAGES = [kw01, kw02, kw03, kw04]
