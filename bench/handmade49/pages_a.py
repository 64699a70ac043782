"""Pages ks01-ks04 of handmade49 (development set; all papers, names, firms, books, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Quote, Raw, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def ks01() -> Page:
    """Economic daily's weekend 读书 page: label 新书评介 over a book review (——副题 naming the book, byline
    line ■X) with the book's data box (书名/作者/出版社/出版时间/定价) AFTER its body; label 书边闲话 over an
    essay signed at the end by a right-aligned name; a short poem (headline, byline line □X, three stanzas)."""
    pg = Page("ks01.txt", cols=22, indent=FW * 2, blanks="para", seed=4901,
              style="economic daily's weekend 读书 page, two U+3000 indent, blank lines between paragraphs and blocks: header on three lines (paper·周末, 版名 letter-spaced 读　书, date with weekday + 第7版); label 新书评介 over a book review with ——副题 (——读X《…》) and byline line ■X; the book's data box (书名／作者／出版社／出版时间／定价, one per line) printed AFTER the review's body; label 书边闲话 over an essay with no byline under its headline, signed at the end by the writer's name alone, right-aligned; short poem: headline, byline line □X, three stanzas of short lines parted by blank lines; footer with editor, designer and e-mail")
    pg.furniture(["澜州经济报·周末",
                  "读　书",
                  cn_date(2035, 6, 15) + "　第7版"], "page header")
    pg.blank()
    a = Article(
        "a", "一条运河里的商业史", section="新书评介",
        subtitle="——读宗怀璞《漕运与市声》",
        byline="■叶疏桐", authors=["叶疏桐"],
        notes="Book review under the label 新书评介 (section). The ——副题 naming the book is the subtitle; byline "
              "line ■X (the ■ is a mark): the reviewer is the author, the book's author (宗怀璞) is not. **new:** "
              "the book's data box (书名／作者／出版社／出版时间／定价) printed after the body is not body and not an "
              "article.",
        paras=[
            "楠州人说起家乡，总绕不开那条运河。宗怀璞的新著《漕运与市声》，便是从运河写起的。不过，这本书的主角并不是帝王将相和治水名臣，而是码头上的脚夫、河埠头的米行、钱庄里的账房先生。作者用了近十年时间，翻检地方志、商号账簿和家族契约四百余件，试图回答一个朴素的问题：一条河，是怎样养活一座城的？",
            "全书按时间顺序分为“漕兴”“市盛”“河变”三编。前两编写运河鼎盛时期的商业网络：粮船北上，带动了沿岸的仓储、牙行和船帮；南来北往的客商，又催生了会馆、戏园和茶肆。书中复原的一份米行流水账尤其有意思，一年之中，米价随漕期涨落，账房在页边用小字记下“北船未到，价昂三分”，寥寥数字，市声如在耳边。",
            "第三编写运河的衰落与城市的转身，是全书最见功力的部分。铁路开通之后，漕运停歇，依河而生的行当纷纷凋零。作者没有停留在惋惜上，而是细致梳理了楠州商人如何把资本从米行转向纱厂、从钱庄转向银行的过程。在他看来，城市的生命力不在于守住某一条商路，而在于商人群体不断寻找新出路的能力。",
            "读这本书，很难不联想到今天。产业更替、商路变迁，在任何时代都会发生。运河边的商人没有等来漕运的复兴，却在新的行当里站稳了脚跟。这或许是《漕运与市声》留给当下读者最有价值的启示。",
            "当然，书中个别章节史料堆砌稍多，叙述节奏略显拖沓；对普通商户日常生活的描写，也还可以更丰满一些。但瑕不掩瑜，对于想了解一座城市商业传统的读者来说，这是一本值得细读的书。",
        ])
    pg.furniture(["新书评介"], "column label 新书评介")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["书名：《漕运与市声：一座运河城市的商业史》",
                  "作者：宗怀璞",
                  "出版社：楠州文艺出版社",
                  "出版时间：2035年3月",
                  "定价：68.00元"], "book data box after the review (not body, not an article)")
    pg.blank()
    b = Article(
        "b", "旧书摊上的账本", section="书边闲话",
        byline="沈半塘", authors=["沈半塘"],
        notes="Essay under the label 书边闲话 (section); no byline under the headline: the writer's name alone, "
              "right-aligned on the line after the last paragraph, is the byline (written without its leading "
              "U+3000s) and the writer is the author. **new:** a signed 副刊 essay is kind article. The shop named in the "
              "account book is not a person.",
        paras=[
            "周末去城西的旧书市场闲逛，是我坚持了二十多年的习惯。那里的摊主大多上了年纪，书也摆得随意，一本旧课本可能压在一摞过期杂志底下，要淘到好东西，全凭耐心和运气。",
            "上个月，我在一个角落的摊位上翻到一本线装账簿，封皮写着“裕昌南货号”几个字，墨色已经褪得发灰。摊主说是从一户老宅清出来的，要价八十元。我翻了几页，里面记的是某年正月到腊月的进货和赊账，桂圆、红枣、笋干、火腿，一笔一笔，字迹工整。",
            "最让我驻足的是账簿末页的一行小字：“本年亏银十二两，来年当慎赊。”一家小店一年的盈亏，就这样被掌柜轻描淡写地收进了一句话里。我想象那位掌柜在腊月的灯下拨完算盘，叹一口气，提笔写下这行字，然后合上账本，准备迎接新的一年。",
            "我最终买下了这本账簿。它不算什么珍本，却让我看到了大历史之外的小日子。做生意有赚有亏，过日子有起有落，老掌柜那句“来年当慎赊”，放到今天，依然是朴素而管用的经营之道。",
        ])
    pg.furniture(["书边闲话"], "column label 书边闲话")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 17 + b.byline, "byline")
    pg.gap()
    stanzas = [["灯是一枚不肯落下的月亮", "照着书页上", "那些走了很远的路"],
               ["有人在第七章里卖掉了船", "有人在第九章里", "把一座城的名字", "写进了账本"],
               ["我合上书", "窗外的运河还在流", "像一句没有念完的话"]]
    c = Article(
        "c", "夜读", byline="□陆雁声", authors=["陆雁声"],
        notes="**new:** short poem: headline, byline line □X (the poet is the author), three stanzas of short lines "
              "parted by blank lines; all the verse lines are the body. Kind article.",
        paras=[Raw(s) for s in stanzas])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    for k, stanza in enumerate(stanzas):
        if k:
            pg.gap()
        for verse in stanza:
            pg.line(c, FW * 2 + verse, "body")
    pg.blank()
    pg.furniture(["本版编辑：柏小舟　　美编：梁上燕",
                  "投稿邮箱：dushu@lzjjb.cn"], "footer with editor, designer, e-mail")
    return pg


# ---------------------------------------------------------------------------
def ks02() -> Page:
    """Business weekly's 阅读 page with NO blank line anywhere: the book's data box printed BEFORE the review's
    headline; review with byline line 文｜X; interview with the author of another book (——副题 对话…, byline
    line 本刊记者 X, intro, then 云帆商业周刊：／NAME： paragraphs); 新书速递 list box; run-in 本刊讯（记者 X） item."""
    pg = Page("ks02.txt", cols=30, indent=FW, blanks="never", seed=4902,
              style="business weekly's 阅读 page indented with ONE U+3000 and NO blank line anywhere: header on three lines (weekly's name; date + issue numbers; 版名 阅读　BOOKS); the book's data box (《书名》, X　著, publisher + month, 定价) printed BEFORE the review's headline; review with byline line 文｜X; interview: headline in quotation marks, ——副题 对话《…》作者X, byline line 本刊记者 X, an intro paragraph, then paragraphs opening 云帆商业周刊： and 卞之衡：; 新书速递 list box (three lines 《书名》　X　著　publisher　定价); run-in 本刊讯（记者 X） item; footer with editor and e-mail")
    pg.furniture(["云帆商业周刊",
                  "2035年6月18日　第24期　总第412期",
                  "阅读　BOOKS"], "page header")
    pg.furniture(["《数字时代的小店经济》",
                  "贺知微　著",
                  "桐川出版社　2035年4月",
                  "定价：59.00元"], "book data box printed BEFORE the review's headline (not an article)")
    a = Article(
        "a", "小店为何能“小而不倒”",
        byline="文｜邵青梧", authors=["邵青梧"],
        notes="Book review; the book's data box is printed BEFORE its headline (not body, not part of the title). "
              "Byline line 文｜X: the reviewer is the author; the book's author (贺知微) is not.",
        paras=[
            "在大型连锁商超和电商平台的夹击下，街角的小店似乎总是被唱衰的对象。然而，贺知微在《数字时代的小店经济》中给出了一组出人意料的数据：过去五年，她跟踪调查的1200家社区小店中，有近七成仍在正常经营，其中三成的营业额还实现了增长。",
            "小店凭什么活下来？作者的答案是“熟人关系的数字化”。书中写到桐川市一家开了十五年的水果店，老板娘把熟客拉进三个微信群，每天早上发当天到货的照片，客人在群里接龙下单，下午自己来取或者由店里送上门。这种看似简单的做法，让小店的复购率达到了八成以上，损耗率则从过去的15%降到了5%左右。",
            "作者并不回避小店面临的困境。房租上涨、平台抽成、年轻人不愿接班，都是实实在在的压力。她在书中专门用一章讨论“小店的天花板”：依靠熟人关系，小店能够稳住基本盘，却很难扩张；一旦店主年纪大了，积累多年的客户关系也很难传承。",
            "作为一本研究性著作，这本书的可读性相当不错。作者把大量访谈和数据穿插在一个个具体的故事里，既有学术的严谨，也有街头巷尾的烟火气。对于关心城市商业生态的读者，以及正在经营或打算开一家小店的人来说，它都提供了不少有益的参考。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "“企业史不是英雄史”", kind="interview",
        subtitle="——对话《工厂的黄昏与黎明》作者卞之衡",
        byline="本刊记者　秦慕白", authors=["秦慕白"],
        notes="Interview: headline in quotation marks (kept in the title), ——副题 is the subtitle, byline line "
              "本刊记者 X (the interviewer, the author). The body is an intro paragraph, then paragraphs opening with "
              "the speakers 云帆商业周刊：／卞之衡：. The writer interviewed (卞之衡) is not an author. Kind interview.",
        paras=[
            "卞之衡当过十二年纺织厂技术员，后来转行做地方史研究。他的新书《工厂的黄昏与黎明》以楠州第三棉纺厂为样本，记录了一家老工厂从辉煌、停产到转型为创意园区的七十年。近日，本刊记者与他进行了一次对话。",
            "云帆商业周刊：为什么选择写一家工厂，而不是一位企业家？",
            "卞之衡：市面上写企业家的书很多，但企业从来不只是企业家一个人的。一家工厂里有厂长，也有挡车工、机修工、食堂师傅。我在书里想做的，是让这些普通人的声音被听见。企业史不是英雄史，它是一群人共同生活和劳动的历史。",
            "云帆商业周刊：书中有大量口述材料，采访过程顺利吗？",
            "卞之衡：前后采访了一百三十多位老职工，最大的困难是时间。不少老人已经八九十岁，有几位在书出版之前就去世了。这也是我着急把书写出来的原因，再晚几年，很多记忆就真的找不回来了。",
            "云帆商业周刊：工厂后来改成了创意园区，您怎么看这种转型？",
            "卞之衡：厂房保住了，这是好事。但我也希望园区在做商业运营的同时，能给这段历史留一点位置。现在园区里有一间小小的厂史陈列室，是老职工们自己凑钱布置的，我觉得这比任何宣传口号都更有分量。",
        ])
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.furniture(["新书速递",
                  "《县城的生意》　鲍远帆　著　栎坪出版社　定价：52.00元",
                  "《一张发票的旅行》　聂丛　著　定价：45.00元",
                  "《港口与腹地》　卫听潮　著　曲港出版社　定价：78.00元"],
                 "新书速递 list box (titles, authors, publishers, prices; no text: not an article)")
    c = Article(
        "c", "第九届桐川商业图书奖揭晓",
        byline="本刊讯（记者　冉秋池）", authors=["冉秋池"], lead="本刊讯（记者　冉秋池）",
        notes="**new:** the weekly's run-in 本刊讯（记者 X） (as 本报讯) excluded from first; the reporter is the author.",
        paras=[
            "6月15日，第九届桐川商业图书奖在桐川市揭晓，《漕运与市声：一座运河城市的商业史》《数字时代的小店经济》等10部作品获得年度好书称号，《工厂的黄昏与黎明》获评审团特别推荐奖。该奖项由桐川市出版协会等单位联合主办，今年共收到参评图书486种，创历届新高。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["本栏目编辑：左映秋　　邮箱：books@yfsyzk.com"], "footer with editor and e-mail")
    return pg


# ---------------------------------------------------------------------------
def ks03() -> Page:
    """Finance paper's 财富周刊·理财 page: label 理财问答 over a Q&A (headline, byline line 本报记者 X　整理, intro,
    问：（读者 …）／答： paragraphs); label 理财诊所 over a reader's case study with 【…】 crossheads; 理财提示 box;
    读者信箱 notice; footer with a disclaimer."""
    pg = Page("ks03.txt", cols=36, indent="  ", blanks="some", seed=4903, p_para=0.4, p_gap=0.8,
              style="finance daily's 财富周刊·理财 page indented with two ASCII spaces, blank lines sometimes: header on two lines (page number + 版名; paper + date with weekday); label 理财问答 over a Q&A: headline ending in 吗, byline line 本报记者 X　整理, an intro paragraph naming the planner who answers, then 问：…（读者　楠州　周女士）／答： paragraphs (two readers); label 理财诊所 over a reader's case study with byline line 本报记者 X and 【家庭概况】【理财目标】【专家建议】 crossheads; 理财提示 box of three ● tips; 读者信箱 notice; footer with editor, proof-reader and a disclaimer line")
    pg.furniture(["B3　财富周刊·理财",
                  "鼎昌财经日报　" + cn_date(2035, 6, 17)], "page header")
    pg.blank()
    a = Article(
        "a", "手头有闲钱，提前还房贷划算吗", section="理财问答", kind="interview",
        byline="本报记者　罗望舒　整理", authors=["罗望舒"],
        notes="Q&A under the label 理财问答 (section). Byline line 本报记者 X　整理: the compiler is the author. The "
              "body is an intro paragraph, then 问：／答： paragraphs; the readers asking (周女士, 小陈) and the planner "
              "who answers (狄安澜) are not authors. **new:** a 理财问答 column with a named planner answering readers' "
              "questions is kind interview (as the 权威解读 Q&A of handmade22 g03).",
        paras=[
            "近期，多家银行下调存款利率，不少读者来信询问：手里有一笔闲钱，是提前还房贷，还是拿去理财？本期我们请鼎昌银行楠州分行高级理财师狄安澜为读者答疑。",
            "问：我家房贷还剩80万元，利率3.1%，还有22年。手上有30万元存款，想提前还掉一部分，划算吗？（读者　楠州　周女士）",
            "答：判断是否提前还贷，关键是比较房贷利率和闲钱能够获得的稳健收益。目前一年期定期存款利率在1.4%左右，稳健型银行理财产品的收益率大多在2%至2.8%之间，都低于3.1%的房贷利率。单从利息账来看，提前还贷是划算的。但也要注意，提前还贷后家庭的流动资金会减少，建议至少保留6至12个月的家庭开支作为应急资金，不要把存款全部用于还贷。",
            "问：提前还贷时，是选择缩短年限还是减少月供？",
            "答：在还款能力允许的情况下，缩短年限节省的利息更多。以周女士的情况为例，提前还款20万元，如果选择月供不变、缩短年限，大约可以少还利息13万元；如果选择年限不变、减少月供，少还的利息约为8万元。不过，对于收入不太稳定或者未来有较大支出计划的家庭，减少月供可以减轻每月的还款压力，也是一种合理选择。",
            "问：我今年28岁，没有房贷，每月能结余5000元左右，应该怎么打理？（读者　桐川　小陈）",
            "答：年轻人的最大优势是时间。建议先把3至6个月的生活费存入活期或货币基金作为备用金，再为自己配置一份百万医疗险和意外险，剩余资金可以通过定投的方式参与指数基金等权益类资产。定投要坚持长期，不要因为短期涨跌频繁操作。同时，也可以每月拿出一小部分参与个人养老金，既能享受税收优惠，又能为养老做准备。",
        ])
    pg.furniture(["理财问答"], "column label 理财问答")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "月入两万的三口之家如何备足教育金", section="理财诊所",
        byline="本报记者　鲍一苇", authors=["鲍一苇"],
        notes="Reader's case study under the label 理财诊所 (section), byline line 本报记者 X. The 【家庭概况】"
              "【理财目标】【专家建议】 crossheads are body. The reader (周先生) and the adviser quoted (喻清和) are not "
              "authors.",
        paras=[
            Cross("【家庭概况】"),
            "周先生今年36岁，在楠州一家物流企业担任部门经理，税后月收入1.3万元；妻子在社区医院工作，税后月收入7000元。女儿今年6岁，刚上小学。家庭现有银行存款25万元、股票型基金8万元，房贷每月还款6200元，还有14年还清。家庭每月日常开支约7500元。",
            Cross("【理财目标】"),
            "一是在女儿18岁前准备好60万元教育金；二是五年内换一辆10万元左右的家用车；三是完善家庭保障。",
            Cross("【专家建议】"),
            "鼎昌证券财富管理部理财顾问喻清和分析，周先生家庭每月结余约6300元，年结余7.5万元左右，收支结构比较健康，但存在资产配置偏保守、保障不足两个问题。",
            "首先，完善保障。夫妻二人作为家庭经济支柱，应各配置一份定期寿险和重疾险，保额可按年收入的5至10倍考虑，每年保费控制在家庭年收入的10%以内。女儿可配置少儿医疗险和意外险。",
            "其次，教育金要早准备、分步走。距离女儿18岁还有12年，建议每月定投3000元于偏股型基金组合，按年化4%的收益率测算，12年后可积累约55万元，再加上现有的部分存款，基本可以实现60万元的目标。临近使用前三年，应逐步将资金转入稳健型产品，锁定收益。",
            "最后，换车资金可以从现有存款中划出10万元，存入三年期的稳健理财产品，到期后专款专用。剩余存款作为家庭应急资金。",
        ])
    pg.furniture(["理财诊所"], "column label 理财诊所")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["理财提示",
                  "●提前还贷前，先向银行确认是否收取违约金、需提前多久预约。",
                  "●购买理财产品要看清风险等级，业绩比较基准不等于实际收益。",
                  "●警惕以“高收益、保本保息”为噱头的非法集资。"],
                 "理财提示 box of tips (no headline, no byline: not an article)")
    pg.blank()
    pg.furniture(["读者信箱"]
                 + wrap("您在投资理财中遇到了什么困惑？欢迎来信，本版将邀请专业人士为您解答。来信请发至：licai@dccjrb.cn", 36, "  "),
                 "读者信箱 notice (call for readers' questions; not an article)")
    pg.blank()
    pg.furniture(["本版编辑：郁小棠　　校对：甘以宁",
                  "本版文章仅供参考，不构成投资建议。据此操作，风险自担。"], "footer with editor, proof-reader, disclaimer")
    return pg


# ---------------------------------------------------------------------------
def ks04() -> Page:
    """Business weekly's 人物 page: entrepreneur profile (引题 kicker, headline NAME：…, byline line 本刊记者 X　实习记者
    Y, crossheads, a pull quote between paragraphs, justified letter-spaced lines, a ▲ photo caption BETWEEN two
    paragraphs), 人物简介 box after it; label 创业手记 over an entrepreneur's first-person column (byline line 文／X,
    the writer's post in a bracketed line after the body)."""
    pg = Page("ks04.txt", cols=28, indent=FW * 2, blanks="arts", seed=4904,
              style="business weekly's 人物 page, two U+3000 indent, blank lines only between articles and blocks: header on two lines (版名 人物　PEOPLE; weekly + date); entrepreneur profile (about 910 chars) with an 引题 kicker, headline NAME：…, byline line 本刊记者 X　实习记者 Y, three crossheads, a pull quote (a sentence of the text repeated, set narrower) between paragraphs, two justified lines letter-spaced with ASCII spaces, a ▲ photo caption with credit 本刊记者 X　摄 wrapped over two lines BETWEEN two paragraphs; 人物简介 box (label over an indented paragraph) after the body; label 创业手记 over an entrepreneur's column with byline line 文／X and a line （作者系…董事长） after the body; footer with editors")
    pg.furniture(["人物　PEOPLE",
                  "云帆商业周刊　" + cn_date(2035, 6, 18, weekday=False)], "page header")
    pg.blank()
    a = Article(
        "a", "谭砚青：把一颗螺栓做到极致",
        subtitle="从乡镇修车铺到新能源汽车零部件“单项冠军”",
        byline="本刊记者　孔砚秋　实习记者　严小满", authors=["孔砚秋", "严小满"],
        notes="Entrepreneur profile. The 引题 above the headline (no 副题) is the subtitle. Byline line 本刊记者 X　实习记者 "
              "Y: both are authors (实习记者 as 实习生). Crossheads are body; **new:** the pull quote set narrower between "
              "two paragraphs (a sentence of the text repeated) is inside the body range and left in it. Two justified "
              "lines are letter-spaced. The ▲ photo caption with its credit (the writer 孔砚秋) printed between two "
              "paragraphs is not body; the 人物简介 box after the body is not body and not an article. The "
              "entrepreneur (谭砚青) is not an author.",
        paras=[
            "早上七点半，栎坪县经济开发区的砚青精工厂区里，谭砚青已经在检测中心转了一圈。他拿起一颗刚下线的高强度螺栓，对着灯光看了又看，然后交给身边的质检员：“螺纹收尾这里，再抽检一批。”",
            "这颗不起眼的螺栓，用在新能源汽车的电池包和电驱系统上，一辆车要用到近两百颗。去年，砚青精工的高强度紧固件出货量超过4亿件，在国内新能源汽车电池包紧固件细分市场的占有率达到三成，企业营业收入突破19亿元。",
            Cross("从修车铺起步"),
            "谭砚青出生在栎坪县青枫镇一个农民家庭。1996年，18岁的他揣着借来的两千元钱，在镇上的公路边开了一间修车铺。“那时候修车经常要换螺丝，好一点的螺丝要到省城去买，一来一回就是两天。”他说，自己做螺丝的念头就是那时候萌生的。",
            "2003年，谭砚青卖掉修车铺，买了两台二手冷镦机，在自家院子里办起了紧固件作坊。头几年产品只能卖给周边的农机厂，利润薄得像纸。真正的转折出现在2012年，一家汽车零部件企业来栎坪寻找配套供应商，谭砚青拿出了一批经过自己反复改进的样品，在十几家竞争者中拿下了第一笔汽车订单。",
            Quote("“一颗螺栓做不好，整辆车都要召回。在我们这个行业，没有‘差不多’这三个字。”"),
            Cross("“笨功夫”换来的订单"),
            "汽车行业对零部件质量的要求近乎苛刻。为了拿到主机厂的认证，砚青精工用了整整三年时间，先后改造生产线十一次。谭砚青至今记得，有一次因为一批产品的硬度检测数据波动，他带着技术人员在车间连续守了五天，最终找出问题出在热处理炉的温控探头上。",
            "“一颗螺栓做不好，整辆车都要召回。在我们这个行业，没有‘差不多’这三个字。”谭砚青说。正是靠着这种“笨功夫”，砚青精工在2019年进入新能源汽车供应链，并在此后几年里随着行业一起高速成长。",
            Cross("下一步要“走出去”"),
            "如今，砚青精工每年将营业收入的5%以上投入研发，拥有发明专利46项，参与制定了3项行业标准。去年，企业在栎坪新建的智能工厂投产，生产线自动化率超过85%，产品不良率降到百万分之八以下。",
            "谈到未来，谭砚青把目光投向了海外。“国内新能源汽车企业出海，我们做配套的也要跟上。”他告诉记者，公司正在筹备在海外建设第一座工厂，预计明年投产。“从修车铺到今天，我只做了一件事，就是把螺栓做好。接下来，还是做这一件事。”",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    cut = 9  # the photo caption is printed after the paragraph 正是靠着这种“笨功夫”
    pg.emit(a, justify(pg.render_body(a, end=cut), [4, 15], " "))
    pg.furniture(wrap("▲谭砚青（右）在检测中心与技术人员查看产品数据。　本刊记者　孔砚秋　摄", 28),
                 "photo caption with credit, between two paragraphs (not body)")
    pg.body(a, start=cut)
    pg.furniture(["人物简介"]
                 + wrap("谭砚青，1978年生，栎坪县青枫镇人，砚青精工股份有限公司创始人、董事长。2003年创办紧固件作坊，2012年进入汽车零部件行业，2019年起为多家新能源汽车企业配套。曾获栎坪县优秀民营企业家等称号。", 28, FW * 2),
                 "人物简介 box (bio of the person profiled; not body, not an article)")
    pg.blank()
    b = Article(
        "b", "“慢”也是一种竞争力", section="创业手记", kind="commentary",
        byline="文／俞归帆", authors=["俞归帆"],
        notes="Entrepreneur's first-person column under the label 创业手记 (section), byline line 文／X: the writer is "
              "the author. **new:** the line （作者系…董事长） printed after the body is not body. An argued column: "
              "kind commentary.",
        paras=[
            "做制造业二十年，常有人问我：现在行业变化这么快，你们怎么还是慢吞吞的？新产品一做就是两三年，产能也不急着扩。",
            "我的回答是，在精密制造这一行，慢不是落后，而是一种必要的耐心。一台设备的精度要稳定在微米级，需要一遍遍调试；一个新工艺从实验室走到生产线，要经过成百上千次验证。急于求成，往往欲速则不达。前几年行业景气的时候，身边有同行一口气上了好几条生产线，结果订单一回落，设备闲置、贷款压身，日子很不好过。",
            "当然，慢不等于停滞。我们在研发上从来没有省过钱，每年都会派工程师到客户的生产现场蹲点，把客户遇到的问题带回来，一个一个解决。客户用得放心，订单自然会来。",
            "对于中小制造企业来说，与其追风口、拼规模，不如沉下心来把一个产品做精、做透。慢下来的功夫，最终都会变成别人拿不走的竞争力。",
        ])
    pg.furniture(["创业手记"], "column label 创业手记")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.line(b, "（作者系楠州归帆精密机械有限公司董事长）", "note")
    pg.blank()
    pg.furniture(["责任编辑：芮知远　　美术编辑：贝小禾"], "footer")
    return pg


PAGES = [ks01, ks02, ks03, ks04]
