"""Pages o05-o08 of handmade24 (development set; all papers, names, firms, places and figures invented).

云港晨报 (o05, o06), 澜江晚报 (o07), 汀州都市报 (o08)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date

SENTENCE_END = set("。！？”")


def mid_sentence_cut(items: list, near: int) -> int:
    """The number of printed lines, at or after `near`, after which the body is cut in the MIDDLE of a sentence:
    the line does not end a sentence and the next item is a line of the same paragraph."""
    lines = [k for k, it in enumerate(items) if it[0] == "line"]
    for n in range(near, len(lines) - 1):
        k = lines[n - 1]
        if items[k + 1][0] == "line" and items[k][1][-1] not in SENTENCE_END:
            return n
    raise ValueError("no mid-sentence cut")


# ---------------------------------------------------------------------------
def o05() -> Page:
    """晨报 理财周刊 page with NO indent and blank lines only between articles: label 理财门诊 over a reader's
    question answered by a planner (读者问／理财师答, compiled 本报记者 X　整理); 引题 + headline + ——副题 with byline line
    本报记者 X　实习生 Y; label 理财课堂 over a signed column 文／X with a 作者单位 line after it."""
    pg = Page("o05.txt", cols=32, indent="", blanks="arts", seed=2405,
              style="晨报 理财周刊 page, NO indent, blank lines ONLY between articles and blocks (paragraph ends show only as short lines): header on two lines (paper + 理财周刊; date with weekday + B03 + editor); label 理财门诊 over a reader's question answered by a planner: headline, byline line 本报记者 X　整理, paragraphs opened by 读者　NAME问： / 理财师　NAME答：; 引题 kicker, headline with a space between two phrases, ——副题, byline line 本报记者 X　实习生 Y; label 理财课堂 over a signed column with byline line 文／X and a 作者单位 line in brackets after it; risk notice; footer")
    pg.furniture(["云港晨报　理财周刊",
                  cn_date(2035, 11, 16) + "　B03　责任编辑：贾晓澜"], "page header")
    pg.blank()
    pg.furniture(["理财门诊"], "column label 理财门诊")
    a = Article(
        "a", "手头20万元闲钱，怎么配置更稳妥？", section="理财门诊", kind="interview",
        byline="本报记者　钱望舒　整理", authors=["钱望舒"],
        notes="Reader's question answered by a planner under the label 理财门诊 (section). **new:** kind interview "
              "(question-and-answer between a reader and a named planner, compiled by a reporter: as the 答记者问 "
              "of g03); byline line 本报记者 X　整理: the compiler is the author; the planner who answers (冯一鸣) and "
              "the reader (林女士) are not (as the experts of g05's roundup).",
        paras=[
            "读者　林女士问：我今年45岁，在一家国企上班，爱人是教师，孩子读初二。家里有一套自住房，没有房贷，目前存款有20万元左右，以前都是存定期。最近银行存款利率一降再降，想问问这笔钱怎么打理更合适？",
            "理财师　冯一鸣答：林女士家庭收入稳定、没有负债，整体财务状况比较健康。不过，孩子几年后要上高中、大学，教育支出是可以预见的刚性需求，资产配置应以稳健为主，兼顾流动性和收益性。",
            "具体来说，建议把这20万元分成三部分：一是留出3万元左右作为家庭应急资金，放在活期存款或货币基金里，随用随取；二是拿出10万元左右，配置3年期国债、大额存单或中低风险的银行理财产品，作为孩子的教育储备，到期时间尽量与用钱时间相匹配；三是剩下的7万元左右，可以通过定投的方式，分批买入宽基指数基金，用时间来平滑市场波动，追求相对较高的长期收益。",
            "此外，林女士夫妻二人如果还没有配置商业保险，可以考虑补充重疾险和意外险，每年保费控制在家庭年收入的10%以内为宜。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "大额存单“抢不到”了储户转向哪里？", head=["大额存单“抢不到”了 储户转向哪里？"],
        subtitle="——记者走访发现，国债和稳健型理财更受青睐",
        byline="本报记者　钱望舒　实习生　韩笑笑", authors=["钱望舒", "韩笑笑"],
        notes="Headline of two phrases parted by an ASCII space, written unspaced. The 引题 kicker "
              "多家银行年内第三次下调存款利率 is neither title nor subtitle; the ——副题 is the subtitle. Byline line "
              "本报记者 X　实习生 Y: both are authors. Bank staff and savers quoted are not.",
        paras=[
            "11月以来，云港多家银行再次下调人民币存款挂牌利率，这已是今年以来的第三次调整。目前，多数国有大行3年期定期存款利率已降至1.55%，5年期降至1.6%，部分股份制银行的大额存单额度也明显收紧。",
            "“20万元起存的3年期大额存单，每天早上9点放额度，几分钟就没了。”在港城路一家银行网点，理财经理对记者说，近期前来咨询的储户明显增多，不少人是存款到期后重新寻找去处。",
            "记者走访发现，储户的选择正在分化。年纪偏大的储户更倾向于储蓄国债，本月发行的3年期储蓄国债票面利率为1.9%，首日即告售罄；中青年储户则更多关注固收类理财、同业存单指数基金等稳健型产品，这类产品近一年的平均年化收益率在2.3%左右。",
            "业内人士提醒，理财产品不同于存款，收益并不保证，投资者应仔细阅读产品说明书，关注产品的风险等级和投资方向，不要只看业绩比较基准就盲目购买。",
        ])
    pg.kicker(b, "多家银行年内第三次下调存款利率")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    pg.furniture(["理财课堂"], "column label 理财课堂")
    c = Article(
        "c", "警惕“保本高收益”的话术", section="理财课堂", kind="commentary",
        byline="文／宋知微", authors=["宋知微"],
        notes="Signed column under the label 理财课堂 (section): byline line 文／X, the writer is the author. **new:** "
              "the 作者单位 line in brackets printed after the body （作者单位：云港证券财富管理部） is not body "
              "(like a bio line) and is not a byline. Commentary.",
        paras=[
            "最近，有朋友拿着一份产品宣传单来问我：“年化收益8%，还说保本保息，能不能买？”我看了一眼就劝他赶紧打消念头。",
            "在当前的利率环境下，银行存款利率不到2%，国债收益率也只有2%左右，一款产品如果既承诺保本，又许诺8%的年化收益，本身就不合常理。按照资管新规，金融机构发行的理财产品早已打破刚性兑付，不得承诺保本保收益。凡是把“保本”和“高收益”放在一起说的，多半有问题。",
            "识别这类话术其实不难：一看销售主体是否是持牌金融机构，二看产品能否在正规渠道查询到备案信息，三看资金是否打入个人账户或来路不明的公司账户。面对诱惑，多问一句、多查一步，就能守住自己的“钱袋子”。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["（作者单位：云港证券财富管理部）"], "作者单位 line after the column (not body)")
    pg.blank()
    pg.furniture(["本版内容仅供参考，不构成投资建议。投资有风险，入市需谨慎。"], "risk notice")
    pg.furniture(["美编：窦小青　　校对：钟离"], "footer")
    return pg


# ---------------------------------------------------------------------------
def o06() -> Page:
    """晨报 城事 strip in a 10-character column indented with two U+3000: label 城事速递 over five short items;
    headlines on two lines (at a phrase; one in mid-word; one letter-spaced); run-in 本报讯（记者 X）, byline line
    晨报记者 X, closing credit （实习生 X　记者 Y）."""
    pg = Page("o06.txt", cols=10, indent=FW * 2, blanks="some", seed=2406, p_para=0.25, p_gap=0.85,
              style="晨报 城事 strip in a 10-character column, indented with two U+3000, blank lines sometimes: header wider than the column (paper + A05 城事 + date with weekday); label 城事速递 over five short items; headlines on two lines broken at a phrase, one broken in MID-WORD (城北口袋公 / 园开放), one letter-spaced with U+3000 on two lines; run-in 本报讯（记者 X） wrapped over two lines; byline line 晨报记者 X wider than the column; closing credit （实习生 X　记者 Y） run in at the end; footer wider than the column")
    pg.furniture(["云港晨报　A05　城事　" + cn_date(2035, 11, 16)], "page header")
    pg.blank()
    pg.furniture(["城事速递"], "column label 城事速递")
    pg.blank()
    items = [
        (Article("a", "港城路改造完工明起恢复通行", head=["港城路改造完工", "明起恢复通行"],
                 byline="本报讯（记者　左一帆）", authors=["左一帆"], lead="本报讯（记者　左一帆）",
                 notes="Item of the 城事速递 strip (section). Headline on two lines broken at a phrase, joined. "
                       "Run-in 本报讯（记者 X）, wrapped over several lines, excluded from first.",
                 paras=[
                     "记者从市城管部门获悉，历时5个月的港城路综合改造工程已经完工，明天起恢复双向通行。",
                     "改造后的港城路拓宽为双向四车道，新增非机动车道和港湾式公交站3处，沿线架空线缆全部入地，路灯也更换为节能灯具。",
                 ]), "plain"),
        (Article("b", "城北口袋公园开放", head=["城北口袋公", "园开放"],
                 byline="晨报记者　葛小鹿", authors=["葛小鹿"],
                 notes="Item of the 城事速递 strip (section). Headline on two lines broken in MID-WORD (口袋公 / 园), "
                       "joined. Byline line 晨报记者 X (wider than the column).",
                 paras=[
                     "城北街道利用一块闲置边角地建成的口袋公园近日开放。公园占地约2000平方米，设有儿童游乐区、健身步道和休息座椅，周边3个小区的居民步行5分钟就能到达。园内原有的两棵老樟树被完整保留了下来。",
                 ]), "byline"),
        (Article("c", "二手书集市周末开市", head=["二手书集市", "周末开市"],
                 byline="（实习生　苗苗　记者　左一帆）", authors=["苗苗", "左一帆"],
                 tail="（实习生　苗苗　记者　左一帆）",
                 notes="Item of the 城事速递 strip (section). Headline on two lines, joined, letter-spaced with U+3000. "
                       "**new:** closing credit （实习生 X　记者 Y） run in at the end (the 实习生 named first): the "
                       "byline, excluded from last; both are authors.",
                 paras=[
                     "本周六、周日，第五届云港二手书集市将在文化广场举行，50余个摊位将出售旧书、老杂志和连环画。市民也可带上闲置图书现场交换，每交换一本可领取一枚纪念书签。集市每天上午9点开市，下午4点结束。",
                 ]), "spaced"),
        (Article("d", "江心岛渡轮调整冬季班次", head=["江心岛渡轮", "调整冬季班次"],
                 byline="本报讯（记者　葛小鹿）", authors=["葛小鹿"], lead="本报讯（记者　葛小鹿）",
                 notes="Item of the 城事速递 strip (section). Headline on two lines, joined. Run-in 本报讯（记者 X） "
                       "excluded from first.",
                 paras=[
                     "自11月20日起，江心岛渡轮执行冬季班次，首班由早上6点调整为6点30分，末班由晚上9点提前至8点，每半小时一班。市民出行前可通过“云港交通”公众号查询实时班次，遇大风大雾天气渡轮将临时停航。",
                 ]), "plain"),
        (Article("e", "社区理发点义剪三百人次", head=["社区理发点", "义剪三百人次"],
                 byline="本报讯（通讯员　邵晴　记者　左一帆）", authors=["邵晴", "左一帆"],
                 lead="本报讯（通讯员　邵晴　记者　左一帆）",
                 notes="Item of the 城事速递 strip (section). Headline on two lines, joined. Run-in "
                       "本报讯（通讯员 X　记者 Y） excluded from first; both are authors.",
                 paras=[
                     "渔港社区“银发理发角”开张一个月来，已为辖区老人免费理发300余人次。志愿者每周二、周五上午坐班，行动不便的老人还可预约上门服务。社区还计划增设修鞋、配钥匙等便民摊位。",
                 ]), "plain"),
    ]
    for i, (art, how) in enumerate(items):
        art.section = "城事速递"
        if i:
            pg.gap()
        if how == "spaced":
            pg.headline(art, lines=[FW.join(art.head[0]), FW.join(art.head[1])])
        else:
            pg.headline(art)
        if how == "byline":
            pg.line(art, art.byline, "byline")
        pg.gap()
        pg.body(art)
    pg.blank()
    pg.furniture(["本版编辑：晏如　　校对：司马青"], "footer")
    return pg


# ---------------------------------------------------------------------------
def o07() -> Page:
    """晚报 职场 page: lead with 引题, headline, ——副题, byline line 记者 X　实习生 Y and a survey table after it; an
    article whose headline and byline line 首席记者 X are printed AFTER its body; label 职场茶座 over a signed
    comment; run-in 本报讯 item followed by a QR-code prompt."""
    pg = Page("o07.txt", cols=28, indent=FW * 2, blanks="para", seed=2407,
              style="晚报 职场 page: header on three lines (paper; date with weekday; A18 职场 + editor); lead with 引题 kicker, headline, ——副题 (本报联合…发布) and byline line 记者 X　实习生 Y, then a survey TABLE (title, header row, five rows, 数据来源) after the body; then an article whose body comes first and whose headline and byline line 首席记者 X are printed AFTER it (mixed with normal headlines on the page); label 职场茶座 over a comment with byline line 文／X; run-in 本报讯（记者 X） item with a QR-code prompt after it; footer")
    pg.furniture(["澜江晚报",
                  cn_date(2035, 11, 14),
                  "A18　职场　　编辑：柯雨"], "page header")
    pg.blank()
    a = Article(
        "a", "应届生求职更看重成长空间",
        subtitle="——本报联合三所高校发布2036届毕业生求职意向调查",
        byline="记者　程知夏　实习生　包小语", authors=["程知夏", "包小语"],
        notes="引题 kicker 秋招进入“下半场” is neither title nor subtitle; the ——副题 is the subtitle. Byline line "
              "记者 X　实习生 Y: both are authors. The survey table after the body is not body. Students and the "
              "teacher quoted are not authors.",
        paras=[
            "进入11月，高校秋季招聘进入“下半场”。本报近日联合澜江大学、澜江理工大学和澜江职业技术学院，面向2036届毕业生开展求职意向调查，共回收有效问卷3126份。",
            "调查显示，在选择工作时，毕业生最看重的因素依次是“个人成长空间”“薪酬福利”和“工作稳定性”，分别有62.4%、58.1%和49.7%的受访者选择。与往年相比，把“成长空间”放在首位的毕业生比例提高了近9个百分点。",
            "“第一份工作能学到东西最重要，起薪低一点也能接受。”澜江理工大学自动化专业的应届生小章说，他已经拿到两个录用通知，最终选择了一家规模不大但技术氛围浓厚的智能装备企业。",
            "在就业地域上，有61.3%的受访者表示愿意到二线城市就业，比例首次超过一线城市。澜江大学就业指导中心的老师分析，二线城市产业发展快、生活成本相对较低、人才政策力度大，对毕业生的吸引力正在上升。",
            "调查还发现，毕业生的平均期望月薪为6850元，与企业实际提供的起薪水平基本吻合，“高不成低不就”的现象有所缓解。",
        ])
    pg.kicker(a, "秋招进入“下半场”")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["毕业生选择工作最看重的因素（多选）",
                  "因素　　　　　选择比例",
                  "个人成长空间　62.4%",
                  "薪酬福利　　　58.1%",
                  "工作稳定性　　49.7%",
                  "工作地点　　　41.2%",
                  "企业文化　　　27.5%",
                  "数据来源：本报2036届毕业生求职意向调查"], "survey table (not an article)")
    pg.gap()
    b = Article(
        "b", "灵活就业人员参保门槛再降低",
        byline="首席记者　骆清和", authors=["骆清和"],
        notes="Headline and byline line 首席记者 X printed AFTER the body (the body starts right after the lead's "
              "table). The 首席记者 is the author. The courier and the official quoted are not.",
        paras=[
            "外卖骑手、网约车司机、自由撰稿人……在我市，像这样的灵活就业人员已超过40万人。记者昨天从市人力社保局获悉，从12月1日起，我市将取消灵活就业人员在本市参加职工养老保险的户籍限制，外地户籍的灵活就业人员凭居住证即可在居住地参保。",
            "同时，灵活就业人员的缴费基数可在全市上年度职工月平均工资的60%至300%之间自主选择，缴费方式可按月、按季或按年，还可以通过手机“一键办理”。",
            "“以前因为户口不在这里，一直没法交社保，现在终于可以了。”在城西一处骑手驿站，外卖骑手老周算了一笔账：按最低档缴费，每月大约900元，“压力不算大，老了心里有底”。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.furniture(["职场茶座"], "column label 职场茶座")
    c = Article(
        "c", "别把“躺平”当成职场答案", section="职场茶座", kind="commentary",
        byline="文／苏念", authors=["苏念"],
        notes="Comment under the label 职场茶座 (section), printed after the previous article's headline and byline. "
              "Byline line 文／X: the writer is the author. Commentary.",
        paras=[
            "最近，“躺平”“摸鱼”之类的词在年轻人的聊天中出现得越来越多。有人把它当作对高强度工作的调侃，也有人真的开始对工作敷衍了事。",
            "职场压力大是事实，合理表达情绪也无可厚非。但如果把“躺平”当成解决问题的答案，最终吃亏的往往是自己。技能在一天天的敷衍中荒废，机会在一次次的退缩中溜走，等到真正想改变时，才发现已经落在了后面。",
            "与其“躺平”，不如先“站稳”：分清哪些压力来自不合理的管理，哪些来自自身能力的不足；前者可以依法依规维权，后者则需要主动学习补齐。对用人单位来说，也应少一些无效加班，多一些成长通道，让年轻人愿意“站起来”。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "周六人才市场举办技能人才专场招聘",
        byline="本报讯（记者　程知夏）", authors=["程知夏"], lead="本报讯（记者　程知夏）",
        notes="Run-in 本报讯（记者 X） excluded from first. The QR-code prompt after it is furniture.",
        paras=[
            "本周六上午9点，市人力资源市场将举办技能人才专场招聘会，86家企业将提供数控操作、电工、焊工、汽车维修等岗位1600余个，部分高级技工岗位月薪超过1.2万元。求职者可携带身份证、技能等级证书和简历免费入场。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.furniture(["扫码查看招聘岗位信息"], "QR-code prompt")
    pg.blank()
    pg.furniture(["美编：龚小满　　校对：邢一"], "footer")
    return pg


# ---------------------------------------------------------------------------
def o08() -> Page:
    """都市报 消费 page: lead with 引题, headline, ——副题 and byline line 记者 X, a photo caption with credit printed
    in the MIDDLE of a sentence of its body; photo news (brief) with the credit 记者 X　摄 on a line after the
    caption; run-in 本报讯（记者 X　实习生 Y） item; label 消费提示 over a tip with closing credit （记者 X　整理）."""
    pg = Page("o08.txt", cols=24, indent=FW * 2, blanks="some", seed=2408, p_para=0.35, p_gap=0.8,
              style="都市报 消费 page: header on two lines (A10 消费; paper + date with weekday); lead with 引题 kicker, headline, ——副题 and byline line 记者 X, with a ▲ photo caption and its credit (记者 X　摄) printed in the MIDDLE of a sentence of its body (extraction reads the caption between two lines of one sentence); photo news (brief): headline, caption, credit line 记者 X　摄 after it; run-in 本报讯（记者 X　实习生 Y） item; label 消费提示 over a tip with closing credit （记者 X　整理） run in at the end; 消费维权 hotline box; footer")
    pg.furniture(["A10　消费",
                  "汀州都市报　" + cn_date(2035, 11, 15)], "page header")
    pg.blank()
    a = Article(
        "a", "“尾款人”遇上保价难",
        subtitle="——部分商家降价不退差，平台客服互相推诿",
        byline="记者　沈亦可", authors=["沈亦可"],
        notes="引题 kicker “双11”前夕记者走访发现 is neither title nor subtitle; the ——副题 is the subtitle. Byline "
              "line 记者 X. **new:** the ▲ photo caption and its credit are printed in the MIDDLE of a sentence of "
              "the body (between two lines of one sentence): not body; the body is in two pieces around it. The "
              "photographer of the caption (贺川) is not an author. Consumers and staff quoted are not.",
        paras=[
            "“10月底付了定金，上周刚付完尾款，结果这两天一看，同一款洗碗机便宜了300元。找商家申请保价，客服说活动价不参与保价。”汀州市民蒋女士向记者讲述了自己的遭遇。",
            "临近“双11”，不少消费者都遇到了类似的烦心事。记者梳理发现，所谓“价格保护”，是商家承诺在一定期限内商品降价时退还差价的服务，但不同商家、不同平台的保价规则差别很大：有的保价期为7天，有的为15天；有的只保“日常价”不保“活动价”；还有的把直播间专享价、满减券后价等排除在外。",
            "记者以消费者身份咨询了几家网店客服。一家家电旗舰店的客服表示，“预售商品在尾款支付后不支持保价”；另一家服装店的客服则称，“降价是因为叠加了平台券，不属于店铺降价”。当记者转而联系平台客服时，对方又建议“先与商家协商”。",
            "汀州市消费者权益保护委员会有关负责人表示，商家既然作出了价格保护承诺，就应当以显著方式向消费者明示保价的范围、期限和计算方式，不得在事后以各种理由拒绝履行。消费者在下单前应仔细阅读保价规则，保留好订单截图、聊天记录等证据，遇到纠纷可向平台投诉或拨打12315热线。",
        ])
    pg.kicker(a, "“双11”前夕记者走访发现")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    items = pg.render_body(a)
    a1, a2 = Page.chunks(items, [mid_sentence_cut(items, 13)])
    pg.emit(a, a1)
    pg.furniture(["▲市民在一家家电卖场选购洗碗机。", "记者　贺川　摄"],
                 "photo caption with credit, printed in the middle of a sentence (not body)")
    pg.emit(a, a2)
    pg.gap()
    p = Article(
        "p", "暖冬装备上新", kind="brief",
        byline="记者　贺川　摄", authors=["贺川"],
        notes="Photo news (brief): headline, caption, credit line 记者 X　摄 after it (the byline); the photographer "
              "is the author.",
        paras=[
            "随着气温下降，我市各大商场的冬季服饰和取暖电器销售渐入旺季。昨天，在汀州中心百货，市民在挑选羽绒服。商场负责人介绍，本周羽绒服销量环比增长近两倍，电暖器、电热毯等取暖电器的销量也增长了八成。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.gap()
    c = Article(
        "c", "3款羽绒服含绒量不达标",
        byline="本报讯（记者　沈亦可　实习生　钟灵）", authors=["沈亦可", "钟灵"],
        lead="本报讯（记者　沈亦可　实习生　钟灵）",
        notes="Run-in 本报讯（记者 X　实习生 Y） excluded from first; both are authors.",
        paras=[
            "市消保委昨天发布羽绒服比较试验结果。此次试验从线上线下共购买了20款羽绒服样品，价格从199元到1899元不等。结果显示，17款样品的含绒量、充绒量等指标符合标准要求，3款样品的含绒量不达标，其中1款标称含绒量90%，实测仅为62%。",
            "市消保委提醒，消费者购买羽绒服时要查看吊牌上的含绒量、充绒量和执行标准，不要轻信“高绒低价”的宣传。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["消费提示"], "column label 消费提示")
    d = Article(
        "d", "选购取暖器注意这几点", section="消费提示",
        byline="（记者　沈亦可　整理）", authors=["沈亦可"], tail="（记者　沈亦可　整理）",
        notes="Tip under the label 消费提示 (section). **new:** closing credit （记者 X　整理） run in at the end: the "
              "byline, excluded from last; the compiler is the author.",
        paras=[
            "一看认证标志，选购带有强制性产品认证标志的产品；二看安全设计，优先选择有倾倒断电、过热保护功能的产品；三看功率，面积在15平方米以下的房间选择1000瓦左右即可。使用时要远离窗帘、被褥等易燃物，不要与其他大功率电器共用一个插座。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["消费维权热线　12315　　本报消费热线　968110"], "hotline box")
    pg.furniture(["编辑：常乐　　美编：吴桐　　校对：古月"], "footer")
    return pg


PAGES = [o05, o06, o07, o08]
