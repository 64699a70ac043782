"""Pages o01-o04 of handmade24 (development set; all papers, names, firms, places and figures invented).

Metropolitan and evening papers: 澜江晚报 (o01, o03), 汀州都市报 (o02, o04)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date


# ---------------------------------------------------------------------------
def o01() -> Page:
    """晚报 封面 (A01): masthead with weather; lead with 引题, headline, ——副题, byline line 本报记者 X　通讯员 Y and
    a jump line （下转A3版）; photo news 文／图　记者 X; 导读 box of three teasers (title, one-line summary, ▶A6版);
    run-in 本报讯（记者 X） item; QR-code and 新闻热线 prompt; footer."""
    pg = Page("o01.txt", cols=22, indent=FW * 2, blanks="para", seed=2401,
              style="晚报 封面 A01: six-line masthead (paper, English name, date with weekday, 今日32版 + issue number, CN line, weather); lead with 引题 kicker, headline, ——副题 and byline line 本报记者 X　通讯员 Y, ending in a jump line （下转A3版） on a line of its own; photo news (brief) with headline and byline line 文／图　记者 X ABOVE the caption; 导读 box of three teasers (title, one-sentence summary, ▶详见A6版); run-in 本报讯（记者 X） item; QR-code prompt and 新闻热线 line; footer with editor, designer, proof-reader")
    pg.furniture(["澜江晚报",
                  "LANJIANG EVENING NEWS",
                  cn_date(2035, 11, 14),
                  "今日32版　第12836期",
                  "澜江日报社主管主办　国内统一连续出版物号　CN 33-0187",
                  "今天　多云转小雨　12℃～18℃　东北风3级"], "masthead with weather")
    pg.blank()
    a = Article(
        "a", "明年起我市改造老旧小区186个",
        subtitle="——惠及居民4.2万户，加装电梯、停车、养老设施一并安排",
        byline="本报记者　林晚舟　通讯员　赵沐阳", authors=["林晚舟", "赵沐阳"],
        notes="Front-page lead. The 引题 kicker 市政府常务会议审议通过城市更新三年行动方案 is neither title nor subtitle "
              "(the ——副题 is the subtitle). Byline line 本报记者 X　通讯员 Y: both are authors. **new:** the jump line "
              "（下转A3版） printed on a line of its own after the text is not body (furniture); the article continues "
              "on another page, its last is the last printed characters here. The official quoted is not an author.",
        paras=[
            "昨天下午召开的市政府常务会议审议通过《澜江市城市更新三年行动方案（2036—2038年）》。根据方案，明年起我市将启动186个老旧小区综合改造，涉及居民4.2万户，总投资约38亿元，其中明年计划开工73个。",
            "与以往“刷墙铺路”式的改造不同，这一轮改造更强调“缺什么补什么”。方案明确，改造内容分为基础类、完善类和提升类三类，除了更换老化的水电气管网、修缮屋面外墙，还将因地制宜加装电梯、增设停车位和充电设施，在有条件的小区嵌入社区食堂、日间照料中心等养老服务设施。",
            "市住建局有关负责人介绍，改造前将逐个小区征求居民意见，“改不改、改什么、怎么改”由居民商量着定。对于加装电梯，市级财政对每台电梯的补助标准由15万元提高到20万元，",
        ])
    pg.kicker(a, "市政府常务会议审议通过城市更新三年行动方案")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转A3版）"], "jump line （下转A3版） (not body)")
    pg.gap()
    p = Article(
        "p", "江滨银杏醉游人", kind="brief",
        byline="文／图　记者　顾一鸣", authors=["顾一鸣"],
        notes="Photo news (brief): headline, then the credit line 文／图　记者 X ABOVE the caption (the byline; "
              "he wrote and photographed it: author).",
        paras=[
            "连日来，江滨路两侧的300多棵银杏树进入最佳观赏期，金黄的落叶铺满人行道，吸引不少市民前来拍照打卡。市园林部门表示，为留住这道秋景，落叶将保留至本月底再集中清扫，并在路口增设了临时停车引导。",
        ])
    pg.headline(p)
    pg.line(p, p.byline, "byline")
    pg.body(p)
    pg.gap()
    pg.furniture(["导读",
                  "一碗面的涨价风波",
                  "城东一家老面馆涨价两元引发争议，店主说出了自己的难处。",
                  "▶详见A6版",
                  "公积金贷款额度上调",
                  "首套房最高可贷120万元，二孩以上家庭再上浮20%。",
                  "▶详见A14版",
                  "秋招进入“下半场”",
                  "应届生更看重成长空间，六成受访者愿意去二线城市。",
                  "▶详见A18版"], "导读 box: three teasers of other pages' articles (not articles)")
    pg.gap()
    c = Article(
        "c", "地铁5号线二期下月底试运营",
        byline="本报讯（记者　许知远）", authors=["许知远"], lead="本报讯（记者　许知远）",
        notes="Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者昨天从市轨道交通集团获悉，地铁5号线二期工程已完成全部设备调试和不载客试运行，各项指标符合要求，预计下月底开通试运营。",
            "5号线二期全长14.6公里，设车站9座，串联起城北新区和高铁北站。开通后，城北新区居民到市中心的通勤时间将由原来的1小时左右缩短到35分钟。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["扫码下载“澜江晚报”客户端　看更多城市新闻",
                  "新闻热线：966555　　投诉举报：966556"], "QR-code prompt and 新闻热线 line")
    pg.blank()
    pg.furniture(["本版编辑：沈一禾　美编：蒋小洛　校对：叶青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def o02() -> Page:
    """都市报 民生·热线 page: label 热线追踪 over a reader complaint and the reporter's follow-up (kicker, quoted
    headline, ——副题, byline line 首席记者 X　见习记者 Y, 【读者来电】【记者调查】【最新进展】 crossheads); label
    热线回音 over two short items (run-in 本报讯（见习记者 X）, 本报讯（记者 X　实习生 Y）); 新闻热线 box."""
    pg = Page("o02.txt", cols=26, indent=FW * 2, blanks="some", seed=2402, p_para=0.4, p_gap=0.85,
              style="都市报 民生·热线 page: header on two lines (paper + date with weekday; A07 + 版名 + 首席编辑); label 热线追踪 over a reader complaint and the reporter's follow-up with 引题 kicker, headline in quotation marks, ——副题, byline line 首席记者 X　见习记者 Y and three 【】 crossheads (读者来电 / 记者调查 / 最新进展); label 热线回音 over two short items with run-in 本报讯（见习记者 X） and 本报讯（记者 X　实习生 Y）; 新闻热线 box (hotline, WeChat, prompt); footer")
    pg.furniture(["汀州都市报　" + cn_date(2035, 11, 15),
                  "A07　民生·热线　　首席编辑：邱望　　美编：罗一　　校对：甘棠"], "page header")
    pg.blank()
    pg.furniture(["热线追踪"], "column label 热线追踪")
    a = Article(
        "a", "“充电桩装好半年，啥时候能用上？”", section="热线追踪",
        subtitle="——记者调查发现，电力增容手续卡在物业和开发商之间",
        byline="首席记者　周砚秋　见习记者　田小满", authors=["周砚秋", "田小满"],
        notes="Reader complaint and the reporter's follow-up under the label 热线追踪 (section). **new:** the body opens with the crosshead line 【读者来电】 (its first crosshead), which is body like the others, so first starts with it. Headline printed in "
              "quotation marks (kept in the title, as printed). The 引题 kicker 读者反映小区公共充电桩迟迟不通电 is neither "
              "title nor subtitle; the ——副题 is the subtitle. **new:** byline line 首席记者 X　见习记者 Y: both are "
              "authors (首席记者 and 见习记者 are ranks of reporters). The 【】 crossheads are body. The reader who "
              "called (吴先生), the property manager and the utility staff quoted are not authors.",
        paras=[
            Cross("【读者来电】"),
            "“小区里的12个公共充电桩5月份就装好了，到现在快半年了，一直没通电，屏幕上天天显示‘设备离线’。”前天，家住汀州市河西区锦澜花园的吴先生拨打本报新闻热线反映。他说，小区里开新能源车的业主越来越多，大家只能到两公里外的公共充电站排队，“有时候排一个小时，充电半小时”。",
            Cross("【记者调查】"),
            "昨天上午，记者来到锦澜花园地下车库，看到12个充电桩整齐排列在B区车位旁，桩体上的塑料保护膜还没有撕掉，部分充电枪线上落了一层灰。几位正在车库取车的业主围过来说，大家多次找物业询问，得到的答复都是“在走流程”。",
            "小区物业服务中心的李经理告诉记者，充电桩是开发商按照规划配建的，但小区原有的配电容量不够，需要向供电部门申请增容。“增容的费用大概要40多万元，开发商认为应该由物业从公共收益里出，我们认为这是开发商配建的一部分，双方一直没谈拢。”",
            "记者随后联系了开发商汀州锦澜置业有限公司。一位工作人员表示，公司正在和物业协商费用分担方案，“不是不管，是还没谈妥”。",
            Cross("【最新进展】"),
            "在记者协调下，河西区住建局、街道、开发商和物业昨天下午进行了现场协商。四方初步商定：增容费用由开发商先行垫付，后续再按合同约定结算；供电部门开辟绿色通道，力争在12月中旬前完成增容，年底前充电桩通电投用。本报将继续关注。",
        ])
    pg.kicker(a, "读者反映小区公共充电桩迟迟不通电")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["热线回音"], "column label 热线回音")
    items = [
        Article("b", "楼道堆放杂物已全部清理",
                byline="本报讯（见习记者　田小满）", authors=["田小满"], lead="本报讯（见习记者　田小满）",
                notes="Item under the label 热线回音 (section). Run-in 本报讯（见习记者 X） excluded from first; the 见习记者 "
                      "is the author.",
                paras=[
                    "本报11月8日报道了城南街道桂香里小区楼道堆放大量杂物、存在消防隐患的问题。昨天，记者回访看到，小区6栋楼道里堆放的旧家具、纸箱等杂物已被全部清理，楼道内新安装了应急照明灯。社区负责人表示，下一步将每周开展一次巡查，防止杂物“回潮”。",
                ]),
        Article("c", "公交站牌错字已更正",
                byline="本报讯（记者　郝一帆　实习生　孟可）", authors=["郝一帆", "孟可"],
                lead="本报讯（记者　郝一帆　实习生　孟可）",
                notes="Item under the label 热线回音 (section). Run-in 本报讯（记者 X　实习生 Y） excluded from first; the "
                      "reporter and the 实习生 are authors.",
                paras=[
                    "有读者反映，汀州大道“枫林路口”公交站的站牌把“枫林”错印成了“风林”。市公交集团接到本报转办后，已于前天更换了新站牌，并对全线站牌进行了排查。公交集团相关负责人表示，今后将加强站牌制作和安装环节的审核，欢迎市民继续监督。",
                ]),
    ]
    for art in items:
        art.section = "热线回音"
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.blank()
    pg.furniture(["汀州都市报新闻热线　968110",
                  "微信公众号：汀州都市报　　抖音：@汀都新闻",
                  "您身边有烦心事、新鲜事，欢迎拨打热线或扫码留言"], "新闻热线 box")
    return pg


# ---------------------------------------------------------------------------
def o03() -> Page:
    """晚报 房产 page extracted with a blank line after EVERY line, indented with two ASCII spaces: 引题 kicker over
    a headline on two lines (broken at a phrase) and byline line 记者 X; 楼盘 advertisement between articles; run-in
    本报讯（记者 X　通讯员 Y）; byline line 见习记者 X."""
    pg = Page("o03.txt", cols=20, indent="  ", blanks="every", seed=2403,
              style="晚报 房产 page extracted with a blank line after EVERY line, indented with two ASCII spaces: header on three lines (paper; date with weekday + A14; 版名 房产); lead with 引题 kicker, headline on two lines broken at a phrase and byline line 记者 X; 楼盘 ADVERTISEMENT (广告, project name, selling points, opening date, hotline, address, 要约邀请 notice) between articles; run-in 本报讯（记者 X　通讯员 Y） item with a headline of two phrases parted by a space; byline line 见习记者 X (compound surname); footer with editor, designer, proof-reader")
    pg.furniture(["澜江晚报",
                  cn_date(2035, 11, 14) + "　A14",
                  "房产"], "page header")
    a = Article(
        "a", "10月主城区新房成交环比增长近三成", head=["10月主城区新房成交", "环比增长近三成"],
        subtitle="“金九银十”成绩单出炉",
        byline="记者　韦一澄", authors=["韦一澄"],
        notes="The 引题 kicker above the headline (no 副题 printed) is the subtitle, as g01 of handmade22. Headline on two lines broken at "
              "a phrase, joined. Byline line 记者 X. The agency analyst quoted is not an author.",
        paras=[
            "记者从市住房保障和房产管理局获悉，10月，我市主城区新建商品住宅网签成交5216套，环比增长28.7%，同比增长9.4%，成交面积59.3万平方米，创今年以来单月新高。",
            "从区域看，城北新区和滨江区成交量位居前两位，合计占主城区成交总量的46%。从面积段看，120平方米以上的改善型产品成交占比提升到38%，比上半年提高了7个百分点。",
            "“10月有多个新盘集中入市，加上公积金新政落地，购房者入市意愿明显回升。”一家房产经纪机构的研究部负责人分析，目前主城区新房库存去化周期约为14个月，处于相对合理区间，预计年底前成交将保持平稳。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["广告",
                  "澜江·云栖府",
                  "城芯低密洋房　建面约98—143㎡",
                  "11月16日　样板间盛大开放",
                  "品鉴热线：400-8××-6677",
                  "项目地址：滨江区望澜路与云栖街交叉口",
                  "本广告仅为要约邀请，最终以政府部门批准文件为准"], "楼盘 advertisement (not an article)")
    b = Article(
        "b", "公积金贷款额度上调首套最高可贷120万元", head=["公积金贷款额度上调 首套最高可贷120万元"],
        byline="本报讯（记者　韦一澄　通讯员　陆婉清）", authors=["韦一澄", "陆婉清"],
        lead="本报讯（记者　韦一澄　通讯员　陆婉清）",
        notes="Headline of two phrases parted by an ASCII space, written unspaced. Run-in 本报讯（记者 X　通讯员 Y） "
              "excluded from first; both are authors.",
        paras=[
            "市住房公积金管理中心昨天发布通知，自12月1日起，职工家庭购买首套自住住房申请公积金贷款的最高额度由100万元调整为120万元，购买第二套的最高额度由80万元调整为100万元。",
            "同时，多子女家庭购买首套住房，贷款最高额度可在上述标准基础上再上浮20%。通知还明确，职工在本市购买新建商品住房的，可以提取本人及配偶的公积金账户余额用于支付首付款。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "二手房挂牌量高位运行买方议价空间扩大",
        head=["二手房挂牌量高位运行", "买方议价空间扩大"],
        byline="见习记者　欧阳小溪", authors=["欧阳小溪"],
        notes="Headline on two lines, joined. Byline line 见习记者 X (compound surname 欧阳): the 见习记者 is the author. "
              "The seller and the agent quoted are not authors.",
        paras=[
            "记者从多家房产中介门店了解到，目前我市二手房挂牌量维持在9万套左右的高位，买方市场特征较为明显。“现在看房的客户不少，但出手都很谨慎，成交价普遍比挂牌价低5%到8%。”城西一家中介门店的店长说。",
            "在滨江区一个建成十年的小区，业主谢女士的房子挂牌已有四个月，先后两次调价。“原来想卖320万元，现在290万元也愿意谈。”业内人士建议，卖房的业主要根据市场行情合理定价，买房的市民则可多比较几个同类小区的成交价格。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["责任编辑：韩晓　美编：潘一　校对：陈默"], "footer")
    return pg


# ---------------------------------------------------------------------------
def o04() -> Page:
    """都市报 汽车 page in narrow columns as extraction reads them: two articles interleaved (A's headline and first
    column piece, B's headline and first piece, A's second piece, B's second piece); 车展 advertisement; 试驾 piece
    with 文／图　记者 X and a photo caption after it; label 车市速递 over a run-in 本报讯 item."""
    pg = Page("o04.txt", cols=18, indent=FW * 2, blanks="some", seed=2404, p_para=0.3, p_gap=0.9,
              style="都市报 汽车 page in 18-character columns: header on three lines (paper; A12 汽车; date with weekday); lead with headline, ——副题 and byline line 记者 X whose body is printed in TWO pieces with the second article's headline, byline and first piece between them, and the second article's body also in two pieces (A1 B1 A2 B2, as column pieces come out of extraction); 车展 ADVERTISEMENT (广告, show name, dates, venue, ticket QR prompt); 试驾 piece with byline line 文／图　记者 X and a photo caption with credit after it; label 车市速递 over a run-in 本报讯（记者 X） item; footer")
    pg.furniture(["汀州都市报",
                  "A12　汽车",
                  cn_date(2035, 11, 15)], "page header")
    pg.blank()
    a = Article(
        "a", "汀州车展11月22日开幕",
        subtitle="——展出面积5万平方米，近百个品牌参展",
        byline="记者　裴景行", authors=["裴景行"],
        notes="Lead with ——副题 (subtitle) and byline line 记者 X. **new:** its body is printed in two pieces with the "
              "next article's headline, byline and first piece between them (the page's columns read A1 B1 A2 B2); "
              "first and last are those of the whole text. The organizer quoted is not an author.",
        paras=[
            "记者从车展组委会获悉，第十二届汀州国际汽车展览会将于11月22日至26日在汀州国际博览中心举行。本届车展展出面积5万平方米，设9个室内展馆和1个户外试驾区，共有98个汽车品牌参展，预计展出整车900余台。",
            "新能源汽车依旧是本届车展的主角。组委会工作人员介绍，参展车型中新能源车占比超过七成，将有15款新车在车展期间进行区域首发。户外试驾区将提供40余款车型供市民免费试乘试驾。",
            "为方便市民观展，车展期间地铁2号线博览中心站将延长运营至晚上10点，展馆周边新增临时停车位3000个。门票可通过组委会官方小程序购买，60岁以上老人和1.2米以下儿童免票。",
        ])
    b = Article(
        "b", "10月本市新能源车上牌量占比过半",
        byline="记者　唐若溪", authors=["唐若溪"],
        notes="Headline and byline line 记者 X printed between the two pieces of the lead's body; its own body is in "
              "two pieces too (A1 B1 A2 B2). The dealer quoted is not an author.",
        paras=[
            "记者从市公安局交警支队车管所了解到，10月，全市新注册登记小型客车2.36万辆，其中新能源汽车1.21万辆，占比达到51.3%，这是我市新能源车月度上牌量占比首次超过一半。",
            "“来店里看车的客户，十个里有七八个是冲着新能源车来的。”汀州大道一家汽车4S店的销售经理说，以旧换新补贴叠加厂家年底促销，不少车型的落地价比年初低了两三万元。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    a1, a2 = Page.chunks(pg.render_body(a), [12])
    b1, b2 = Page.chunks(pg.render_body(b), [8])
    pg.emit(a, a1)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.gap()
    pg.emit(a, a2)
    pg.gap()
    pg.emit(b, b2)
    pg.blank()
    pg.furniture(["广告",
                  "第十二届汀州国际车展",
                  "11月22日—26日",
                  "汀州国际博览中心",
                  "扫码购票　立减10元",
                  "咨询电话：400-6××-2210"], "车展 advertisement (not an article)")
    pg.blank()
    c = Article(
        "c", "试驾启程S7：续航扎实，智驾还需打磨",
        byline="文／图　记者　唐若溪", authors=["唐若溪"],
        notes="试驾 piece (article, not photo news): byline line 文／图　记者 X, the writer is the author. The photo "
              "caption with credit after the body is not body.",
        paras=[
            "日前，记者试驾了即将在汀州车展上市的启程S7纯电轿车。这款车定位中型家用轿车，官方公布的综合续航里程为620公里。",
            "试驾当天气温12℃左右，记者从市区出发，沿环城高速行驶约180公里，其中高速路段约占六成，全程开启空调。回到出发点时，仪表显示剩余续航约390公里，实际能耗表现较为扎实。",
            "在城市道路上，这款车的动力响应线性，单踏板模式的制动回收力度适中，新手也容易上手。不过，在晚高峰车流密集时，辅助驾驶系统对加塞车辆的判断略显保守，几次减速较为突然。",
            "总体来看，启程S7在空间、续航和舒适性方面表现均衡，适合家庭用户通勤使用，智能驾驶功能则还有进一步打磨的空间。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["启程S7车内中控屏。", "记者　唐若溪　摄"], "photo caption with credit (not body)")
    pg.blank()
    pg.furniture(["车市速递"], "column label 车市速递")
    d = Article(
        "d", "二手车交易量同比增长12%", section="车市速递",
        byline="本报讯（记者　裴景行）", authors=["裴景行"], lead="本报讯（记者　裴景行）",
        notes="Item under the label 车市速递 (section). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "市二手车交易市场昨天发布的数据显示，今年1至10月，全市二手车交易量达到8.7万辆，同比增长12.1%，交易额46.3亿元。其中，车龄在3年以内的准新车交易占比提高到31%，新能源二手车交易量同比翻了一番。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["编辑：蔡一舟　　美编：林菲　　校对：何苗"], "footer")
    return pg


PAGES = [o01, o02, o03, o04]
