"""Pages c01-c04 of handmade18 (development set; all names, companies, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def c01() -> Page:
    """都市报 财经 page: lead with a deck WITHOUT dash (three phrases parted by U+3000), byline line
    晨报记者 X　通讯员 Y, ▶ crossheads, photo caption with right-aligned credit between paragraphs; 今日金价 table;
    run-in 晨报讯（记者 X　实习生 Y）; label 理财问答 over a Q&A with a 嘉宾 line and byline line 晨报记者 X　整理."""
    pg = Page("c01.txt", cols=23, indent=FW * 2, blanks="para", seed=1801,
              style="都市报 财经 page: header on two lines (A10　　财经 / paper + date); lead with a question headline, a deck WITHOUT dash made of three phrases parted by U+3000 (exactly as wide as the column), byline line 晨报记者 X　通讯员 Y, three ▶ crossheads, a photo caption (one line) and its right-aligned credit line 晨报记者 X　摄 between two paragraphs; 今日金价 table (title, header row, four rows, 数据来源 line); run-in 晨报讯（记者 X　实习生 Y） under a two-line headline; label 理财问答 over a Q&A with a guest line 嘉宾：bank　post　NAME and byline line 晨报记者 X　整理, intro paragraph and 问：／答： turns; footer with 首席编辑, 美编, 校对 and a risk line")
    pg.furniture(["A10　　财经", "琅州晨报　" + cn_date(2034, 4, 18)], "page header")
    pg.blank()
    a = Article(
        "a", "“存款搬家”搬向哪儿？",
        subtitle="大额存单“秒光”　理财规模回升　储蓄型保险走俏",
        byline="晨报记者　唐若溪　通讯员　邝一鸣", authors=["唐若溪", "邝一鸣"],
        notes="Question headline, the closing ？ kept. The deck printed without dash under it (three phrases parted by "
              "U+3000) is the subtitle. Byline line 晨报记者 X　通讯员 Y: both authors (晨报记者 is this paper's "
              "记者). The ▶ crossheads are body, the ▶ mark kept. The photo caption and its right-aligned credit line "
              "(晨报记者 X　摄, the writer herself) between two paragraphs are not body. The bank staff and the "
              "citizen quoted are not authors.",
        paras=[
            "4月以来，琅州多家银行再次下调人民币存款挂牌利率，三年期定期存款利率普遍降至2%以下。存款利率持续走低，居民手中的钱开始寻找新去处。记者近日走访琅州多家银行网点发现，大额存单、银行理财和储蓄型保险成为不少市民“搬家”的首选。",
            Cross("▶大额存单一上架就被抢光"),
            "“我们行这个月的三年期大额存单额度，上午9点上线，不到10分钟就被抢完了。”琅州一家股份制银行城东支行的客户经理告诉记者，不少储户专门设置了闹钟“蹲守”，一些中老年客户则干脆一早就到网点排队。",
            "记者了解到，目前琅州各银行三年期大额存单利率多在2.1%至2.35%之间，虽然也较年初有所下降，但仍比同期限定期存款高出约0.3个百分点，20万元的起存门槛也没有挡住储户的热情。",
            Cross("▶理财产品规模回升"),
            "与大额存单一起“回暖”的还有银行理财。据琅州银行业协会统计，截至3月末，辖内银行理财产品存续规模较年初增长8.7%，其中固定收益类产品占比超过九成，最短持有期在30天以内的现金管理类、短债类产品最受欢迎。",
            "“去年买理财怕‘破净’，今年行情稳了一些，我又把一部分到期的定期存款转进了理财。”市民季先生说，他现在把家庭资金分成三份，一份存大额存单，一份买稳健型理财，还有一份放在随存随取的货币基金里。",
            Cross("▶储蓄型保险成“新宠”"),
            "一些保险公司的增额终身寿险、年金险等储蓄型产品也吸引了不少客户。某寿险公司琅州分公司相关负责人介绍，一季度公司储蓄型保险新单保费同比增长约35%，投保客户中40岁以下的年轻人占比明显上升。",
            "业内人士提醒，储蓄型保险通常期限较长，提前退保可能损失本金，消费者投保前要看清合同条款，根据家庭资金的使用计划合理配置，不要被“高收益”宣传误导。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=4)
    pg.gap()
    pg.furniture(["市民在琅州一家银行网点咨询理财产品。", FW * 12 + "晨报记者　唐若溪　摄"],
                 "photo caption and right-aligned credit between paragraphs (not body)")
    pg.gap()
    pg.body(a, start=4)
    pg.gap()
    pg.furniture(["今日金价（4月17日）",
                  "品牌　　　　足金饰品（元/克）　金条（元/克）",
                  "金玺珠宝　　738　　　　　　　　592",
                  "恒宝金行　　736　　　　　　　　590",
                  "瑞和金店　　735　　　　　　　　588",
                  "银行投资金条　—　　　　　　　　569.8",
                  "数据来源：记者走访整理"], "gold price table (not body)")
    pg.gap()
    b = Article(
        "b", "琅州首批“科创贷”风险补偿资金到位", head=["琅州首批“科创贷”", "风险补偿资金到位"],
        byline="晨报讯（记者　汪沐阳　实习生　黎芊）", authors=["汪沐阳", "黎芊"],
        lead="晨报讯（记者　汪沐阳　实习生　黎芊）",
        notes="Headline on two lines, joined. Run-in 晨报讯（记者 X　实习生 Y） (the paper's own 讯) "
              "lines) excluded from first (it fills most of the first line); reporter and 实习生 are authors.",
        paras=[
            "4月17日，记者从琅州市科技局获悉，全市首批“科创贷”风险补偿资金2亿元已全部到位，首批12家合作银行将于本月内推出专属信贷产品。",
            "“科创贷”主要面向全市科技型中小企业，单户贷款额度最高1000万元，企业无需提供抵押，凭知识产权、研发投入和订单等即可申请。贷款一旦出现损失，由风险补偿资金与合作银行按比例分担，最高补偿比例达到70%。",
            "市科技局相关负责人表示，预计今年全市“科创贷”投放规模将超过40亿元，惠及科技型企业1500家以上。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "年轻人该不该“攒金豆”？", section="理财问答", kind="interview",
        byline="晨报记者　邵忆安　整理", authors=["邵忆安"],
        notes="**new:** Q&A under the label 理财问答 (section) with a guest line 嘉宾：bank　post　NAME between the "
              "headline and the byline line 晨报记者 X　整理: the guest line is neither byline nor body, the guest "
              "(宋知遥, interviewed) is not an author; the reporter who compiled it is. Intro paragraph and 问：／答： "
              "turns are body; kind interview (a banker interviewed, as v08 of handmade11).",
        paras=[
            "今年以来金价高位震荡，不少年轻人热衷每月买上几颗一克重的“金豆”，既当储蓄又当投资。“攒金豆”靠谱吗？记者就此采访了琅州农商银行理财经理宋知遥。",
            "问：年轻人“攒金豆”的热潮是怎么来的？",
            "答：一方面，金价这两年涨幅明显，赚钱效应吸引了不少人；另一方面，“金豆”单价低、门槛小，几百元就能买一颗，攒起来有仪式感，很符合年轻人的消费习惯。",
            "问：“攒金豆”能不能当成一种投资？",
            "答：要分清“消费”和“投资”。“金豆”属于黄金饰品，购买时一般要支付每克十几元到几十元不等的加工费，而回收时金店通常按原料金价扣除一定折旧，一买一卖之间损耗不小。如果是奔着投资去，银行的积存金、黄金ETF等产品交易成本更低。",
            "问：对于想配置黄金的年轻人，您有什么建议？",
            "答：黄金更多是资产配置中的“压舱石”，比例一般不宜超过家庭金融资产的10%。不要因为短期涨了就追高，也不要借钱买金。另外，购买实物黄金要选择正规渠道，保存好发票和鉴定证书。",
        ])
    pg.furniture(["理财问答"], "column label 理财问答")
    pg.headline(c)
    pg.line(c, "嘉宾：琅州农商银行理财经理　宋知遥", "guest")
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["首席编辑：樊青禾　美编：言小满　校对：孔令舟",
                  "本版理财观点仅供参考，据此操作风险自担"], "footer with editors and risk line")
    return pg


# ---------------------------------------------------------------------------
def c02() -> Page:
    """晚报 楼市 page, a blank line after every line, ONE U+3000 indent: 楼市观察 lead with 文/图 byline and 【】
    crossheads, ▲ caption between paragraphs; 成交 table; property ad; run-in 晚报讯 item whose two-line headline
    is printed AFTER its body; 置业问答 explainer signed （晚报记者 X　整理） run in at the end."""
    pg = Page("c02.txt", cols=16, indent=FW, blanks="every", seed=1802,
              style="晚报 楼市 page extracted with a blank line after every line, indented with ONE U+3000: header on four lines (paper, B3　楼市, date, editors); label 楼市观察 over a lead with a two-line headline, byline line 文/图　晚报记者 X, three crossheads of the form 【现场】text, a ▲ photo caption without credit (wrapped over three lines) between two paragraphs; weekly sales table (title, header row, four rows, 数据来源 line); property advertisement (广告, project, slogan, 建面, 品鉴热线, address, 预售证号); run-in 晚报讯（记者 X） item whose two-line headline is printed AFTER its body; label 置业问答 over a Q&A explainer (问：／答：, no intro) signed （晚报记者 X　整理） run in at the end; footer 新闻热线")
    pg.furniture(["桐阳晚报", "B3　楼市", cn_date(2034, 5, 24), "编辑：岑向晚　美编：许一诺"], "page header")
    pg.furniture(["楼市观察"], "column label 楼市观察")
    a = Article(
        "a", "五一后新房成交环比回升近三成", head=["五一后新房成交", "环比回升近三成"], section="楼市观察",
        byline="文/图　晚报记者　卓悦", authors=["卓悦"],
        notes="Label 楼市观察 above the headline (section). Headline on two lines, joined. Byline line 文/图　晚报记者 X: "
              "the reporter (writer and photographer) is the author. **new:** crossheads of the form 【label】text "
              "(【现场】看房团又多了起来) are body; the text OPENS with one, and first starts with it. The ▲ photo caption (no credit: the byline says 文/图) between two "
              "paragraphs is not body. The sales consultant, the buyer and the association official quoted are not "
              "authors.",
        paras=[
            Cross("【现场】看房团又多了起来"),
            "5月18日是周六，城东新区一楼盘售楼处内人头攒动。置业顾问小林告诉记者，“五一”假期后，到访客户明显增多，周末一天要接待七八十组客户，比4月份多了近一半。",
            "记者走访发现，近期到访的客户中，改善型需求占了大头。“家里老二上小学了，想换个大一点、离学校近的房子。”正在看样板间的市民周女士说，她看中了一套建筑面积128平方米的四房，总价约160万元。",
            Cross("【数据】成交量连续两周上涨"),
            "据桐阳市住房保障和房产管理局网签数据，5月13日至19日，桐阳市区新建商品住宅成交1126套，环比增长28.6%，成交均价每平方米9870元，环比基本持平。其中，城东新区、高新区成交量合计占市区总量的近六成。",
            Cross("【分析】政策效应逐步显现"),
            "业内人士分析，4月底桐阳出台的购房补贴、公积金贷款额度上调等措施，叠加部分楼盘推出“以旧换新”等优惠活动，对改善型需求的释放起到了一定的推动作用。",
            "“成交回暖是好事，但购房者还是要理性。”桐阳市房地产业协会一位负责人提醒，买房前要查清项目的预售许可、资金监管账户等信息，签合同时仔细核对交房标准，不要轻信“稳赚不赔”“包租返利”等宣传。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a, end=3)
    pg.furniture(wrap("▲城东新区一楼盘售楼处内，购房者在了解户型。", 16), "▲ photo caption between paragraphs (not body)")
    pg.body(a, start=3)
    pg.furniture(["5月13日—19日市区新房成交",
                  "区域　　套数　均价（元/㎡）",
                  "城东新区　382　10260",
                  "高新区　　291　10840",
                  "老城区　　226　9350",
                  "经开区　　227　8610",
                  "数据来源：市住房保障和房产管理局"], "weekly sales table (not body)")
    pg.furniture(["广告",
                  "云栖湾·湖畔洋房",
                  "城东新区　低密度宜居大宅",
                  "建面约110—143㎡　三至四房",
                  "品鉴热线：0×××-8896××××",
                  "项目地址：桐阳市城东新区湖滨大道88号",
                  "预售证号：桐房预字（2034）第036号"], "property advertisement")
    b = Article(
        "b", "公积金贷款最高额度提至80万元", head=["公积金贷款最高", "额度提至80万元"],
        byline="晚报讯（记者　黎可安）", authors=["黎可安"], lead="晚报讯（记者　黎可安）",
        notes="Headline on two lines printed AFTER the body (right after the advertisement comes the run-in text), "
              "joined. Run-in 晚报讯（记者 X） excluded from first.",
        paras=[
            "5月23日，桐阳市住房公积金管理中心发布通知，自6月1日起，在桐阳缴存住房公积金的职工家庭购买首套自住住房，公积金贷款最高额度由60万元提高至80万元；购买第二套自住住房的，最高额度由50万元提高至70万元。",
            "通知同时明确，多子女家庭购买自住住房的，贷款最高额度可在上述标准基础上再上浮10万元。此外，职工提取公积金支付购房首付款的，可同时申请公积金贷款。",
            "市公积金中心相关负责人表示，此次调整预计每年可为缴存职工节省利息支出约1.2亿元。",
        ])
    pg.body(b)
    pg.headline(b)
    pg.furniture(["置业问答"], "column label 置业问答")
    c = Article(
        "c", "二手房“带押过户”怎么办？", section="置业问答",
        byline="（晚报记者　黎可安　整理）", authors=["黎可安"], tail="（晚报记者　黎可安　整理）",
        notes="Q&A explainer under the label 置业问答 (section): no intro, the body is the 问：／答： turns (article, as "
              "x06 of handmade13: no one is interviewed). The credit （晚报记者 X　整理） run in at the end of the last "
              "answer is the byline, excluded from last.",
        paras=[
            "问：房子还有贷款没还清，能直接卖吗？",
            "答：可以。桐阳从去年起推行二手房“带押过户”，卖方不用先筹钱还清贷款、解除抵押，买卖双方和银行签订协议后，就可以办理转移登记，同时办理新的抵押登记。",
            "问：办理“带押过户”需要哪些材料？",
            "答：一般需要买卖双方身份证明、不动产权证书、房屋买卖合同，以及贷款银行出具的同意带押过户的证明。具体要求可以咨询所在区的不动产登记中心或贷款银行。",
            "问：“带押过户”有什么好处？",
            "答：最大的好处是省钱省时间。过去卖方要先找资金“过桥”还贷，不仅要付利息，还有资金风险；现在最快一天就能办完过户，交易成本明显降低。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["晚报新闻热线：96118"], "footer hotline")
    return pg


# ---------------------------------------------------------------------------
def c03() -> Page:
    """都市报 消费 (3·15) page: 记者调查 lead with ——副题 and byline line 本报记者 X　Y　文/图, plain crossheads,
    photo caption + credit line cutting a sentence; run-in 本报讯 item + table; 维权案例 signed （本报记者 X　整理）."""
    pg = Page("c03.txt", cols=30, indent="  ", blanks="some", seed=1803, p_para=0.45, p_gap=0.8, colbreak=19,
              style="都市报 消费 page for 3·15, with occasional column breaks (blank lines inside paragraphs): header on two lines; label 记者调查 over a lead with a headline with a comma and ？, ——副题, byline line 本报记者 X　Y　文/图 (two reporters), three plain crossheads, a photo caption and its credit line 本报记者 X　摄 extracted in the MIDDLE of a sentence of the text; run-in 本报讯（记者 X） item followed by a complaints table (title, header row, five rows, 数据来源); label 维权案例 over a case signed （本报记者 X　整理） run in at the end; footer with 12315 hotline and editors")
    pg.furniture(["琅州都市报　A08", cn_date(2034, 3, 15) + "　消费·3·15特别报道"], "page header")
    pg.blank()
    a = Article(
        "a", "预付卡“跑路”，退费为何这么难？", section="记者调查",
        subtitle="——琅州健身、美容、教培行业预付式消费调查",
        byline="本报记者　裴小楠　邢远　文/图", authors=["裴小楠", "邢远"],
        notes="Label 记者调查 above the headline (section). Headline with a comma and ？, kept. ——副题 is the subtitle. "
              "Byline line 本报记者 X　Y　文/图: both reporters are authors. Three plain crossheads are body. **new:** "
              "the photo caption and its credit line 本报记者 X　摄 are extracted in the MIDDLE of a sentence (the "
              "body is printed in two pieces). Consumers, the 消协 official, the lawyer (柏亦舟) and officials quoted "
              "are not authors.",
        paras=[
            "“卡里还剩3800多元，门店说关就关了，打电话一直没人接。”3月上旬，市民何女士来到本报反映，她去年在青垣区一家健身房办理了两年期会员卡，今年春节后，健身房突然贴出“停业装修”的告示，此后再也没有开门。",
            "何女士的遭遇并非个例。记者从琅州市消费者协会了解到，2033年全市消协组织共受理预付式消费投诉4216件，占投诉总量的18.4%，涉及健身、美容美发、教育培训、洗车等多个行业，其中因经营者停业、跑路引发的投诉占比超过四成。",
            Cross("办卡容易退卡难"),
            "记者近日以消费者身份走访了市区多家健身房和美容店，发现“充得多、送得多”的营销方式仍很普遍。一家美容店的店员向记者推荐“充5000元送2000元”的套餐，但对于退卡条件，店员只说“一般不退，可以转给朋友用”。",
            "琅州市消协投诉部负责人介绍，一些经营者在办卡时不签书面合同，或者在合同中写入“概不退款”“最终解释权归本店所有”等格式条款，消费者一旦要求退费，往往陷入被动。",
            Cross("门店关了，钱找谁要"),
            "即便经营者“跑路”，消费者也并非无计可施。律师柏亦舟表示，消费者应及时保存好办卡合同、付款凭证、聊天记录等证据，向市场监管部门投诉，或者联合其他会员向法院起诉，申请财产保全；涉嫌诈骗的，应及时向公安机关报案。",
            "不过，记者采访的多名消费者坦言，单笔金额不大，维权耗时耗力，不少人最后只能“认栽”。",
            Cross("监管“长牙齿”还需多方发力"),
            "今年1月起施行的《琅州市单用途预付卡管理办法》明确，健身、美容、教培等行业的经营者发行预付卡，单张卡金额不得超过5000元，并应按照预收资金的一定比例存入监管账户。截至目前，全市已有1300余家经营者纳入预付卡资金监管平台。",
            "市场监管部门相关负责人表示，下一步将加强对预付卡发卡企业的信用监管，对违规发卡、恶意卷款的经营者依法严查，同时提醒消费者尽量选择纳入资金监管的商家，不要一次性大额充值。",
        ])
    pg.furniture(["记者调查"], "column label 记者调查")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = pg.render_body(a)
    first, rest = Page.chunks(items, [12])
    pg.emit(a, first)
    pg.furniture(["一家已停业的健身房门口贴满了会员的留言。", "本报记者　邢远　摄"],
                 "photo caption and credit line in mid-sentence (not body)")
    pg.emit(a, rest)
    pg.gap()
    b = Article(
        "b", "去年全市消协组织为消费者挽回损失2860万元",
        byline="本报讯（记者　柴一帆）", authors=["柴一帆"], lead="本报讯（记者　柴一帆）",
        notes="Run-in 本报讯（记者 X） excluded from first. The table printed after the body (title, header row, rows, "
              "数据来源) is not body.",
        paras=[
            "3月14日，琅州市消费者协会发布2033年度消费投诉分析报告。去年全市各级消协组织共受理消费投诉2.29万件，同比增长6.3%，解决率达到91.2%，为消费者挽回经济损失2860万元。",
            "从投诉热点看，预付式消费、网络购物、汽车及零部件、家用电器、房屋装修等领域投诉量居前。其中，直播带货相关投诉1587件，同比增长37.4%，主要集中在商品质量不符、虚假宣传和售后服务不到位等方面。",
            "市消协提醒，消费者通过直播间购物时，要注意保存直播截图、录屏和交易记录，发生纠纷时及时通过平台或12315热线投诉。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["2033年全市消费投诉热点前五位",
                  "排名　领域　　　　　　投诉量（件）　同比（%）",
                  "1　　预付式消费　　　　4216　　　　　+12.5",
                  "2　　网络购物　　　　　3870　　　　　+9.8",
                  "3　　汽车及零部件　　　2035　　　　　+4.1",
                  "4　　家用电器　　　　　1762　　　　　-2.6",
                  "5　　房屋装修　　　　　1418　　　　　+3.3",
                  "数据来源：琅州市消费者协会"], "complaints table (not body)")
    pg.gap()
    c = Article(
        "c", "网购“七天无理由”被拒，平台判商家退款", section="维权案例",
        byline="（本报记者　邢远　整理）", authors=["邢远"], tail="（本报记者　邢远　整理）",
        notes="Case under the label 维权案例 (section); headline with a comma. The credit （本报记者 X　整理） run in at "
              "the end is the byline, excluded from last. The consumer (吴先生) is not an author.",
        paras=[
            "今年1月，市民吴先生在某电商平台购买了一台标价2399元的扫地机器人，收货后发现噪声较大，便在第三天申请“七天无理由退货”。商家却以“商品已拆封激活，影响二次销售”为由拒绝退货。",
            "吴先生向琅州市消协求助。消协工作人员介绍，根据相关规定，消费者为检查商品而拆封，且商品本身完好的，不属于“影响二次销售”的情形，经营者不得拒绝无理由退货。经消协协调，电商平台介入处理，最终判定商家为吴先生办理全额退款。",
            "消协提醒，网购时要留意商品页面是否标注“不支持七天无理由退货”，收货后如需退货，应尽量保持商品及配件完整，并保留好沟通记录。",
        ])
    pg.furniture(["维权案例"], "column label 维权案例")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["消费维权热线：12315　本报热线：0×××-96511",
                  "编辑：柳絮白　美编：常乐乐　校对：杜晓衡"], "footer with hotlines and editors")
    return pg


# ---------------------------------------------------------------------------
def c04() -> Page:
    """汽车报 市场 page, no blank line anywhere: lead with ——副题, a brand table between two paragraphs, question
    crossheads, text cut before （转第6版）; run-in 本报讯（实习记者 X）; car-dealer ad; 车市评说 by 特约评论员 X."""
    pg = Page("c04.txt", cols=33, indent=FW * 2, blanks="never", seed=1804,
              style="汽车报 市场 page, NO blank line anywhere: header on three lines (paper, date + 第5版, 版名 + editors); lead with ——副题 and byline line 本报记者 X, a brand sales table (title, header row, five rows, 数据来源) printed BETWEEN two paragraphs, two crossheads that are questions ending with ？, text stopping in mid-sentence before the jump line （转第6版）; run-in 本报讯（实习记者 X） item with a figure in the headline; dealer advertisement ((广告), campaign, offers, dates, dealer, 400 hotline) between articles; label 车市评说 over a comment with byline line 特约评论员 X")
    pg.furniture(["琅溪汽车报", cn_date(2034, 5, 13) + "　第5版", "市场　责任编辑：蒋一帆　版式：温馨"], "page header")
    a = Article(
        "a", "新能源乘用车渗透率连续三月超六成", subtitle="——4月琅溪车市观察",
        byline="本报记者　殷若川", authors=["殷若川"],
        notes="——副题 is the subtitle; byline line 本报记者 X. The brand sales table (title, header row, rows, "
              "数据来源) printed between the second paragraph and the first crosshead is not body (the body is "
              "printed in two pieces). Crossheads ending with ？ are body. The text stops in mid-sentence (…完善) "
              "before the jump line （转第6版）, which is not body; last is the end of what is printed here. The "
              "dealer and the association's secretary-general (邬振宇) quoted are not authors.",
        paras=[
            "琅溪省汽车流通协会5月12日发布的数据显示，4月全省乘用车零售销量12.86万辆，同比增长7.9%，环比增长3.2%。其中，新能源乘用车零售7.95万辆，同比增长26.4%，零售渗透率达到61.8%，这是全省新能源乘用车渗透率连续第三个月超过六成。",
            "从品牌看，自主品牌继续占据主导地位。4月全省新能源乘用车零售销量前五的品牌均为自主品牌，合计销量占新能源乘用车零售总量的58.3%。",
            Cross("价格战还要打多久？"),
            "今年以来，多家车企相继推出限时降价、“一口价”、置换补贴等促销措施，部分主销车型终端价格较年初下降一至两万元。记者走访琅州多家4S店发现，价格战带动了到店客流，但经销商的日子并不好过。",
            "“车卖得多了，可单车利润越来越薄，有的车型卖一台亏一台，全靠厂家返利撑着。”琅州一家合资品牌4S店总经理坦言，今年一季度店里新车销售毛利率已跌至负值，售后和金融保险业务成了主要利润来源。",
            "协会秘书长邬振宇认为，价格战本质上是行业产能过剩和技术快速迭代的结果，短期内难以结束，但随着部分缺乏竞争力的车型和品牌退出，市场将逐步回归理性，竞争焦点也将从价格转向技术、品质和服务。",
            Cross("下沉市场潜力几何？"),
            "值得注意的是，县乡市场正在成为新能源汽车销量增长的重要来源。4月，全省县级及以下地区新能源乘用车零售量同比增长38.7%，增速比地级市高出约15个百分点。",
            "业内人士表示，县乡地区充电基础设施不足仍是制约新能源汽车下乡的主要短板。截至4月底，全省已实现充电设施乡镇全覆盖，但不少乡镇只有一两个公共充电站，节假日排队充电现象较为普遍。下一步，还需加快推进县乡充电网络建设，完善",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a, end=2)
    pg.furniture(["4月全省新能源乘用车零售销量前五品牌",
                  "排名　品牌　　　　　销量（辆）　同比（%）",
                  "1　　岚驰汽车　　　　14862　　　　31.5",
                  "2　　琅风汽车　　　　11327　　　　18.2",
                  "3　　极昼新能源　　　8954　　　　 42.7",
                  "4　　川行汽车　　　　6741　　　　 -5.3",
                  "5　　青鸾汽车　　　　4466　　　　 66.9",
                  "数据来源：琅溪省汽车流通协会"], "brand sales table between paragraphs (not body)")
    pg.body(a, start=2)
    pg.furniture(["（转第6版）"], "jump line （转第6版） (not body)")
    b = Article(
        "b", "岚驰汽车桐阳工厂第100万辆整车下线",
        byline="本报讯（实习记者　罗一苇）", authors=["罗一苇"], lead="本报讯（实习记者　罗一苇）",
        notes="Headline with a figure (第100万辆). Run-in 本报讯（实习记者 X） excluded from first; the 实习记者 is the "
              "author.",
        paras=[
            "5月10日，岚驰汽车桐阳工厂第100万辆整车下线。这辆下线的整车为一款纯电动SUV，将交付给琅州的一位用户。",
            "桐阳工厂于2029年建成投产，是岚驰汽车在华中地区的主要生产基地，拥有冲压、焊装、涂装、总装四大工艺车间，焊装车间自动化率达到100%。工厂目前可柔性生产5款车型，年产能30万辆，其中新能源车型产量占比已超过八成。",
            "岚驰汽车相关负责人表示，公司计划今年在桐阳工厂新增一条电池包生产线，进一步提升本地配套水平。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.furniture(["（广告）",
                  "岚驰汽车　五月焕新季",
                  "置换补贴最高8000元　首付低至0元",
                  "活动时间：5月18日—6月30日",
                  "琅溪岚驰汽车销售服务有限公司",
                  "预约热线：400-6××-××××"], "dealer advertisement")
    c = Article(
        "c", "“一口价”不该是“一锤子买卖”", section="车市评说", kind="commentary",
        byline="特约评论员　蒲望舒", authors=["蒲望舒"],
        notes="**new:** comment under the label 车市评说 (section) with byline line 特约评论员 X (a named contributing "
              "commentator): the author; commentary.",
        paras=[
            "近来，“一口价”成为不少车企促销的热词。明码标价、不讲价，让消费者省去了与销售人员反复砍价的麻烦，也让购车过程更加透明，这是好事。",
            "但也有消费者反映，一些“一口价”车型在宣传时把各类补贴、贷款贴息都算了进去，到店后才发现，想享受宣传中的价格，必须选择指定的金融方案、购买指定的保险和精品套餐，算下来并不便宜。还有个别经销商在车辆降价后，对此前的购车者不闻不问，引发老车主不满。",
            "“一口价”要真正赢得消费者，就不能是“一锤子买卖”。车企和经销商应当把价格构成讲清楚、把附加条件写明白，同时在质量、售后和老用户权益保障上多下功夫。毕竟，汽车是耐用消费品，口碑才是最好的“促销”。",
        ])
    pg.furniture(["车市评说"], "column label 车市评说")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    return pg


PAGES = [c01, c02, c03, c04]
