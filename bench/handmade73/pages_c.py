"""Pages lq09-lq12 of handmade73 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, Raw, cn_date, wrap


def points(items: list[str], cols: float, indent: str = "") -> Raw:
    """Numbered points of a 提醒 notice, each starting a line of its own and wrapped at the column."""
    out: list[str] = []
    for it in items:
        out += wrap(it, cols, indent, "")
    return Raw(out)


# ---------------------------------------------------------------------------
def lq09() -> Page:
    """Evening paper 楼市·民生 page with column breaks: headline on two lines with byline line 融媒体记者 X　见习记者 Y;
    label 提个醒 over a 提醒 item (exclamation headline, run-in 本报讯（记者 X　通讯员 Y）, numbered points ①②③);
    菜价 table with arrows; item with byline line 本报记者 X; footer with QR-code line."""
    pg = Page("lq09.txt", cols=22, indent=FW * 2, blanks="para", colbreak=9, seed=7309,
              style="evening paper 楼市·民生 page, blank lines between paragraphs and blocks plus column breaks (a blank line every 9 body lines, also inside paragraphs): header on three lines (paper; date with weekday; A10 + 版名 + 编辑); report with a headline on two lines and byline line 融媒体记者 X　见习记者 Y; label 提个醒 over a 提醒 item with an exclamation headline, run-in 本报讯（记者 X　通讯员 Y） and points ①②③; 本周菜价 table with ↑↓ marks; economic item with byline line 本报记者 X; footer with QR-code line")
    pg.furniture(["琅城晚报",
                  cn_date(2037, 3, 26),
                  "A10　楼市·民生　　编辑：鄢小芹"], "page header")
    pg.blank()
    a = Article(
        "a", "二手房交易回暖中介门店忙起来了", head=["二手房交易回暖", "中介门店忙起来了"],
        byline="融媒体记者　祁远　见习记者　栾小雪", authors=["祁远", "栾小雪"],
        notes="Headline on two lines, joined. Byline line 融媒体记者 X　见习记者 Y: both authors. Column breaks (blank "
              "lines every 9 body lines) fall inside paragraphs. The agent and the buyer quoted are not authors.",
        paras=[
            "“这个周末带看了11组客户，签了2单。”3月24日，琅城市河西一家房产中介门店的经纪人甄小北告诉记者，开春以来门店的电话明显多了起来。",
            "琅城市房地产交易中心数据显示，3月1日至24日，全市二手住宅网签1862套，环比增长36%，同比增长21%。成交以90平方米以下的中小户型为主，总价100万元以内的房源占六成。",
            "刚在城东签下一套两居室的市民牛先生说，他看了半年房，这次下决心主要是因为房贷利率降了，“月供比去年少了四百多块”。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["提个醒"], "column label 提个醒")
    pg.gap()
    b = Article(
        "b", "春季燃气安全别大意！", section="提个醒",
        byline="本报讯（记者　祁远　通讯员　谷丰）", authors=["祁远", "谷丰"], lead="本报讯（记者　祁远　通讯员　谷丰）",
        notes="提醒 item under the label 提个醒 (section) with its own exclamation headline and run-in "
              "本报讯（记者 X　通讯员 Y） (excluded from first; both authors): an article. Points ①②③ are body.",
        paras=[
            "近日，琅城市燃气集团开展春季入户安检。安检人员提醒市民：",
            points(["①连接燃气灶的胶管使用超过18个月的，应及时更换为金属波纹管；",
                    "②做饭时不要离人，离家前关闭燃气阀门；",
                    "③闻到燃气味时，不要开关电器，立即开窗通风并到室外拨打抢修电话。"], 22, FW * 2),
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["本周菜价",
                  "（元/斤　3月25日）",
                  "韭菜　3.2　↓",
                  "莴笋　2.6　↓",
                  "蒜薹　6.5　↑",
                  "带鱼　18.0　—",
                  "数据来源：琅城市商务局"], "本周菜价 table (not an article)")
    pg.gap()
    c = Article(
        "c", "琅城发放第二批餐饮消费券",
        byline="本报记者　苑青", authors=["苑青"],
        notes="Economic item with byline line 本报记者 X.",
        paras=[
            "3月28日10时起，琅城市将发放第二批餐饮消费券，总额1000万元，分为满100减30、满200减60两种面额，市民可通过“琅城惠生活”小程序领取，每人每次限领一张，领取后7天内有效。",
            "首批消费券发放后，全市参与活动的2600余家餐饮门店营业额平均增长17%。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["扫码关注“琅城晚报”",
                  "投诉爆料　一键直达"], "footer with QR-code line")
    return pg


# ---------------------------------------------------------------------------
def lq10() -> Page:
    """Metropolitan daily 热线追踪 page: label 热线追踪 over a complaint story (quotation kicker, question headline,
    byline line 本报记者 X, reporter-reader dialogue); complaint item with byline line 记者 X　实习生 Y (ASCII spaces);
    label 维权问答 over a Q&A compiled by a reporter, the credit run in at the end; hotline/QR box."""
    pg = Page("lq10.txt", cols=32, indent="  ", blanks="some", seed=7310, p_para=0.45, p_gap=0.7,
              style="metropolitan daily 热线追踪 page indented with two ASCII spaces, blank lines sometimes: header on two lines (paper + date with weekday; A08 热线追踪 + 主编); label 热线追踪 over a complaint story with a kicker in quotation form, a question headline and byline line 本报记者 X; complaint item (市民X反映…) with a question headline and byline line 记者 X 实习生 Y printed with ASCII spaces; label 维权问答 over a Q&A of 问：／答： paragraphs answered by the consumers' association, signed （本报记者 X　整理） run in at the end; hotline and QR box; footer")
    pg.furniture(["鹤港都市报　" + cn_date(2037, 8, 5),
                  "A08　热线追踪　　主编：殷飞白"], "page header")
    pg.blank()
    pg.furniture(["热线追踪"], "column label 热线追踪")
    a = Article(
        "a", "路灯黑了一个月，何时再亮起来？", section="热线追踪",
        byline="本报记者　查小宛", authors=["查小宛"],
        notes="Complaint story under the label 热线追踪 (section). The kicker in quotation form (the reader's words) "
              "is neither title nor subtitle. Byline line 本报记者 X. Readers and officials quoted are not authors.",
        paras=[
            "“晚上下班回来，整条路黑乎乎的，只能打着手机电筒走。”8月3日，家住鹤港市滨河花园的市民谷先生拨打本报热线反映，小区西侧的滨河支路有十几盏路灯已经一个多月不亮了。",
            "当晚9时，记者来到滨河支路看到，这条约500米长的道路上，两侧共24盏路灯，亮着的只有6盏。路边一家便利店的店主说，天黑后来买东西的人少了一半。",
            "记者随后联系了鹤港市城市照明管理处。工作人员介绍，这条路原属开发商建设的配套道路，今年6月才移交市政管理，线路老化严重，需要整体更换电缆。",
            "8月4日，照明管理处派出维修班组进场施工。负责人表示，预计8月10日前全部恢复照明。本报将继续关注。",
        ])
    pg.kicker(a, "“我家楼下的路灯黑了一个月”")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "外卖电动车乱停，小区该怎么管？",
        byline="记者 闻笛 实习生 严小恺", authors=["闻笛", "严小恺"],
        notes="Complaint item with a question headline; byline line printed with ASCII spaces 记者 X 实习生 Y (as "
              "printed, both authors). The readers, riders and property staff quoted are not authors.",
        paras=[
            "市民焦女士反映，她所在的金沙湾小区每到饭点，外卖电动车就把单元门口堵得严严实实，老人和孩子进出很不方便，还有骑手在楼道里给电瓶充电。",
            "记者走访了解到，类似情况在不少小区都存在。一方面骑手送餐时间紧，希望“停到门口”；另一方面小区缺少专门的临时停放区。",
            "目前，鹤港市已有40多个小区试点设置“骑手驿站”，划定临时停车位并配备充电柜。金沙湾小区物业表示，将参照试点做法，在小区东门划出专门停放区域。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["维权问答"], "column label 维权问答")
    c = Article(
        "c", "健身房闭店，会员费能退吗？", section="维权问答", kind="interview",
        byline="（本报记者　查小宛　整理）", authors=["查小宛"], tail="（本报记者　查小宛　整理）",
        notes="Q&A under the label 维权问答 (section) of 问：／答： paragraphs answered by the 鹤港市消费者协会 (an "
              "organisation, no named expert), compiled by a reporter: kind interview. The credit "
              "（本报记者 X　整理） run in at the end is the byline, excluded from last; the compiler is the author.",
        paras=[
            "问：我办的健身年卡还有半年到期，健身房突然贴出通知说要“升级改造”，闭店三个月。剩下的费用能退吗？",
            "答：鹤港市消费者协会：经营者单方面停止服务，属于违约行为。消费者可以要求顺延会员期限，也可以要求按未使用的天数退还费用。如果经营者拒绝，可保留好合同和付款凭证，向消协投诉或向法院起诉。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["本报热线：0×××-96×××　　微信：鹤港都市报热线",
                  "扫描二维码　随时报料　记者帮你跑"], "hotline and QR box")
    pg.blank()
    pg.furniture(["责任编辑：甘露　　校对：阮小青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lq11() -> Page:
    """Evening paper 消费 page in a wide column: lead report (headline with a quotation, ——副题, byline line
    首席记者 X　文/图) with a ▲ photo caption and its credit printed BETWEEN two paragraphs; label 记者手记 over
    a sidebar signed at its end; 消费提示 item with headline and numbered points; advertisement."""
    pg = Page("lq11.txt", cols=40, indent=FW * 2, blanks="arts", seed=7311,
              style="evening paper 消费 page in a wide column, blank lines only between articles and blocks: header on three lines (paper; date with weekday + B02; 消费 + 编辑 + 美编); lead report with a headline containing a quotation, ——副题 and byline line 首席记者 X　文/图, a ▲ photo caption with credit 首席记者 X　摄 printed BETWEEN two paragraphs; label 记者手记 over a sidebar with its own headline signed at its end (the name right-aligned on a line of its own); 消费提示 item with a headline, run-in 本报讯（记者 X）, points （一）（二）（三）; advertisement with QR code; footer")
    pg.furniture(["岑州晚报",
                  cn_date(2037, 6, 9) + "　B02",
                  "消费　　编辑：闵小乔　　美编：储一"], "page header")
    pg.blank()
    a = Article(
        "a", "“618”还没到，家电卖场先热起来",
        subtitle="——岑州家电消费市场走访记",
        byline="首席记者　苗青禾　文/图", authors=["苗青禾"],
        notes="Lead report: headline with a quotation, ——副题 (subtitle), byline line 首席记者 X　文/图 (one person "
              "wrote and photographed: the author). The ▲ photo caption with its credit line printed between the "
              "second and third paragraphs is not body (body in pieces). Salespeople and shoppers quoted are not "
              "authors.",
        paras=[
            "6月8日是周日，岑州市中山路的一家大型家电卖场里人头攒动。离“618”还有十天，不少商家已经提前开启促销，门口的大屏幕滚动播放着“以旧换新再补贴”“满5000减600”的广告。",
            "在空调区，市民柳先生正和销售人员讨价还价。“家里的老空调用了12年，耗电又不制冷，趁着有补贴换台新的。”他看中的一台一级能效变频空调，叠加政府补贴和商家优惠后，比原价便宜了1100多元。",
            "卖场负责人郝一帆介绍，6月以来店内客流同比增长三成，空调、冰箱、洗碗机的销量分别增长45%、28%和60%。“今年明显感觉到，消费者更看重节能和智能，高端产品卖得比往年好。”",
            "岑州市商务局数据显示，今年1月至5月，全市限额以上单位家用电器和音像器材类零售额达到38.4亿元，同比增长19.7%，增速比社会消费品零售总额高出13个百分点。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a, end=2)
    pg.furniture(["▲6月8日，市民在岑州一家家电卖场选购空调。",
                  FW * 14 + "首席记者　苗青禾　摄"], "photo caption with credit line (not body)")
    pg.body(a, start=2)
    pg.blank()
    pg.furniture(["记者手记"], "column label 记者手记")
    b = Article(
        "b", "补贴要补到消费者心坎上", section="记者手记",
        byline="苗青禾", authors=["苗青禾"],
        notes="Sidebar under the label 记者手记 (section) with its own headline, signed at its end with the reporter's "
              "name right-aligned on a line of its own (the byline, written without its leading U+3000s): kind "
              "article (as the 记者手记 of handmade22).",
        paras=[
            "采访中，不少市民都提到一个感受：补贴是好事，但申领流程能不能再简单些？有的要先下载App，有的要到指定网点核验，还有的补贴额度“秒光”。",
            "政策的温度，体现在细节里。让补贴领得明白、用得方便，才能真正把消费潜力释放出来。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, FW * 36 + b.byline, "byline")
    pg.blank()
    c = Article(
        "c", "买家电，这三笔账要算清",
        byline="本报讯（记者　伍小蓝）", authors=["伍小蓝"], lead="本报讯（记者　伍小蓝）",
        notes="消费提示 item with its own headline and run-in 本报讯（记者 X） (excluded from first): an article. The "
              "points （一）（二）（三） are body.",
        paras=[
            "“618”促销季将至，岑州市消费者协会发布消费提示，提醒市民购买家电时算清三笔账：",
            points(["（一）算清“补贴账”。了解补贴的适用品类、额度和申领条件，不要被“最高补贴”字样误导。",
                    "（二）算清“价格账”。警惕先涨后降，可通过历史价格记录进行比较。",
                    "（三）算清“服务账”。问清送货、安装、旧机回收是否收费，保存好发票和保修凭证。"], 40, FW * 2),
        ])
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["广告　岑州国美佳电器　618狂欢购　6月12日—18日　全场低至5折　扫码抢券",
                  "地址：岑州市中山路128号　服务热线：400-×××-××××"], "advertisement with QR code")
    pg.blank()
    pg.furniture(["本版校对：戴小禾　　新闻热线：0×××-3322××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lq12() -> Page:
    """Daily 民生 page in a narrow column: story continued from A1 (headline on two lines, （上接A1版） under it);
    label 图说 over a photo news (brief) with credit line; complaint item with run-in
    本报讯（记者 X 实习生 Y） printed with ASCII spaces; 菜价 box; short item signed （X）."""
    pg = Page("lq12.txt", cols=18, indent=FW, blanks="para", seed=7312,
              style="daily 民生 page in a narrow column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; A3　民生); story continued from A1 with a headline on two lines and （上接A1版） under it, no byline; label 图说 over a photo news (brief): headline, caption, credit line 融媒体记者 X　摄; reader-complaint item with a question headline and run-in 本报讯（记者 X 实习生 Y） printed with ASCII spaces; 菜价速递 box; short item signed （X） at the end; footer wider than the column")
    pg.furniture(["沅溪日报",
                  cn_date(2037, 10, 15),
                  "A3　民生"], "page header")
    pg.blank()
    a = Article(
        "a", "社区助餐点覆盖全部街道", head=["社区助餐点", "覆盖全部街道"],
        notes="Story continued from the front page: headline on two lines (joined), the line （上接A1版） under it (not "
              "body). No byline on this page: no authors. The resident and the official quoted are not authors.",
        paras=[
            "在城关街道的幸福里助餐点，记者看到，中午11点不到，餐厅里已经坐满了老人。今天的菜单是红烧鸡块、清炒西葫芦和番茄蛋汤，一份12元。",
            "“自己在家做饭麻烦，一个人也吃不了多少。这里饭菜软烂，价格也实惠。”82岁的单奶奶几乎每天都来。",
            "市民政局有关负责人介绍，全市助餐点由政府提供场地，引入专业餐饮企业运营，对80岁以上老人和低保老人给予每餐2元至5元补贴。",
        ])
    pg.headline(a)
    pg.line(a, "（上接A1版）", "jump")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["图说"], "column label 图说")
    pg.gap()
    p = Article(
        "p", "金秋柑橘采摘忙", kind="brief", section="图说",
        byline="融媒体记者　欧小禾　摄", authors=["欧小禾"],
        notes="Photo news (brief) under the label 图说: headline, caption, credit line 融媒体记者 X　摄 after it (the "
              "byline); the photographer is the author.",
        paras=["10月14日，沅溪市白沙镇的果农正在采摘柑橘。今年全镇柑橘种植面积1.2万亩，预计产量3万吨，通过电商销往全国各地。"])
    pg.headline(p)
    pg.gap()
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    b = Article(
        "b", "快递驿站取件为何要收费？",
        byline="本报讯（记者 贝宁 实习生 柯一）", authors=["贝宁", "柯一"], lead="本报讯（记者 贝宁 实习生 柯一）",
        notes="Reader-complaint item (市民X反映…) with a question headline. Run-in 本报讯（记者 X 实习生 Y） printed "
              "with ASCII spaces, excluded from first; both authors. The reader and the official are not authors.",
        paras=[
            "市民尹女士反映，她在小区快递驿站取件时，被要求支付1元“保管费”，理由是包裹超过了48小时免费保管期。",
            "市邮政管理局回复，快递企业应按约定将快件投递到收件地址，未经用户同意不得擅自投放驿站，更不得向收件人额外收费。该局已约谈涉事企业，责令立即整改。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["菜价速递",
                  "（元/斤）",
                  "萝卜　0.9",
                  "芹菜　2.4",
                  "莲藕　3.6",
                  "鲜鸡蛋　4.9"], "菜价速递 box (not an article)")
    pg.gap()
    c = Article(
        "c", "城区新增充电桩460个",
        byline="（贝宁）", authors=["贝宁"], tail="（贝宁）",
        notes="Short item signed （X） run in at the end (excluded from last).",
        paras=["今年以来，沅溪城区新增公共充电桩460个，其中快充桩占六成，主要分布在商圈、医院和老旧小区周边。"])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["责任编辑：龚小满　　校对：巫晴　　美编：芮可"], "footer (wider than the column)")
    return pg


PAGES = [lq09, lq10, lq11, lq12]
