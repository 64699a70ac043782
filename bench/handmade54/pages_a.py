"""Pages kx01-kx04 of handmade54 (development set; all papers, people, firms, authorities, places and figures invented).

A city daily's special issue for the 30th anniversary of an invented development zone (澄屿高新区, founded 1996):
front page, 大事记 page, 亲历者说 page, 老照片 page.
"""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, wrap


# ---------------------------------------------------------------------------
def kx01() -> Page:
    """City daily FRONT page of an anniversary special issue: masthead, slogan banner, lead with 引题 and run-in
    本报讯（记者 X　Y）; 寄语 of the city's party secretary signed at the END (post and name right-aligned);
    编者按 over a series, then the series label with ① over the first instalment (byline ■ 本报记者 X),
    continued-to line; congratulation ad (热烈祝贺…敬贺); footer."""
    pg = Page("kx01.txt", cols=26, indent=FW * 2, blanks="para", seed=5401,
              style="city daily FRONT page of an anniversary special issue, a blank line between paragraphs and blocks: five-line masthead (paper, pinyin name, date with weekday, issue number + 今日24版, CN line), slogan banner 热烈庆祝…建区三十周年 and 特刊 line; lead with 引题 over the headline and run-in 本报讯（记者 X　Y）; label 寄语 over the party secretary's piece signed at the END by a right-aligned line post　NAME; 编者按 paragraph over a series (not an article), series label 三十而立·高新答卷① over the first instalment with byline line ■ 本报记者 X and a continued-to line （下转T6版）; congratulation ad (热烈祝贺… / firm　敬贺 / address); footer with editor, 美编 and proof-reader")
    pg.furniture(["澄屿日报",
                  "CHENGYU RIBAO",
                  cn_date(2026, 5, 18),
                  "第12873号　今日24版",
                  "国内统一连续出版物号　CN 39-0027"], "masthead")
    pg.blank()
    pg.furniture(["热烈庆祝澄屿高新区建区三十周年",
                  "1996—2026　特刊　T1"], "slogan banner of the special issue")
    pg.blank()
    a = Article(
        "a", "澄屿高新区建区30周年发展大会举行",
        subtitle="三十载砥砺奋进　新征程再谱新篇",
        byline="本报讯（记者　闵岚　褚怀远）", authors=["闵岚", "褚怀远"],
        lead="本报讯（记者　闵岚　褚怀远）",
        notes="Lead of the special issue. The 引题 above the headline (no 副题) is the subtitle. Run-in "
              "本报讯（记者 X　Y） excluded from first; both reporters are authors. Officials named in the text "
              "(骆承礼, 甘如海) are not.",
        paras=[
            "5月17日上午，澄屿高新区建区30周年发展大会在高新区会展中心举行。市委书记骆承礼出席大会并讲话，市长甘如海主持。来自国内外的企业家代表、专家学者和历任管委会负责人约800人参加大会。",
            "骆承礼在讲话中回顾了高新区三十年来的发展历程。他说，三十年前，高新区在一片滩涂上起步；三十年后，这里已成长为集成电路、新型显示、生物医药三大产业集群的集聚地，以全市十五分之一的土地贡献了近三成的工业产值。",
            "大会发布了高新区“第四个十年”行动计划，提出到2036年，园区规模以上工业总产值突破6000亿元，高新技术企业数量达到3000家。会上，24个重大产业项目集中签约，总投资达486亿元。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "在新起点上续写创新传奇", section="寄语", kind="commentary",
        byline="中共澄屿市委书记　骆承礼", authors=["骆承礼"],
        notes="寄语 (label, the section) of an official: headline, text, and the writer's post and name printed on a "
              "right-aligned line at the END (the byline). **call:** the official who signs a 寄语 wrote it and is "
              "its author (unlike officials quoted in news). Kind commentary (a signed piece of opinion and "
              "exhortation, as a 评论).",
        paras=[
            "三十年前，一群拓荒者在澄屿湾畔的滩涂上打下第一根桩基。从那一刻起，“敢闯敢试、敢为人先”就写进了高新区的基因。",
            "三十年来，高新区从无到有、从小到大，走出了一条以创新驱动发展的路子。这份成绩，属于每一位在这里奋斗过的建设者、创业者和劳动者。",
            "站在新的起点上，希望高新区始终保持创业初期的那股闯劲和韧劲，在关键核心技术攻关上敢于啃硬骨头，在营商环境建设上敢于自我革命，为全市高质量发展蹚出新路、作出新的更大贡献。",
        ])
    pg.furniture(["寄语"], "column label 寄语")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 12 + b.byline, "byline")
    pg.gap()
    pg.furniture(wrap("编者按：三十年前，澄屿高新区在一片滩涂上破土奠基；三十年后，这里已是全市创新发展的主阵地。即日起，本报推出“三十而立·高新答卷”系列报道，从一块芯片、一块屏、一支药的成长故事中，回望高新区走过的路。敬请关注。", 26, FW * 2),
                  "编者按 over the series (an editor's note, not an article)")
    pg.gap()
    c = Article(
        "c", "一块芯片的三十年突围", section="三十而立·高新答卷",
        byline="■ 本报记者　阮清歌", authors=["阮清歌"],
        notes="First instalment of the series announced by the 编者按 above it: the series label with ① is the "
              "section (neither title nor kicker of the title); the 编者按 is not part of the body. Byline line "
              "■ 本报记者 X. The body is cut at the foot of the page by the continued-to line （下转T6版）, which is "
              "not body. The chairman quoted (庄穆清) is not an author.",
        paras=[
            "1998年，27岁的庄穆清带着6名同事，在高新区一间租来的厂房里开始做芯片封装测试。“那时候整个园区只有两条路是硬化的，下雨天厂房门口全是泥。”",
            "二十八年后，他创办的澄屿芯源微电子已是国内封测行业的头部企业，去年营业收入突破210亿元，客户遍及全球30多个国家和地区。在芯源的带动下，高新区集成电路产业链已集聚上下游企业160余家。",
            "“高新区给我们的，不只是土地和政策。”庄穆清说，最难的2008年，订单骤减，是管委会牵头协调银行续贷，企业才渡过难关。",
        ])
    pg.furniture(["三十而立·高新答卷①"], "series label with instalment number")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.furniture(["（下转T6版）"], "continued-to line (not body)")
    pg.blank()
    pg.furniture(["热烈祝贺澄屿高新区建区三十周年！",
                  "创新芯动力　智造新未来",
                  "澄屿芯源微电子股份有限公司　敬贺",
                  "地址：澄屿高新区芯谷大道1号　电话：0598-8812××××"],
                 "congratulation advertisement (not an article)")
    pg.blank()
    pg.furniture(["责任编辑：沈知微　　美编：甘小棠　　校对：穆春遥"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kx02() -> Page:
    """大事记 page: the zone's thirty-year timeline under its own headline (date-headed entries, the compiler's
    credit on a line at the end) = ONE article; 数说三十年 figures box; a 贺 strip of congratulating firms."""
    pg = Page("kx02.txt", cols=30, indent=FW * 2, blanks="some", seed=5402, p_para=0.3, p_gap=0.8,
              style="city daily special-issue 大事记 page, blank lines sometimes: header on two lines (T2 + date with weekday + 责任编辑; 特刊 name · 大事记); timeline under its own headline, entries each a date line (1996年3月18日 / 2001年 / 2008年9月) over one short paragraph, the compiler's credit （本报记者 X　整理） on a line of its own at the end and a 资料来源 line; 数说三十年 figures box (title, five figures each over an indented caption, 制图 credit); 贺 strip (label, slogan, firms three to a line, （排名不分先后）)")
    pg.furniture(["T2　" + cn_date(2026, 5, 18) + "　责任编辑：尹絮",
                  "澄屿高新区建区30周年特刊·大事记"], "page header")
    pg.blank()
    a = Article(
        "a", "澄屿高新区三十年大事记",
        byline="（本报记者　滕雪松　整理）", authors=["滕雪松"],
        notes="**call:** a 大事记 TIMELINE printed as a piece of its own (its own headline, a page-wide block, a "
              "compiler credited) is read as ONE article: the date lines and their entries are its body, from the "
              "first date line to the last entry. (A timeline printed as a 链接 box inside a feature, kx12, is "
              "none.) The compiler's credit （本报记者 X　整理） on a line of its own after the last entry is the "
              "byline; he is the author. The 资料来源 line after it is not body.",
        paras=[
            Cross("1996年3月18日"),
            "省政府批复同意设立澄屿高新技术产业开发区，规划面积2.6平方公里。同年5月18日，首期基础设施工程开工。",
            Cross("1998年6月"),
            "澄屿芯源微电子在区内注册成立，成为首批入驻的集成电路企业。",
            Cross("2001年"),
            "高新区被批准为国家级高新技术产业开发区，规划面积扩大至22平方公里。",
            Cross("2008年9月"),
            "面对国际金融危机冲击，管委会出台“稳企十条”，设立首期5亿元企业应急转贷资金。",
            Cross("2013年"),
            "澄屿湾科学城开工建设，新型显示产业园首条6代线投产。",
            Cross("2017年11月"),
            "高新区与澄屿大学共建的生物医药公共服务平台启用。",
            Cross("2021年"),
            "园区规模以上工业总产值首次突破3000亿元，高新技术企业突破1000家。",
            Cross("2024年"),
            "澄屿湾科学城一期建成，集成电路、新型显示、生物医药三大产业集群产值均超千亿元。",
            Cross("2026年5月17日"),
            "建区30周年发展大会举行，发布“第四个十年”行动计划。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.line(a, a.byline, "byline")
    pg.furniture(["资料来源：澄屿高新区管委会"], "source line of the timeline (not body)")
    pg.blank()
    pg.furniture(["数说三十年",
                  "2.6→98",
                  "　规划面积（平方公里）",
                  "5.1亿元→4870亿元",
                  "　规模以上工业总产值",
                  "12家→2368家",
                  "　高新技术企业",
                  "0→46家",
                  "　上市企业",
                  "3.4万人→61万人",
                  "　从业人员",
                  "制图：简一鸣"], "数说三十年 figures box (figures and captions only; not an article)")
    pg.blank()
    pg.furniture(["贺",
                  "热烈祝贺澄屿高新区建区三十周年",
                  "澄屿港务集团有限公司　澄屿农村商业银行　澄屿城投集团",
                  "澄屿新显光电有限公司　澄屿康衡生物医药股份有限公司",
                  "澄屿大学技术转移中心　澄屿湾科学城发展有限公司",
                  "（排名不分先后）"], "贺 strip: congratulation ad of several firms (not an article)")
    return pg


# ---------------------------------------------------------------------------
def kx03() -> Page:
    """亲历者说 page, narrow columns with column breaks: 口述 piece (byline line 口述／X　整理／本报记者 Y under the
    headline); first-person piece signed at the END (name right-aligned, then （作者系…）); 口述 piece whose
    narrator and compiler are credited on one line at its END."""
    pg = Page("kx03.txt", cols=22, indent=FW * 2, blanks="some", colbreak=14, seed=5403, p_para=0.4, p_gap=0.85,
              style="city daily special-issue 亲历者说 page in narrow columns, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on two lines; label 亲历者说; 口述 piece with kicker 口述实录, byline line 口述／X　整理／本报记者 Y under the headline; first-person piece signed at the END with the name alone right-aligned and a line （作者系…创始人）; 口述 piece with the credit line X　口述　　本报记者 Y　整理 right-aligned at its END; footer")
    pg.furniture(["T3　特刊·亲历者说", "澄屿日报　" + cn_date(2026, 5, 18, weekday=False)], "page header")
    pg.blank()
    pg.furniture(["亲历者说"], "column label 亲历者说")
    pg.blank()
    a = Article(
        "a", "滩涂上签下的第一份合同", section="亲历者说",
        byline="口述／邵天临　整理／本报记者　芦笙", authors=["邵天临", "芦笙"],
        notes="口述 (first-person account) under the page label 亲历者说 (section); the kicker 口述实录 is neither title "
              "nor subtitle. **call:** byline line 口述／X　整理／本报记者 Y: both the narrator (whose words the "
              "text is) and the reporter who wrote them up are authors. The investor named (韦伯恩) is not.",
        paras=[
            "1996年春天，我从市计委调到刚成立的高新区管委会，任招商局局长。说是局长，手下连我一共4个人，办公室是工地旁边的两间铁皮房。",
            "那时候，高新区除了一纸批文，什么都没有。我们带着一张手绘的规划图到处跑，人家一看，全是滩涂和鱼塘，扭头就走。跑了大半年，一个项目也没谈成。",
            "转机出现在那年冬天。一位做电子元件的港商韦伯恩来澄屿考察，我陪他在滩涂上走了整整一个下午。他问我，路什么时候通？电什么时候到？我当场拍胸脯：三个月。",
            "回来以后，我们和施工队一起吃住在工地，硬是在第88天把路修到了他的厂址门口。1997年1月，高新区第一份外资项目合同签了下来，金额只有380万美元，但我们几个人高兴得一宿没睡。",
        ])
    pg.kicker(a, "口述实录")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "我的“车库工厂”", section="亲历者说",
        byline="葛青禾", authors=["葛青禾"],
        notes="First-person piece signed at the END: the writer's name alone on a right-aligned line (the byline; "
              "she is the author), then the line （作者系…创始人）, which is not body either.",
        paras=[
            "2003年，我从澄屿大学博士毕业，和两个师弟凑了20万元，在高新区创业中心租了一间60平方米的房子。房子原本是车库，夏天闷热，我们就在里面调试第一台激光器样机。",
            "最难的时候，账上只剩下3000元。是创业中心帮我们申请到第一笔科技型中小企业创新基金，才熬过了那个冬天。",
            "如今，公司已经有了自己的产业园，员工超过1200人。每次路过那间车库，我都会停下来看一看。那里是我们梦开始的地方。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.line(b, FW * 17 + b.byline, "byline")
    pg.furniture(["（作者系澄屿启辰光电科技有限公司创始人）"], "作者系 line after the signature (not body)")
    pg.gap()
    c = Article(
        "c", "从流水线到“工匠榜”", section="亲历者说",
        byline="江月娥　口述　　本报记者　芦笙　整理", authors=["江月娥", "芦笙"],
        notes="口述 piece credited at the END on one right-aligned line X　口述　　本报记者 Y　整理 (the byline, not "
              "body); narrator and compiler are both authors, as in 滩涂上签下的第一份合同.",
        paras=[
            "1999年，我18岁，从老家坐了两天一夜的长途汽车来到高新区，进了一家电子厂当插件工。一条流水线上40多个姑娘，大多和我一样是外地来的。",
            "后来厂里办夜校，我报名学电工，一学就是三年。2016年，我成了车间里第一个女技师；去年，我的名字上了全市“工匠榜”。",
            "我在高新区安了家，女儿今年考上了澄屿大学的微电子专业。她说，以后也要在高新区上班。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.line(c, FW * 3 + c.byline, "byline")
    pg.blank()
    pg.furniture(["本版责任编辑：尹絮　　美编：甘小棠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kx04() -> Page:
    """老照片 page: short intro article (byline line 文／本报记者 X); three old photographs, each a heading line,
    a long caption and a credit line (photo news: brief); a plain caption of today's view (not an article);
    QR box; 征集启事 notice; footer."""
    pg = Page("kx04.txt", cols=34, indent="  ", blanks="arts", seed=5404,
              style="city daily special-issue 老照片 page indented with two ASCII spaces, blank lines only between articles and blocks: header on two lines; intro article with byline line 文／本报记者 X; three old photographs set as photo news, each a heading line (1996年·奠基), a caption of about 85 characters and a credit line (资料图片 / 本报记者 X　摄 / 供图), the credit on a line of its own; a plain caption of today's aerial view with credit (not an article); QR box 扫码观看…; 老照片征集启事 notice (label, text, e-mail and hotline); footer")
    pg.furniture(["T4　特刊·老照片", "澄屿日报　" + cn_date(2026, 5, 18)], "page header")
    pg.blank()
    a = Article(
        "a", "一帧一帧，都是奔跑的模样",
        byline="文／本报记者　阎秋实", authors=["阎秋实"],
        notes="Intro article of the 老照片 page: byline line 文／本报记者 X under the headline.",
        paras=[
            "翻开泛黄的相册，滩涂、铁皮房、泥泞的工地扑面而来；再抬头望向窗外，林立的厂房和研发楼一直延伸到海边。三十年，不过是几张照片的距离。",
            "建区30周年前夕，本报向社会征集高新区老照片，共收到市民、企业和档案部门提供的照片1100余张。我们从中选出几张，和读者一起重温那些奔跑的岁月。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    photos = [
        Article("p1", "1996年·奠基", kind="brief", byline="（资料图片　澄屿高新区管委会供图）",
                notes="Old photograph set as photo news (brief): heading line, long caption (the body), credit line "
                      "of an institution's archive (the byline; no person: no authors).",
                paras=["1996年5月18日，澄屿高新区首期基础设施工程开工仪式在澄屿湾畔的滩涂上举行。照片远处的几间铁皮房，就是管委会最早的办公场所。当天参加仪式的约200人，大多穿着胶鞋。"]),
        Article("p2", "2001年·“一号路”通车", kind="brief", byline="本报记者　甘霖　摄", authors=["甘霖"],
                notes="Old photograph set as photo news (brief): heading line, caption, credit line 本报记者 X　摄 "
                      "(the byline); the photographer is the author, as the photo news of earlier sets.",
                paras=["2001年10月，高新区第一条双向六车道主干道“一号路”建成通车，沿线首批8家企业同时开工建设。如今的“一号路”已更名为芯谷大道，两侧集聚了上百家集成电路企业。"]),
        Article("p3", "2008年·夜校", kind="brief", byline="（江月娥　供图）",
                notes="Old photograph set as photo news (brief). **call:** the credit （X　供图） names the person who "
                      "lent the photograph, not a photographer or writer: no authors (she is the narrator of a kx03 "
                      "piece, quoted here as the owner of the picture).",
                paras=["2008年，高新区一家电子厂利用食堂开办职工夜校，下班后的工人们在这里学习电工、机械制图和英语。照片中第二排左起第三人为江月娥，她后来成长为全市首批“澄屿工匠”之一。"]),
    ]
    for p in photos:
        p.authors = p.authors or []
        pg.headline(p)
        pg.body(p)
        pg.line(p, FW * 10 + p.byline, "byline")
        pg.blank()
    pg.furniture(["今日澄屿高新区全景（无人机照片）。　本报记者　甘霖　摄"],
                 "plain caption of a photograph without heading (not an article)")
    pg.blank()
    pg.furniture(["扫码观看", "纪录片《三十年·高新记忆》", "［二维码］"], "QR box")
    pg.blank()
    pg.furniture(["老照片征集启事"]
                 + wrap("为留存城市记忆，本报继续面向社会征集反映澄屿高新区建设发展历程的老照片、老物件及相关故事。来稿请注明拍摄时间、地点及简要说明，一经刊用即付稿酬。", 34, "  ")
                 + ["投稿邮箱：laozhaopian@cyrb.cn　　热线：0598-8866××××"],
                 "征集启事 notice (not an article)")
    pg.blank()
    pg.furniture(["本版责任编辑：尹絮　　美编：甘小棠　　校对：穆春遥"], "footer")
    return pg


PAGES = [kx01, kx02, kx03, kx04]
