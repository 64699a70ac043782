"""Pages ky01-ky04 of handmade55 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, wrap


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print lines of a body exactly as given (verse, numbered tips): the kit's render_body needs a prose
    paragraph, so the items are built here and written with Page.emit."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


# ---------------------------------------------------------------------------
def ky01() -> Page:
    """City evening paper, 副刊 page: essay with □ byline under its headline (some lines letter-spaced); label 诗歌
    over two poems (poet's name under the title, stanzas parted by blank lines; the second 外一首 with the second
    poem's title inside); essay signed at its END (right-aligned name, then a 作者单位 line); 文旅 item with run-in
    本报讯（记者 X）."""
    pg = Page("ky01.txt", cols=26, indent=FW * 2, blanks="arts", seed=5501,
              style="city evening paper 副刊 page, blank lines only between articles, blocks and stanzas: header on three lines (paper; date with weekday + 第11版; 副刊 name + 主编 + 责任编辑); essay with byline line □ X under its headline, three body lines letter-spaced by justification; label 诗歌 over two poems, each a title, the poet's name on a line of its own and verse lines in stanzas parted by blank lines, the second titled …（外一首） with the second poem's title as a line inside; essay signed at its END (the name right-aligned on a line of its own, then a line （作者单位：…）); economic 文旅 item (非遗市集, visitors and sales) with run-in 本报讯（记者 X）; footer with 投稿邮箱 and proof-reader")
    pg.furniture(["岫城晚报",
                  cn_date(2035, 4, 12) + "　第11版",
                  "岫山·副刊　　主编：温如玉　　责任编辑：葛青萝"], "page header")
    pg.blank()
    a = Article(
        "a", "槐花落满旧街巷",
        byline="□ 林晚照", authors=["林晚照"],
        notes="Essay (散文) of the 副刊: byline line □ X under the headline (the □ is a mark; the writer is the author). "
              "Three body lines are letter-spaced by justification (spaces inside the text). Kind article, as every "
              "literary piece of this set (essays, poems, fiction, reviews).",
        paras=[
            "老城的槐树是有年纪的。它们站在青石板路的两旁，枝干黑黢黢的，像一群不爱说话的老人，一年里大半时间都沉默着，只有到了四月，才忽然热闹起来。",
            "槐花开的时候，整条巷子都是甜的。那香气不像栀子那样浓烈，也不像桂花那样缠绵，淡淡的，要走近了才闻得出来，走远了又恋恋不舍。小时候，我和巷子里的孩子们总爱拿竹竿去打槐花，打下来的花串用衣襟兜着，跑回家交给外婆。",
            "外婆会把槐花洗净，拌上面粉，上锅蒸熟，再浇一勺蒜汁和香油。那一碗槐花饭，是我记忆里春天最好的味道。后来读书、工作，走过许多地方，吃过许多山珍海味，却再也没有吃到过那样的滋味。",
            "前些日子回到老城，巷子已经修缮一新，槐树却都还在。树下多了几张长椅，几个老人坐着晒太阳，几个孩子仰着头，指着满树的白花叽叽喳喳。我站在树下，一阵风来，槐花簌簌地落了一身。那一刻我忽然明白，有些东西是不会走远的，它们只是换了一种方式，落在后来人的肩上。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, justify(pg.render_body(a), [5, 9, 15], sep=" "))
    pg.blank()
    pg.furniture(["诗歌"], "column label 诗歌")
    pg.blank()
    b = Article(
        "b", "春耕", section="诗歌", byline="秦小棹", authors=["秦小棹"],
        notes="Poem under the label 诗歌 (section): title, the poet's name alone on the next line (the byline; the poet "
              "is the author), verse lines without indent in two stanzas parted by a blank line; the body runs from "
              "the first to the last verse line.",
        paras=[Raw(["父亲把犁铧擦亮的时候", "布谷鸟还没有开口", "田埂上的露水", "已经替它说完了整个春天"]),
               Raw(["一头牛，一个人", "一行歪歪斜斜的脚印", "泥土翻过身来", "露出去年秋天藏好的心事"])])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    verse(pg, b, b.paras[0].lines)
    pg.blank()
    verse(pg, b, b.paras[1].lines)
    pg.blank()
    c = Article(
        "c", "山城的雨（外一首）", section="诗歌", byline="柏叶舟", authors=["柏叶舟"],
        notes="Two poems printed as one item: the title carries （外一首） (one more poem) and is written as printed; the "
              "second poem's title 夜渡 is a line inside the body (as a crosshead), so the body runs from the first "
              "verse line of 山城的雨 to the last of 夜渡. The poet's name under the title is the byline.",
        paras=[Raw(["雨是从石阶上走下来的", "一级一级，不慌不忙", "像卖豆花的老人", "挑着半城的灯火"]),
               Raw(["伞是开在巷子里的花", "开一朵，就有人回家"]),
               Cross("夜渡"),
               Raw(["船娘不说话", "橹声替她数着江水", "对岸的灯亮了又灭", "我把一生的犹豫", "都留在了这一程"])])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    verse(pg, c, c.paras[0].lines)
    pg.blank()
    verse(pg, c, c.paras[1].lines)
    pg.blank()
    verse(pg, c, [c.paras[2].text] + c.paras[3].lines)
    pg.blank()
    d = Article(
        "d", "父亲的二胡", byline="蒋慕白", authors=["蒋慕白"],
        notes="Essay signed at its END: the writer's name right-aligned on a line of its own after the last paragraph "
              "is the byline (he is the author); the line （作者单位：…） after it is neither body nor byline.",
        paras=[
            "父亲有一把二胡，琴筒上的蟒皮已经裂了一道细纹，他用胶布仔仔细细地缠了好几圈。那是他年轻时在县剧团拉琴用的，剧团散了以后，他回到厂里当了钳工，二胡就挂在了堂屋的墙上。",
            "我很少听父亲拉琴。只有逢年过节，喝了两盅酒，他才会把二胡取下来，调好弦，拉一段《良宵》。琴声有些发涩，父亲却拉得很认真，眼睛半闭着，好像回到了很远的地方。",
            "去年冬天，父亲住进了医院。出院那天，他让我把二胡带到病房，说想试试手还听不听使唤。他拉得很慢，有好几处断了，可同病房的老人们都鼓起掌来。父亲笑了，那是我见过他最舒展的笑容。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.line(d, FW * 21 + d.byline, "byline")
    pg.line(d, "（作者单位：岫城市第二人民医院）", "affiliation")
    pg.blank()
    e = Article(
        "e", "老街非遗市集开市首周迎客12万人次",
        byline="本报讯（记者　阮小溪）", authors=["阮小溪"], lead="本报讯（记者　阮小溪）",
        notes="The page's economic item (文旅 consumption). Run-in 本报讯（记者 X） excluded from first. The vendor "
              "quoted (郜春生) is not an author.",
        paras=[
            "4月5日开市的岫城老街非遗市集，首周累计接待市民游客12.3万人次，63个非遗和老字号摊位实现销售额486万元。剪纸、糖画、竹编等手作体验项目最受欢迎，周末时段需提前排队。",
            "“一天能卖出两百多把竹扇，比在店里多了好几倍。”竹编手艺人郜春生说。据了解，市集将持续至10月底，每逢周五至周日开放，其间还将举办非遗展演、老字号美食节等活动。",
        ])
    pg.headline(e)
    pg.body(e)
    pg.blank()
    pg.furniture(["投稿邮箱：xiushan@xcwb.cn　　本版校对：裘一苇"], "footer with 投稿邮箱 and proof-reader")
    return pg


# ---------------------------------------------------------------------------
def ky02() -> Page:
    """Provincial daily 文化 page: culture-industry lead (kicker, headline, ——副题, byline line 本报记者 X　通讯员 Y);
    label 书评 over a review with the book's data line under the byline; museum item with run-in
    本报讯（记者 X　实习生 Y）; 演出信息 box; consumption-voucher item with run-in 本报讯（记者 X）."""
    pg = Page("ky02.txt", cols=30, indent="  ", blanks="para", seed=5502,
              style="provincial daily 文化 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on three lines (paper; date with weekday; 文化 + page number); economic lead (culture-industry revenue) with 引题 kicker, headline, ——副题 and byline line 本报记者 X　通讯员 Y; label 书评 over a book review with byline line □ X and the book's data line (《书名》　author　著　publisher　date　定价) under the byline; museum exhibition item with run-in 本报讯（记者 X　实习生 Y）; 演出信息 listing box (three shows with dates, venues, prices); economic item (演出消费券) with run-in 本报讯（记者 X）; footer with editor and art editor")
    pg.furniture(["澜州日报",
                  cn_date(2035, 5, 20),
                  "文化　7"], "page header")
    pg.blank()
    a = Article(
        "a", "一季度全省规上文化企业营收增长9.6%",
        subtitle="——文化新业态行业营收增长14.2%",
        byline="本报记者　卢映雪　通讯员　季闻", authors=["卢映雪", "季闻"],
        notes="Economic lead of the culture page (culture-industry report). The 引题 kicker 数字赋能　业态焕新 is neither "
              "title nor subtitle (the ——副题 is the subtitle). Byline line 本报记者 X　通讯员 Y: both are authors. "
              "The official quoted (房致远) is not.",
        paras=[
            "省统计局日前发布数据，一季度全省规模以上文化及相关产业企业实现营业收入1386.4亿元，同比增长9.6%，增速比上年同期加快2.1个百分点。",
            "文化新业态成为增长主力。以数字出版、网络视听、互动娱乐、智慧文旅等为代表的16个文化新业态行业小类实现营业收入512.7亿元，增长14.2%，占全部规上文化企业营收的比重达到37.0%。其中，数字文化装备制造、沉浸式演艺等领域增速均超过20%。",
            "从区域看，澜州、枫湾、石渠三市规上文化企业营收合计占全省的68%，县域文化企业营收增速达到11.3%，快于全省平均水平。“文化和旅游、科技、消费的融合程度在加深，带动了一批中小文化企业成长。”省文化和旅游厅产业发展处处长房致远说。",
            "据悉，今年全省将新认定省级文化产业示范园区8个，设立总规模20亿元的文化产业投资基金，支持重点文化企业上市融资。",
        ])
    pg.kicker(a, "数字赋能　业态焕新")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["书评"], "column label 书评")
    pg.blank()
    b = Article(
        "b", "在江河的褶皱里打捞乡愁", section="书评", byline="□ 陶砚秋", authors=["陶砚秋"],
        notes="Book review under the label 书评 (section): byline line □ X (the reviewer is the author). The book's "
              "data line printed under the byline (《澜水谣》　宋晚舟　著　publisher　date　定价) is neither body nor "
              "byline, and the book's author 宋晚舟 is not an author of the review. Kind article (literary piece).",
        paras=[
            "读宋晚舟的长篇散文《澜水谣》，像是跟着一位熟悉水路的老船工，沿着澜江从源头一路漂到入海口。书中写了二十三个江边的村镇，写渡口、码头、鱼市、祠堂，也写船工、纤夫、渔妇和走街串巷的手艺人。",
            "作者的笔墨是节制的。他不急于抒情，而是把大量篇幅留给了细节：一张渔网要结多少个扣，一条木船从选料到下水要多少天，一场龙舟赛前要祭拜哪几位河神。正是这些看似琐碎的记录，让一条江有了体温。",
            "当然，书中也有可以商榷之处。部分章节史料引用稍显密集，叙述节奏因此放慢。但瑕不掩瑜，在乡村面貌日新月异的今天，这样一部用脚步丈量出来的江河志，值得我们放慢脚步细细品读。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.line(b, "《澜水谣》　宋晚舟　著　澜州文艺出版社　2035年3月　定价：58.00元", "bookdata")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "澜州博物院“丝路遗珍”特展开幕",
        byline="本报讯（记者　邵听雨　实习生　蓝一可）", authors=["邵听雨", "蓝一可"],
        lead="本报讯（记者　邵听雨　实习生　蓝一可）",
        notes="Run-in 本报讯（记者 X　实习生 Y） excluded from first; reporter and 实习生 are both authors.",
        paras=[
            "5月18日国际博物馆日当天，“丝路遗珍——澜州出土中外交流文物特展”在澜州博物院开幕。展览遴选金银器、瓷器、玻璃器、钱币等文物216件（套），其中一级文物31件，多件为首次公开展出。",
            "展览持续至8月底，观众可通过博物院官方平台预约参观，每日限流8000人次。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["演出信息",
                  "◎话剧《江城往事》　5月24日—26日　澜州大剧院　票价：80—480元",
                  "◎民族管弦乐音乐会《澜江春晓》　5月28日　澜州音乐厅　票价：60—280元",
                  "◎儿童剧《小河马回家》　6月1日　省艺术剧院　票价：50—180元"],
                 "演出信息 listing box (not an article)")
    pg.blank()
    d = Article(
        "d", "文化惠民消费季发放演出消费券200万元",
        byline="本报讯（记者　卢映雪）", authors=["卢映雪"], lead="本报讯（记者　卢映雪）",
        notes="Second economic item (cultural consumption). Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "记者从省文化和旅游厅获悉，2035年澜州文化惠民消费季将于5月25日启动，活动期间将分三批发放演出、电影、图书消费券共计200万元，单张面额20元至100元不等。去年消费季共带动文化消费3.1亿元，撬动比例超过1∶15。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["责任编辑：鲍知秋　　美术编辑：芮一帆"], "footer with editor and art editor")
    return pg


# ---------------------------------------------------------------------------
def ky03() -> Page:
    """Metropolitan daily 体育 page: match report (kicker, headline, byline line ■ 本报记者 X) with a photo
    caption after it; 积分榜 table; label 体育快讯 over three items (credits run in at the end, one none);
    sports-industry report with byline line 本报记者 X; 下轮赛程 box."""
    pg = Page("ky03.txt", cols=24, indent=FW, blanks="some", seed=5503, p_para=0.4, p_gap=0.8,
              style="metropolitan daily 体育 page indented with ONE U+3000, blank lines sometimes: header on three lines (体育; paper + date with weekday; A14); match report with 引题 kicker (the league and round), headline, byline line ■ 本报记者 X, photo caption with credit 本报记者 X　摄 after the body; 积分榜 table (title, header row, six rows); label 体育快讯 over three items, the first signed （记者 X） run in at the end, the second signed （通讯员 X） run in, the third with no credit; economic sports-industry report (赛事 + 周末消费) with byline line 本报记者 X; 下轮赛程 box (three fixtures with dates, times, venues); footer with editor and art editor")
    pg.furniture(["体育",
                  "汀屿都市报　" + cn_date(2035, 4, 8),
                  "A14"], "page header")
    pg.blank()
    a = Article(
        "a", "海鸥队主场逆转取得三连胜",
        byline="■ 本报记者　骆川", authors=["骆川"],
        notes="Match report. The 引题 kicker naming the league and round is neither title nor subtitle. Byline line "
              "■ 本报记者 X (the ■ is a mark). The photo caption with credit after the body is not body. The coach "
              "and players named are not authors.",
        paras=[
            "4月7日晚，职业足球乙级联赛第七轮在汀屿体育中心打响，汀屿海鸥队在先失一球的情况下连进两球，以2比1逆转澄湾远航队，取得三连胜，积分升至联赛第二位。",
            "比赛第18分钟，远航队利用一次角球机会头球破门。落后的海鸥队随即加强边路进攻，第39分钟，边锋谭一鸣突破后传中，中锋贺小冬抢点扳平比分。下半场第71分钟，替补登场的19岁小将陆川在禁区外一脚远射，皮球直挂球门死角。",
            "“球员们今天展现了很强的韧性。”海鸥队主教练费立群赛后说，球队接下来将连续两个客场作战，必须保持专注。当晚，现场观众达到2.1万人，创下本赛季主场上座纪录。",
        ])
    pg.kicker(a, "职业足球乙级联赛第七轮")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(wrap("▲陆川（中）打进制胜球后与队友庆祝。　本报记者　骆川　摄", 24),
                 "photo caption with credit (not body)")
    pg.blank()
    pg.furniture(["乙级联赛积分榜（前六名）",
                  "名次　球队　　胜　平　负　积分",
                  "1　　北岬队　　6　1　0　19",
                  "2　　海鸥队　　5　1　1　16",
                  "3　　远航队　　4　2　1　14",
                  "4　　石渠队　　4　1　2　13",
                  "5　　青鹭队　　3　2　2　11",
                  "6　　枫湾队　　3　1　3　10"], "积分榜 table (not an article)")
    pg.blank()
    pg.furniture(["体育快讯"], "column label 体育快讯")
    b1 = Article("b1", "市青少年游泳锦标赛落幕", section="体育快讯",
                 byline="（记者　骆川）", authors=["骆川"], tail="（记者　骆川）",
                 notes="Item of the 体育快讯 strip (section). The credit （记者 X） run in at the end is the byline, "
                       "excluded from last.",
                 paras=["4月6日，2035年汀屿市青少年游泳锦标赛落幕。来自全市27所学校和俱乐部的640余名选手参加了42个项目的角逐，共有5人9次打破市青少年纪录。"])
    b2 = Article("b2", "全民健身步道新增86公里", section="体育快讯",
                 byline="（通讯员　岑小满）", authors=["岑小满"], tail="（通讯员　岑小满）",
                 notes="Item of the 体育快讯 strip. The credit （通讯员 X） run in at the end is the byline, excluded "
                       "from last; the 通讯员 is the author.",
                 paras=["今年一季度，汀屿市新建改建全民健身步道86公里、社区多功能运动场23片。按照计划，年内全市将实现“15分钟健身圈”城区全覆盖。"])
    b3 = Article("b3", "棋类公开赛下月开赛", section="体育快讯",
                 notes="Item of the 体育快讯 strip with no credit: no byline, no authors.",
                 paras=["第五届汀屿“海韵杯”棋类公开赛将于5月10日至12日在市文化宫举行，设围棋、象棋、国际象棋三个项目，即日起接受报名。"])
    for art in (b1, b2, b3):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    c = Article(
        "c", "“跟着赛事去旅行”带火周末消费",
        byline="本报记者　褚一帆", authors=["褚一帆"],
        notes="The page's economic item (sports-industry / event economy report). Byline line 本报记者 X. The fan and "
              "the hotel manager quoted are not authors.",
        paras=[
            "一场足球赛能带来多少消费？汀屿市商务部门的监测数据显示，本赛季海鸥队前三个主场比赛日，体育中心周边3公里范围内的餐饮、住宿、零售消费额分别比平日增长62%、48%和35%。",
            "“看完球再去吃夜宵，已经成了我们球迷的固定节目。”从澄湾专程赶来的球迷方晓宇说。体育中心附近一家酒店的经理告诉记者，比赛日当晚客房入住率接近满房，其中外地球迷占到四成。",
            "今年，汀屿市推出“赛事＋文旅”消费套餐，持当场球票可享受景区门票、餐饮等优惠。全年计划举办各类体育赛事120场以上，预计带动相关消费超过15亿元。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["下轮赛程",
                  "4月13日　19:30　海鸥队—北岬队　（北岬）",
                  "4月13日　15:30　远航队—石渠队　（澄湾）",
                  "4月14日　19:00　青鹭队—枫湾队　（青鹭）"], "下轮赛程 box (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：殷朗　　美编：贺小鹿"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ky04() -> Page:
    """Provincial daily 健康 page with NO blank line: label 名医坐堂 over a doctor interview (headline with U+3000,
    ——副题, byline line 本报记者 X　通讯员 Y, intro, then 记者：/doctor： paragraphs); label 小贴士 over a box with
    its own headline and numbered tips; health-campaign item; health-consumption report; 义诊预告 box."""
    pg = Page("ky04.txt", cols=32, indent=FW * 2, blanks="never", seed=5504,
              style="provincial daily 健康·生活 page with NO blank line anywhere: header on three lines (paper; date with weekday + 第9版; 版名 + 责任编辑); label 名医坐堂 over a doctor interview: headline of two phrases parted by U+3000, ——副题 (访…主任医师X), byline line 本报记者 X　通讯员 Y, an intro paragraph, then 记者：／庞素心： paragraphs; label 小贴士 over a box with its own headline and three numbered tips (1. 2. 3.); health-campaign item with run-in 本报讯（通讯员 X　记者 Y）; economic health-consumption report (家用医疗器械 online sales) with byline line 本报记者 X; 义诊预告 box (hospital, date, place, departments, hotline); footer with proof-reader")
    pg.furniture(["青鹭日报",
                  cn_date(2035, 3, 28) + "　第9版",
                  "健康·生活　　责任编辑：符春晓"], "page header")
    pg.furniture(["名医坐堂"], "column label 名医坐堂")
    a = Article(
        "a", "春季过敏高发如何科学应对", head=["春季过敏高发　如何科学应对"], section="名医坐堂", kind="interview",
        subtitle="——访青鹭市第一人民医院变态反应科主任医师庞素心",
        byline="本报记者　阎书宁　通讯员　丁可", authors=["阎书宁", "丁可"],
        notes="Doctor interview under the label 名医坐堂 (section): headline of two phrases parted by U+3000, written "
              "unspaced; ——副题 is the subtitle; byline line 本报记者 X　通讯员 Y (both authors). The body is an intro "
              "paragraph and 记者：／庞素心： paragraphs; the doctor who answers is not an author. Kind interview.",
        paras=[
            "进入3月，青鹭市各大医院变态反应科门诊量明显上升。春季过敏有哪些表现？如何区分过敏和感冒？日常生活中又该如何预防？记者采访了青鹭市第一人民医院变态反应科主任医师庞素心。",
            "记者：春季为什么容易发生过敏？",
            "庞素心：春季气温回升，树木、花草进入授粉期，空气中的花粉浓度明显升高。加上早晚温差大、风沙天气多，呼吸道黏膜容易受到刺激。对花粉敏感的人群吸入后，就可能出现打喷嚏、流清涕、鼻痒、眼痒等症状，严重的还会诱发哮喘。",
            "记者：很多人分不清过敏和感冒，该怎么区分？",
            "庞素心：最简单的办法是看发热和病程。感冒一般会伴有发热、咽痛、全身酸痛，一周左右会好转；过敏通常不发热，症状在接触过敏原后加重，离开后减轻，而且每年同一时期反复出现。如果症状持续两周以上，建议到医院做过敏原检测。",
            "记者：已经确诊花粉过敏的患者，平时要注意什么？",
            "庞素心：关键是“避”和“治”相结合。花粉浓度高的时段尽量减少外出，出门佩戴口罩和眼镜；药物治疗要在医生指导下规范使用，不要症状一缓解就自行停药。对于症状较重、药物控制不理想的患者，可以考虑脱敏治疗，疗程一般为三到五年。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.furniture(["小贴士"], "column label 小贴士")
    b = Article(
        "b", "花粉季出门记住三件事", section="小贴士",
        notes="Tips box under the label 小贴士 (section) with its own headline and three numbered tips (the body); "
              "it prints no writer: no byline, no authors. Kind article.",
        paras=[Raw(["1.出门前查看花粉浓度预报，上午10时至下午4时尽量减少户外活动。",
                    "2.外出回家后及时更换外衣、清洗面部和鼻腔。",
                    "3.室内少开窗通风，可使用带高效过滤网的空气净化器。"])])
    pg.headline(b)
    verse(pg, b, b.paras[0].lines)
    c = Article(
        "c", "“三减三健”健康生活方式进社区",
        byline="本报讯（通讯员　姜澄　记者　阎书宁）", authors=["姜澄", "阎书宁"],
        lead="本报讯（通讯员　姜澄　记者　阎书宁）",
        notes="Run-in 本报讯（通讯员 X　记者 Y） (通讯员 first) excluded from first; both are authors.",
        paras=[
            "3月26日，青鹭市“三减三健”健康生活方式社区行活动在湖滨街道启动。活动以减盐、减油、减糖和健康口腔、健康体重、健康骨骼为主题，将在全年走进120个社区，开展健康讲座、免费体检和膳食指导等服务。",
            "启动仪式上，市疾控中心向居民发放了限盐勺、控油壶等工具1200余套。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "家用医疗器械线上销售额一季度增长27%",
        byline="本报记者　麦秋禾", authors=["麦秋禾"],
        notes="The page's economic item (health consumption). Byline line 本报记者 X. The operator and shop owner "
              "quoted are not authors.",
        paras=[
            "记者从青鹭市电子商务协会获悉，一季度全市家用医疗器械线上销售额达到3.8亿元，同比增长27.4%。其中，电子血压计、血糖仪、制氧机和雾化器位列销量前四，60岁以上消费者的订单占比首次超过三成。",
            "“不少年轻人给父母买，也有老人自己学着在手机上下单。”一家连锁药房线上业务负责人说。业内人士提醒，购买家用医疗器械应认准医疗器械注册证号，不要轻信“包治百病”的宣传。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.body(d)
    pg.furniture(["义诊预告",
                  "青鹭市第一人民医院“健康进万家”义诊",
                  "时间：4月2日（周三）上午8:30—11:30",
                  "地点：湖滨街道社区卫生服务中心",
                  "科室：心内科、内分泌科、变态反应科、眼科",
                  "咨询电话：0×××-8866××××"], "义诊预告 box (not an article)")
    pg.furniture(["本版校对：韦一舟"], "footer")
    return pg


PAGES = [ky01, ky02, ky03, ky04]
