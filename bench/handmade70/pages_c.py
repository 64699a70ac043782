"""Pages ln09-ln12 of handmade70 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, justify, wrap
from pages_a import verse, wd


# ---------------------------------------------------------------------------
def ln09() -> Page:
    """Macau-style commercial paper, NO indent: lead with run-in 【本報訊】記者X報道： and a caption 圖：本報記者 X;
    label 內地財經 over a SIMPLIFIED reprint with byline line 记者　X and a source line 来源：《X》 after the body;
    column 經濟漫談 with byline line under the headline and （作者為…）; item with run-in 【本報訊】."""
    pg = Page("ln09.txt", cols=32, indent="", blanks="para", seed=7009,
              style="Macau-style commercial paper 經濟 page with NO indent, blank lines between paragraphs and blocks (paragraph ends show only as blank lines): header on three lines (paper; date with weekday; 經濟新聞　第5版); lead with run-in 【本報訊】記者X報道： and a caption 圖：本報記者　X after the body; label 內地財經 over a SIMPLIFIED-character reprint with byline line 记者　X under the headline and a source line 来源：《X》 after the body; label 經濟漫談 over a column with byline line 文／X and （作者為…） after the body; short item with run-in 【本報訊】 naming no reporter; footer")
    pg.furniture(["濠鏡商報",
                  f"二〇三四年七月十一日　星期{wd(2034, 7, 11)}",
                  "經濟新聞　第５版"], "page header")
    pg.blank()
    a = Article(
        "a", "琴洲合作區澳資企業突破六千家",
        byline="【本報訊】記者何詠欣報道：", authors=["何詠欣"], lead="【本報訊】記者何詠欣報道：",
        notes="**new:** run-in 【本報訊】記者X報道： (the paper's mark, then the reporter, 報道 and a full-width colon) at the "
              "start of the first line, excluded from first; the reporter is the author. The caption with "
              "圖：本報記者　X after the body is not body; the photographer of a caption is not an author.",
        paras=[
            "琴洲合作區執委會昨日公布，截至六月底，區內實有澳資企業6,128家，較去年底增加約一成，註冊資本合計1,420億澳門元。其中，中醫藥、科技研發和文旅會展企業佔比超過四成。",
            "執委會經濟發展局副局長譚子軒表示，合作區將推出新一輪租金補貼，澳資初創企業首兩年可獲最高50%租金資助，並設立10億元產業引導基金。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.furniture(["圖：合作區內的澳資企業服務中心。　圖：本報記者　梁嘉明"], "photo caption with credit (not body)")
    pg.gap()
    pg.furniture(["內地財經"], "column label 內地財經")
    pg.gap()
    b = Article(
        "b", "南岭省跨境电商进出口额增长24%", section="內地財經",
        byline="记者　钟雨桐", authors=["钟雨桐"],
        notes="**new:** SIMPLIFIED reprint on a traditional page: title, byline and body as printed in simplified "
              "characters. Byline line 记者　X (simplified): the reporter is the author. The source line 来源：《X》 "
              "after the body is neither body nor byline. Section: the traditional label 內地財經.",
        paras=[
            "南岭省商务厅日前发布数据，上半年全省跨境电商进出口额达到1,286亿元，同比增长24.3%，其中出口增长29.6%。服装、小家电和户外用品位列出口前三，对拉美和中东市场出口增速均超过40%。",
            "商务厅有关负责人表示，全省已建成海外仓186个，下半年将再新增30个，并支持企业通过澳门开拓葡语国家市场。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.line(b, "来源：《南岭日报》", "source")
    pg.gap()
    pg.furniture(["經濟漫談"], "column label 經濟漫談")
    c = Article(
        "c", "葡語國家平台不應只是一塊招牌", section="經濟漫談", kind="commentary",
        byline="文／歐陽慧中", authors=["歐陽慧中"],
        notes="Column under the label 經濟漫談 (section), byline line 文／X (a two-character surname); the line "
              "（作者為…） after the body is neither body nor byline. Kind commentary.",
        paras=[
            "本澳作為中國與葡語國家商貿合作服務平台已有多年，論壇開過不少，展覽辦過不少，但真正經本澳完成的貿易額有多少，一直缺乏清晰的統計。",
            "筆者建議，平台工作應由「辦活動」轉向「做服務」：建立葡語國家產品的檢測認證中心，提供葡文法律和會計專業服務，並與內地跨境電商企業合作，讓葡語國家的咖啡、橄欖油和葡萄酒經本澳直達內地消費者。只有企業真正用得上，平台才不只是一塊招牌。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.line(c, "（作者為澳門註冊會計師）", "affiliation")
    pg.gap()
    d = Article(
        "d", "上半年訪澳旅客逾1,800萬人次",
        byline="【本報訊】", lead="【本報訊】",
        notes="Short item with the run-in 【本報訊】 naming no reporter: no authors; excluded from first.",
        paras=[
            "旅遊局數字顯示，上半年訪澳旅客共1,836萬人次，按年上升16.8%，留宿旅客平均逗留2.3晚。國際旅客按年增加42%，以東南亞旅客增幅最大。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["責任編輯：何嘉豪　　校對：葉美琪"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ln10() -> Page:
    """Taiwan-style daily 論壇 page: label 社論 over the editorial; label 經濟觀察 over a column with byline line ◎ X
    and （作者為…） after it; label 民意論壇 over a reader's piece with byline line ◎ X（place／occupation）; a
    cartoon caption 漫畫／X; 投稿須知 box."""
    pg = Page("ln10.txt", cols=36, indent=FW * 2, blanks="arts", seed=7010,
              style="Taiwan-style daily 論壇 page, blank lines only between articles and blocks: header on two lines (paper + A13 論壇; date with weekday); label 社論 over the editorial (headline, no signature), the label letter-spaced 社　論; label 經濟觀察 over a column with byline line ◎ X and （作者為…大學…教授） after it; label 民意論壇 over a reader's piece with byline line ◎ X（place／occupation）; cartoon caption 漫畫／X (not an article); 投稿須知 box; footer")
    pg.furniture(["嶼光日報　A13　論壇",
                  f"2034年9月20日　星期{wd(2034, 9, 20)}"], "page header")
    pg.blank()
    pg.furniture(["社　論"], "column label 社論 (letter-spaced)")
    a = Article(
        "a", "基本工資調漲後更要顧好中小企業", section="社論", kind="commentary",
        notes="The paper's editorial under the label 社論 (printed letter-spaced 社　論; section written 社論): no "
              "signature, so no byline and no authors. Kind commentary.",
        paras=[
            "勞動部基本工資審議委員會日前決議，明年起每月基本工資調升至新台幣31,480元，漲幅4.12%，時薪調升至208元。這是連續第十年調漲，約有240萬名勞工直接受惠。",
            "調薪有助於保障基層勞工生活，是社會共識；然而，瀛島中小企業家數佔全體企業逾九成八，吸納近八成就業人口，其中不少是利潤微薄的傳統產業與服務業。原物料、電價與租金接連上漲，再加上人事成本，業者的壓力不可小覷。",
            "政府不能只宣布調薪，卻把成本全數丟給企業。除了既有的加薪減稅措施，更應擴大中小企業數位轉型補助、提供低利週轉貸款，並協助傳統產業升級，提高附加價值。唯有企業撐得住，加薪才能長長久久。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.blank()
    pg.furniture(["經濟觀察"], "column label 經濟觀察")
    b = Article(
        "b", "AI伺服器熱潮下的產業隱憂", section="經濟觀察", kind="commentary",
        byline="◎ 許文彥", authors=["許文彥"],
        notes="Column under the label 經濟觀察 (section), byline line ◎ X (the mark is not part of the name): the "
              "columnist is the author; the line （作者為…） after the body is neither body nor byline. Kind "
              "commentary.",
        paras=[
            "今年前八個月，瀛島出口成長近兩成，其中資通與視聽產品貢獻超過七成。AI伺服器熱潮撐起了亮眼的成績單，卻也讓產業結構愈來愈集中。",
            "從歷史經驗看，單一產業帶動的榮景往往伴隨高度波動。一旦國際大廠調整資本支出，或地緣政治風險升溫，出口與股市都可能劇烈修正。更值得注意的是，傳統產業出口已連續兩年衰退，兩者的薪資與獲利差距持續擴大。",
            "政府在享受稅收增加之際，應把部分超徵稅收投入傳產轉型與人才培育，並分散出口市場，才不致讓經濟把所有雞蛋放在同一個籃子裡。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.line(b, "（作者為中嶼大學財務金融學系教授）", "affiliation")
    pg.blank()
    pg.furniture(["民意論壇"], "column label 民意論壇")
    c = Article(
        "c", "房貸族的升息之痛", section="民意論壇", kind="commentary",
        byline="◎ 張美蘭（南瀛市／退休教師）", authors=["張美蘭"],
        notes="Reader's piece under the label 民意論壇 (section), byline line ◎ X（place／occupation）: the writer "
              "is the author (place and occupation are part of the byline, not of the name). Kind commentary.",
        paras=[
            "兒子前年在瀛北近郊買了一間兩房小宅，貸款新台幣1,200萬元，當時房貸利率約2%，每月本息約4萬4千元。兩年來利率升了半碼多，月付金增加近2千元，對一個月薪不到6萬元的年輕上班族來說，壓力可想而知。",
            "政府打房是對的，但也應區分投資客與首購族。建議擴大青年安心成家貸款的適用對象，並延長寬限期，讓自住族喘一口氣。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.blank()
    pg.furniture(["漫畫／韋宗翰"], "cartoon caption (not an article)")
    pg.blank()
    pg.furniture(["投稿須知",
                  "本版歡迎讀者投稿，文長以800字為限，請附真實姓名、身分證字號、地址及電話。",
                  "投稿信箱：opinion@yuguang.com.tw"], "投稿須知 box (not an article)")
    pg.blank()
    pg.furniture(["主編：程郁婷"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ln11() -> Page:
    """Hong Kong-style financial paper 財經快訊 digest page in a narrow column: lead with stock codes and run-in
    【本報訊】; ● items; 【headline】 items run in; a SIMPLIFIED wire reprint with （完） at the end; 公司動向 box."""
    pg = Page("ln11.txt", cols=20, indent=FW, blanks="some", seed=7011, p_para=0.4, p_gap=0.8,
              style="Hong Kong-style financial paper 財經快訊 digest page in a narrow column indented with ONE U+3000, blank lines sometimes: header on two lines (paper + A4 財經快訊; date with weekday); lead with a headline with a stock code (09930) and HK$, run-in 【本報訊】記者X報道 without colon; two ● items (one signed （X） at the end); label 快訊 over two items whose headlines are run in at the start of their text in 【】; label 內地消息 over a SIMPLIFIED-character wire reprint with run-in 华岳社北京…电 (no reporter) and （完） run in at the end; 公司動向 box (stock codes and announcements); footer")
    pg.furniture(["滙港財經日報　A4　財經快訊",
                  f"2034年8月22日（星期{wd(2034, 8, 22)}）"], "page header")
    pg.blank()
    a = Article(
        "a", "晶嵐科技（09930）中期純利升42%派息HK$0.68", head=["晶嵐科技（09930）", "中期純利升42%", "派息HK$0.68"],
        byline="【本報訊】記者羅子軒報道", authors=["羅子軒"], lead="【本報訊】記者羅子軒報道　",
        notes="Lead: headline on three lines in the narrow column (joined; stock code in full-width brackets kept). "
              "Run-in 【本報訊】記者X報道 (no colon; a U+3000 after it) excluded from first; the reporter is the "
              "author. The CFO quoted is not.",
        paras=[
            "晶嵐科技昨日公布截至六月底止中期業績，收入HK$186.4億，按年增長27%；股東應佔純利HK$31.2億，增長42%，每股盈利HK$1.36，派中期息HK$0.68。",
            "財務總監殷浩霖表示，數據中心業務收入按年倍增，佔總收入比重升至35%，下半年訂單能見度良好。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b1 = Article("b1", "維灣人壽新造保費升19%", head=["●維灣人壽新造", "保費升19%"],
                 notes="Digest item with a ● headline on two lines (the mark is not part of the title). No credit.",
                 paras=["維灣人壽（01866）公布上半年新造業務保費HK$428億，按年升19%；新業務價值升23%至HK$96億。"])
    b2 = Article("b2", "筲洲置業售舊樓套現HK$8.8億", head=["●筲洲置業售舊樓", "套現HK$8.8億"],
                 byline="（范詠芝）", authors=["范詠芝"], tail="（范詠芝）",
                 notes="Digest item with a ● headline on two lines; the credit （X） run in at the end is the byline, "
                       "excluded from last; the writer is the author.",
                 paras=["筲洲置業（00588）宣布以HK$8.8億出售石灣一幢商業大廈，預計錄得出售收益約HK$1.2億，所得款項用作減債。"])
    for art in (b1, b2):
        pg.headline(art)
        pg.body(art)
        pg.gap()
    pg.furniture(["快訊"], "column label 快訊")
    c1 = Article("c1", "港元拆息全線回落", section="快訊", lead="【港元拆息全線回落】",
                 notes="Item of the 快訊 strip whose headline is run in at the start of its text in 【】: the title; its "
                       "title_line is the first body line; excluded from first. No credit.",
                 paras=["一個月港元銀行同業拆息昨日降至3.86厘，連跌五日；與供樓按揭息率掛鈎的一個月拆息回落，按揭封頂息率有望下調。"])
    c2 = Article("c2", "金價創新高", section="快訊", lead="【金價創新高】",
                 notes="Item of the 快訊 strip with its headline run in in 【】 (title; title_line the first body line), "
                       "excluded from first. No credit.",
                 paras=["現貨金價昨日一度升至每盎司2,986美元，創歷史新高，本地金飾店足金價格報每両HK$26,480。"])
    for art in (c1, c2):
        pg.body(art, head_role=True)
        pg.gap()
    pg.furniture(["內地消息"], "column label 內地消息")
    d = Article(
        "d", "央行下调支农支小再贷款利率", section="內地消息",
        byline="华岳社北京8月21日电", lead="华岳社北京8月21日电　", tail="（完）",
        notes="**new:** SIMPLIFIED wire reprint under the traditional label 內地消息 (section): run-in "
              "华岳社北京8月21日电 naming NO reporter (byline as printed, no authors), excluded from first; "
              "（完） run in at the end excluded from last.",
        paras=[
            "中央银行21日宣布，自8月22日起下调支农支小再贷款利率0.25个百分点，一年期利率降至1.75%。同时增加再贷款额度1,000亿元，重点支持县域小微企业和个体工商户。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.gap()
    pg.furniture(["公司動向",
                  "（00588）筲洲置業　出售資產",
                  "（01866）維灣人壽　中期業績",
                  "（02318）海澄銀行　董事變動",
                  "（09930）晶嵐科技　派息"], "公司動向 box (not an article)")
    pg.blank()
    pg.furniture(["編輯：鄺偉傑"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ln12() -> Page:
    """Taiwan-style 產業 page with column breaks: lead with a letter-spaced headline, ——副題 and byline line
    文／記者X　圖／記者Y, a caption after it; 小辭典 box; article with byline line 記者 X／竹溪報導 (spaced);
    label 產業短訊 over two items signed 〔記者X〕 / none."""
    pg = Page("ln12.txt", cols=30, indent=FW * 2, blanks="some", colbreak=10, seed=7012, p_para=0.4, p_gap=0.7,
              style="Taiwan-style daily 產業 page, blank lines sometimes plus column breaks (a blank line every 10 body lines): header on three lines; lead with a headline letter-spaced with ASCII spaces (English and figures kept whole), ——副題, byline line 文／記者X　圖／記者Y, caption 圖：… after the body; 小辭典 box (term and explanation); article with byline line 記者 X／竹溪報導 (a space after 記者); label 產業短訊 over two items (one signed 〔記者X〕 at the end, one with none); footer with editor")
    pg.furniture(["竹溪科技日報",
                  f"2034年10月5日　星期{wd(2034, 10, 5)}",
                  "A7　產業"], "page header")
    pg.blank()
    a = Article(
        "a", "矽光子聯盟擴至52家2037年產值拚3000億",
        subtitle="——共同封裝光學CPO成攻關重點",
        byline="文／記者葉書豪　圖／記者龔若瑜", authors=["葉書豪"],
        notes="Lead: headline letter-spaced with ASCII spaces (2037 and 3000 kept whole), written unspaced. ——副題 "
              "is the subtitle. Byline line 文／記者X　圖／記者Y: only the writer is an author (as handmade22). The "
              "caption 圖：… after the body is not body. Officials quoted are not authors.",
        paras=[
            "瀛島矽光子產業聯盟昨天舉行年會，成員由成立時的28家擴增至52家，涵蓋晶圓代工、封裝測試、光通訊元件及設備商。聯盟會長、晶嵐半導體資深副總經理卓承恩表示，目標在2037年帶動相關產值達新台幣3,000億元。",
            "卓承恩指出，AI資料中心對傳輸頻寬與能耗要求大幅提高，共同封裝光學（CPO）可望成為下一世代主流架構，聯盟今年將集中資源攻克光電元件整合與散熱兩大瓶頸。",
            "經濟部產業技術司副司長蔡孟勳說，政府四年將投入新台幣150億元補助矽光子研發與人才培育，並在竹溪科學園區設立試量產線，供中小企業共用。",
        ])
    pg.headline(a, sep=" ")
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(wrap("圖：瀛島矽光子產業聯盟昨舉行年會，成員展示共同封裝光學模組。", 30),
                 "photo caption (not body)")
    pg.gap()
    pg.furniture(["【小辭典】矽光子",
                  "以矽為材料，將光學元件與電子元件整合在同一晶片上，利用光",
                  "訊號傳輸資料，具有高頻寬、低功耗的優點。"], "小辭典 box (not an article)")
    pg.gap()
    b = Article(
        "b", "竹溪園區前8月營業額年增16%",
        byline="記者 簡立新／竹溪報導", authors=["簡立新"],
        notes="Byline line 記者 X／竹溪報導 (an ASCII space after 記者): the reporter is the author. The park director "
              "quoted is not.",
        paras=[
            "竹溪科學園區管理局今天公布，園區今年前8月營業額新台幣1兆2,480億元，年增16.2%，其中積體電路產業成長21.8%，光電產業則衰退3.1%。",
            "管理局長傅信良表示，園區三期擴建工程已完成六成，明年可再提供約30公頃用地；目前已有14家廠商表達進駐意願，多數屬AI晶片設計與先進封裝產業。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["產業短訊"], "column label 產業短訊")
    c1 = Article("c1", "桐原電子擴建車用晶片廠", section="產業短訊",
                 byline="〔記者葉書豪〕", authors=["葉書豪"], tail="〔記者葉書豪〕",
                 notes="Item of the 產業短訊 strip; the credit 〔記者X〕 run in at the end is the byline, excluded from "
                       "last; the reporter is the author.",
                 paras=["桐原電子董事會通過投資新台幣86億元擴建車用功率晶片廠，預計2036年第二季量產，月產能增加3萬片。"])
    c2 = Article("c2", "瀛島電池材料出口創新高", section="產業短訊",
                 notes="Item of the 產業短訊 strip with no credit: no byline, no authors.",
                 paras=["財政部統計，前8月鋰電池材料出口值達新台幣412億元，年增38%，創歷年同期新高，主要銷往東南亞及歐洲。"])
    for art in (c1, c2):
        pg.headline(art)
        pg.body(art)
    pg.blank()
    pg.furniture(["責任編輯：潘怡安　　校對：侯冠廷"], "footer")
    return pg


PAGES = [ln09, ln10, ln11, ln12]
