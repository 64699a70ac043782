"""Pages kw09-kw12 of handmade53 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kw09() -> Page:
    """都市报 3·15 特刊 消费 page, blank lines only between blocks: label 记者调查 over an investigation with headline, ——副题, byline
    ■本报记者 X　见习记者 Y, crossheads 调查一／二／三, a ▲ photo caption with credit between two paragraphs; label
    读者来信 over a letter signed （市民 X） at the end; label 律师说法 over a signed column; 遗失声明 block."""
    pg = Page("kw09.txt", cols=34, indent=FW * 2, blanks="arts", seed=5309,
              style="都市报 3·15 特刊 消费 page, blank lines only between blocks: header on two lines (A8　3·15特刊·消费; paper + date with weekday); label 记者调查 directly over an investigation's headline, ——副题, byline line ■本报记者 X　见习记者 Y, crossheads 调查一：／调查二：／调查三：, a ▲ photo caption with credit X　摄 printed BETWEEN two paragraphs; label 读者来信 over a letter with the signature （市民 X） run in at its end; label 律师说法 over a column whose byline line is post　NAME; 遗失声明 block of five notices; footer with editor, designer, proof-reader")
    pg.furniture(["A8　3·15特刊·消费",
                  "澜江都市报　" + cn_date(2033, 3, 15)], "page header")
    pg.blank()
    a = Article(
        "a", "“满减”“秒杀”背后的价格迷局",
        subtitle="——本报记者调查部分电商平台促销价格",
        byline="■本报记者　柏青禾　见习记者　司徒越", authors=["柏青禾", "司徒越"],
        section="记者调查",
        notes="Investigation: the label 记者调查 printed above the headline is the section (not a kicker, not part of "
              "the title); the ——副题 is the subtitle. Byline line ■本报记者 X　见习记者 Y, both authors. The crossheads 调查一：… are body. The ▲ "
              "photo caption with its credit (司徒越　摄, one of the writers) printed between two paragraphs is not body. "
              "Consumers and the scholar quoted (祝小满, 覃望) are not authors.",
        paras=[
            "先涨价再打折、“满减”门槛层层加码、“秒杀价”比日常价还贵……临近“3·15”，本报消费维权热线陆续接到多起关于网购促销价格的投诉。记者近日选取日用百货、家用电器、美妆个护三类共60件商品，跟踪记录了它们在三家电商平台一个月内的价格变化。",
            Cross("调查一：“划线价”从未真正卖过"),
            "记者发现，60件商品中有23件标注的“划线原价”在跟踪期内从未作为实际成交价出现过。一款标价399元的电动牙刷，页面显示“原价699元，限时五七折”，但记者查询该商品近三个月的价格记录，最高售价仅为429元。",
            "市民祝小满告诉记者，她曾在直播间以“一折”价格抢购了一套护肤品，后来才发现，同款商品在品牌官方店的日常售价只比“一折价”高出20元。",
            Cross("调查二：“满减”规则越看越糊涂"),
            "“满300减40，跨店可用，但部分商品不参与；叠加品类券需满399元，会员再享95折……”记者统计，三家平台的促销规则说明平均超过1200字。为了凑单，消费者往往要多买不需要的商品。",
            "记者以一件标价289元的电饭煲为例进行了测算：按平台推荐的凑单方案，消费者需要额外购买两件商品，最终电饭煲的实际折算价格为271元，仅比不参加活动便宜18元。",
            Cross("调查三：“秒杀价”反比平时贵"),
            "在跟踪的60件商品中，有7件商品的“秒杀价”高于跟踪期内的最低售价。一款家用吹风机在“整点秒杀”时标价219元，而三天前的日常售价为199元。",
            "澜江财经学院消费经济研究所副所长覃望认为，虚构原价、先涨后降等行为涉嫌价格欺诈，平台作为经营场所的管理者，应当加强对商家价格行为的审核，主动公示商品的历史价格。",
            "记者了解到，市市场监管部门已将网络促销价格列为今年“3·15”专项检查的重点，对查实的价格违法行为将依法从严处罚。",
        ])
    pg.line(a, "记者调查", "label")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a, end=4)
    pg.furniture(wrap("▲记者对比同一商品在不同平台、不同时段的价格。　司徒越　摄", 34),
                 "photo caption with credit, between two paragraphs (not body)")
    pg.body(a, start=4)
    pg.blank()
    pg.furniture(["读者来信"], "column label 读者来信")
    b = Article(
        "b", "外卖“满减”越减越贵？", section="读者来信",
        byline="（市民　蓝雨桐）", authors=["蓝雨桐"], tail="（市民　蓝雨桐）",
        notes="Reader's letter under the label 读者来信 (section): the writer's signature （市民 X） run in at the end is "
              "the byline, excluded from last; the reader is the author.",
        paras=[
            "最近我发现，常点的一家面馆在外卖平台上的菜价比堂食贵了三四元，虽然有“满30减8”的活动，算下来反而比到店吃还贵。我问商家，对方说是平台抽成太高，只能把价格提上去。",
            "希望平台和商家都能把价格标得明明白白，别让“满减”成了“障眼法”。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    pg.furniture(["律师说法"], "column label 律师说法")
    c = Article(
        "c", "虚构原价，消费者可主张赔偿", section="律师说法", kind="commentary",
        byline="澜江明衡律师事务所律师　尚知远", authors=["尚知远"],
        notes="Column under the label 律师说法 (section) written by a lawyer: byline line post　NAME (as NAME（post） "
              "of earlier sets); the lawyer wrote the text and is the author. Commentary.",
        paras=[
            "根据价格法和明码标价的有关规定，经营者在促销时使用的“原价”，应当是本次促销活动前七日内在本交易场所成交、有交易票据的最低交易价格；没有交易价格的，不得使用“原价”“原售价”等类似表述。",
            "经营者虚构原价、虚假优惠折价，诱骗消费者购买的，构成价格欺诈。消费者可依据消费者权益保护法，要求经营者按照商品价款的三倍予以赔偿，增加赔偿的金额不足五百元的，为五百元。建议消费者在购物时注意截图保存商品页面和订单信息，以便维权时举证。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["遗失声明"]
                 + wrap("澜江市禾美服饰店遗失营业执照正本，声明作废。", 34)
                 + wrap("司马婷遗失澜江财经学院学生证一本，学号2031104527，声明作废。", 34)
                 + wrap("澜江市城南区鑫旺建材经营部遗失发票专用章一枚，声明作废。", 34)
                 + wrap("澜江益康大药房有限公司遗失药品经营许可证副本，声明作废。", 34)
                 + wrap("潘一鸣遗失机动车行驶证，号牌澜A·7K32Q，声明作废。", 34),
                 "遗失声明 block (notices, not articles)")
    pg.blank()
    pg.furniture(["责编　蒋一帆　美编　夏小棠　校对　韦青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kw10() -> Page:
    """晚报 经济·民生 page of a 15-character column with NO blank line anywhere: headlines letter-spaced across the
    column and broken in mid-word; byline line 本报记者 X; 本周农产品批发价 table; item with run-in 本报讯（通讯员 X
    记者 Y） wrapped over lines; 司法拍卖公告; 招聘 block."""
    pg = Page("kw10.txt", cols=15, indent=FW * 2, blanks="never", seed=5310,
              style="晚报 经济·民生 page of a 15-character column with NO blank line anywhere: header on three lines; lead headline letter-spaced with U+3000 across the column on two lines broken in MID-WORD (…经　济　拉 / 动　消　费…), byline line 本报记者 X; 本周农产品批发价 table (title, header, five rows, source); item with its headline letter-spaced on two lines and the run-in 本报讯（通讯员 X　记者 Y） wrapped over two lines; 司法拍卖公告 (title, text, court-appointed auctioneer); 招聘 block; footer wider than the column")
    pg.furniture(["栖州晚报", cn_date(2033, 8, 17), "A5　经济·民生"], "page header")
    a = Article(
        "a", "栖州夜市经济拉动消费超九亿",
        byline="本报记者　鲍芊芊", authors=["鲍芊芊"],
        notes="Lead: headline letter-spaced with U+3000 across the narrow column and broken over two lines in mid-word "
              "(经济拉 / 动消费), joined unspaced. Byline line 本报记者 X. No blank line anywhere on the page. The stall "
              "owner quoted is not an author.",
        paras=[
            "记者从市商务局获悉，今年6月至8月中旬，栖州16个夜间消费集聚区累计接待客流2100万人次，带动消费9.3亿元，同比增长26%。",
            "在湖滨夜市，摊主们傍晚五点就开始支起摊位。“周末一晚上能卖出六七百份炒粉。”摊主孟阿婆说，今年夜市延长到凌晨一点，生意比去年好了不少。",
            "据了解，栖州将在9月前再打造4个特色夜间消费街区，并增开夜间公交线路，方便市民夜间出行。",
        ])
    pg.headline(a, spread_cols=15)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["本周农产品批发价",
                  "品名　均价（元/公斤）",
                  "大白菜　1.6",
                  "黄瓜　　3.8",
                  "猪肉　　24.2",
                  "鸡蛋　　9.6",
                  "鲜活鲫鱼　16.0",
                  "来源：栖州农副产品批发市场"], "本周农产品批发价 price table (not an article)")
    b = Article(
        "b", "老字号商铺获改造补贴",
        byline="本报讯（通讯员　雷朔　记者　鲍芊芊）", authors=["雷朔", "鲍芊芊"],
        lead="本报讯（通讯员　雷朔　记者　鲍芊芊）",
        notes="Headline letter-spaced across the column on two lines, joined. Run-in 本报讯（通讯员 X　记者 Y） wrapped "
              "over two lines and excluded from first; both are authors.",
        paras=[
            "栖州市首批老字号商铺改造补贴近日发放，老城区府前街、鼓楼巷等地的23家老字号获得补贴共计186万元，用于门面修缮、消防改造和数字化收银系统建设。",
        ])
    pg.headline(b, spread_cols=15)
    pg.body(b)
    pg.furniture(["司法拍卖公告"]
                 + wrap("受栖州市老城区人民法院委托，本公司将于2033年8月30日10时在网络司法拍卖平台公开拍卖小型轿车三辆，起拍价2.1万元至6.8万元不等。有意者请于8月29日前登录平台报名。", 15, FW * 2)
                 + ["栖州恒信拍卖有限公司", "（0742）6612 0908"],
                 "司法拍卖公告 (auction notice, not an article)")
    pg.furniture(["招聘",
                  "栖州某物流公司诚聘",
                  "货车司机10名",
                  "持A2驾照，月薪8000元起",
                  "仓管员5名，包食宿",
                  "电话：133 0742 6612"], "招聘 recruitment ad (not an article)")
    pg.furniture(["编辑：甄小禾　美编：麦穗　校对：严冬"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kw11() -> Page:
    """都市报 地产周刊 page: 一周楼市 data box first; 楼市调查 with 引题, byline 本报记者 X　Y, ◎ crossheads; label
    房产热线 over a lawyer's answers to readers' questions compiled by a reporter (本报记者 X　整理); 企业形象
    advertorial."""
    pg = Page("kw11.txt", cols=36, indent=FW * 2, blanks="some", seed=5311, p_para=0.5, p_gap=0.9,
              style="都市报 地产周刊 page, blank lines sometimes: header on two lines (paper + 地产周刊 + D3; date with weekday); 一周楼市 data box first (label, new-home and second-hand rows with 环比, 数据来源); 楼市调查 with 引题 (the subtitle, no 副题 printed), headline, byline line 本报记者 X　Y, three ◎ crossheads; label 房产热线 over a lawyer's answers to readers' questions (headline, byline line 本报记者 X　整理, intro, 读者…问： / NAME答： paragraphs); 企业形象 advertorial (label, headline, paragraph, address, hotline); footer with editor and proof-reader")
    pg.furniture(["云溪都市报　地产周刊　D3", cn_date(2033, 11, 4)], "page header")
    pg.blank()
    pg.furniture(["一周楼市",
                  "新建商品住宅　成交1032套　环比+6.4%　均价13860元/㎡",
                  "二手住宅　　　成交1587套　环比+3.1%　均价11920元/㎡",
                  "商业办公　　　成交118套　 环比-9.2%",
                  "数据来源：云溪市不动产交易登记中心（10月28日—11月3日）"],
                 "一周楼市 data box (not an article)")
    pg.blank()
    a = Article(
        "a", "“租得到”之后，更盼“租得好”",
        byline="本报记者　闻人雪　吕青", authors=["闻人雪", "吕青"],
        subtitle="保障性租赁住房供应提速",
        notes="Survey piece: the 引题 above the headline, with no ——副题 printed, is the subtitle (as the 引题 of g01 "
              "of handmade22). Byline line 本报记者 X　Y, both authors. The ◎ crossheads are body. Tenants and managers "
              "quoted are not authors.",
        paras=[
            "今年以来，云溪市保障性租赁住房供应明显提速。截至10月底，全市已筹集保障性租赁住房4.6万套（间），超过“十五五”规划目标的七成。房源多了，租户们的关注点也在悄悄变化。",
            Cross("◎从“有房住”到“住得好”"),
            "在高新区一处由旧厂房改建的保障性租赁社区，25岁的程序员苏叶租下了一间30平方米的单间，月租金1350元，比周边同类房源便宜约两成。“拎包入住，楼下就有食堂和健身房，通勤只要十分钟。”",
            "不过，也有租户反映，部分项目距离地铁站较远，周边配套不足。“房子是新的，但买菜要骑车二十分钟。”住在城北一处保租房小区的钱先生说。",
            Cross("◎租金调整有了“天花板”"),
            "按照云溪市出台的管理办法，保障性租赁住房租金应低于同地段同品质市场租赁住房租金，年度涨幅不超过5%。多名租户表示，这一规定让他们吃了“定心丸”。",
            Cross("◎运营服务仍需补课"),
            "记者采访发现，一些项目的运营方缺乏专业经验，报修响应慢、公共区域管理不到位等问题时有发生。业内人士建议，可通过引入专业化、规模化的住房租赁企业运营，建立租户满意度评价机制，推动保障性租赁住房从“建得好”走向“管得好”。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["房产热线"], "column label 房产热线")
    b = Article(
        "b", "定金和订金，一字之差差在哪", section="房产热线", kind="interview",
        byline="本报记者　吕青　整理", authors=["吕青"],
        notes="Readers' questions answered by a lawyer under the label 房产热线 (section), compiled by a reporter: byline "
              "line 本报记者 X　整理, the compiler is the author (as the 整理 roundup of earlier sets). The body runs from "
              "the intro through the 问／答 paragraphs. Kind interview (a named expert answers questions, as the "
              "答记者问 of earlier sets). The lawyer (严恪) and the readers are not authors.",
        paras=[
            "本期房产热线，本报邀请云溪明理律师事务所律师严恪，解答读者关于购房定金的疑问。",
            "读者张女士问：我看中一套二手房，交了2万元“订金”，后来因为贷款没批下来不想买了，房东说钱不退，合理吗？",
            "严恪答：“定金”和“订金”虽一字之差，法律后果完全不同。定金具有担保性质，收受定金一方违约的应双倍返还，交付定金一方违约的无权要求返还；而订金一般视为预付款，合同不能履行时原则上应当退还。如果您与房东签订的协议中明确写的是“订金”，且没有约定不退还的条款，可以要求房东返还。",
            "读者刘先生问：开发商收了认购金后，又说房价要上调，该怎么办？",
            "严恪答：认购书约定了房屋价格的，开发商单方涨价构成违约，购房者可以要求按约定价格签订买卖合同，或要求开发商双倍返还定金。建议购房者签订认购书时，明确房号、面积、价格和签约期限等关键内容。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["企业形象",
                  "云溪·江湾里　品质交付　兑现承诺"]
                 + wrap("10月30日，云溪·江湾里二期如期交付，1286户业主喜领新房钥匙。项目坚持“交付即交证”，业主收房当天即可办理不动产权证书。三期湖景住宅即将面市，敬请垂询。", 36, FW * 2)
                 + ["项目地址：云溪市江湾大道1号",
                    "咨询热线：（0873）8866 1200"],
                 "企业形象 advertorial of a developer (not an article)")
    pg.blank()
    pg.furniture(["编辑：司徒南　校对：任小舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kw12() -> Page:
    """晚报 财经·理财 page, blank lines sometimes plus column breaks: wire item 中鸿社北京…电（记者 X、Y） ending
    （完）; label 财经简讯 over four items whose bold run-in heads are followed by 本报讯; 今日金价
    table; label 财经评论 over a comment with byline line X/文 and justified lines; 清算公告; 广告 advertorial."""
    pg = Page("kw12.txt", cols=30, indent=FW * 2, blanks="some", colbreak=9, seed=5312, p_para=0.4, p_gap=0.85,
              trailing_newline=False,
              style="晚报 财经·理财 page, blank lines sometimes plus column breaks (a blank line every 9 body lines, also inside paragraphs), no newline at the end of the file: header on three lines (paper; date with weekday; A9　财经·理财); wire item with run-in 中鸿社北京12月7日电（记者 X、Y） and （完） run in at the end; label 财经简讯 over four items whose bold run-in heads are followed by 本报讯 and the text (the longest head filling most of the first line), credits （记者 X） run in at the end, one with none; 今日金价 table; label 财经评论 over a comment with byline line X/文 and two lines letter-spaced by justification; 清算公告; 广告 advertorial of a bank (label 广告, headline, paragraph, hotline)")
    pg.furniture(["沧浦晚报", cn_date(2033, 12, 8), "A9　财经·理财"], "page header")
    pg.blank()
    a = Article(
        "a", "11月末外汇储备规模小幅回升",
        byline="中鸿社北京12月7日电（记者　冼丹、樊越）", authors=["冼丹", "樊越"],
        lead="中鸿社北京12月7日电（记者　冼丹、樊越）", tail="（完）",
        notes="Wire item: run-in 中鸿社北京12月7日电（记者 X、Y） (names parted by 、) excluded from first; both are "
              "authors; （完） run in at the end excluded from last.",
        paras=[
            "外汇管理部门7日发布的数据显示，截至11月末，我国外汇储备规模为32876亿美元，较10月末上升142亿美元，升幅为0.43%。",
            "外汇管理部门有关负责人表示，11月，受主要经济体货币政策预期、宏观经济数据等因素影响，美元指数下跌，全球金融资产价格总体上涨。汇率折算和资产价格变化等因素综合作用，外汇储备规模上升。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["财经简讯"], "column label 财经简讯")
    pg.gap()
    briefs = [
        Article("c1", "沧浦港新开两条外贸航线", byline="（记者　俞舟）", authors=["俞舟"], tail="（记者　俞舟）",
                paras=["12月5日，沧浦港新开通至东南亚的两条外贸集装箱航线，每周各一班，沧浦港外贸航线总数增至38条。"]),
        Article("c2", "全市首单知识产权证券化产品发行成功", byline="（记者　俞舟）", authors=["俞舟"],
                tail="（记者　俞舟）",
                paras=["由沧浦科技金融集团发起的知识产权证券化产品日前在证券交易所成功发行，规模3.2亿元，涉及12家科技型中小企业的86件专利。"]),
        Article("c3", "沧浦银行业上线“无感续贷”", byline="（记者　邝小宁）", authors=["邝小宁"],
                tail="（记者　邝小宁）",
                paras=["沧浦市11家银行日前上线小微企业“无感续贷”服务，符合条件的企业贷款到期前无需提出申请，银行自动完成续贷审批。"]),
        Article("c4", "年末理财产品发行升温",
                paras=["临近年末，沧浦多家银行理财子公司加大产品发行力度，本周新发产品以一年以内的固收类为主，业绩比较基准多在2.3%至2.9%之间。"]),
    ]
    for art in briefs:
        art.section = "财经简讯"
        art.lead = art.title + "　本报讯　"
        art.notes = ("Item under the label 财经简讯 (section): its bold run-in head opens the first line (bold lost) and is "
                     "the title, followed by the run-in 本报讯; head and 本报讯 are excluded from first. "
                     + ("The credit run in at the end is the byline, excluded from last; the name is the author."
                        if art.tail else "No credit printed: no authors."))
        pg.body(art, head_role=True)
        pg.gap()
    pg.furniture(["今日金价（元/克）",
                  "品牌　　足金饰品　　铂金饰品",
                  "周鼎福　　718　　　　426",
                  "金瑞祥　　716　　　　425",
                  "老庆丰　　719　　　　428",
                  "金交所Au99.99收盘价：573.6"], "今日金价 table (not an article)")
    pg.gap()
    pg.furniture(["财经评论"], "column label 财经评论")
    c = Article(
        "c", "“无感续贷”要让企业真有感", section="财经评论", kind="commentary",
        byline="柯望舒/文", authors=["柯望舒"],
        notes="Comment under the label 财经评论 (section): byline line X/文 under the headline, the writer is the "
              "author. Two body lines letter-spaced by justification. Commentary.",
        paras=[
            "小微企业最怕什么？不少企业主的回答是“断贷”。贷款到期前要先筹钱还旧贷，再等银行审批新贷，中间一旦衔接不上，企业资金链就可能绷断。过去一些企业不得不求助于高息“过桥”资金，平白增加了融资成本。",
            "“无感续贷”把续贷审批前置到贷款到期之前，让企业不必还款即可续期，这是金融服务的一次有益改进。但要让企业真正“有感”，还需在几个方面下功夫：续贷条件要公开透明，不能只惠及少数“优质客户”；审批标准要保持连续，不能在经营暂时遇到困难时就“一刀切”抽贷；续贷利率也要合理，不能在续期时变相加价。",
            "金融活水只有真正流到企业最需要的地方，这项改革才算落到了实处。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.emit(c, justify(pg.render_body(c), [1, 6]))
    pg.gap()
    pg.furniture(["清算公告"]
                 + wrap("沧浦市恒远贸易有限公司经股东会决议解散，并已成立清算组。请公司债权人自本公告见报之日起四十五日内向清算组申报债权，逾期不申报的，视为放弃。", 30, FW * 2)
                 + ["清算组负责人：汤立明　电话：（0739）5566 3390",
                    "沧浦市恒远贸易有限公司清算组",
                    "2033年12月8日"],
                 "清算公告 (company notice, not an article)")
    pg.gap()
    pg.furniture(["广告",
                  "沧浦银行　年末存享好礼"]
                 + wrap("12月8日至12月31日，新客户在沧浦银行各网点存入5万元及以上三年期定期存款，可获赠精美礼品一份，数量有限，送完即止。", 30, FW * 2)
                 + ["客服热线：96033"],
                 "广告 advertorial of a bank (not an article)")
    return pg


PAGES = [kw09, kw10, kw11, kw12]
