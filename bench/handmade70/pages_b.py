"""Pages ln05-ln08 of handmade70 (development set; all papers, agencies, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, justify, wrap
from pages_a import verse, wd


# ---------------------------------------------------------------------------
def ln05() -> Page:
    """Taiwan-style regional paper 財經 page in a narrow column, a blank line after EVERY line: lead with headline on
    two lines and run-in 〔記者X／嵐港報導〕; caption 圖：X提供; label 財經短波 over three ◎ items; article with
    byline line 記者X／綜合報導."""
    pg = Page("ln05.txt", cols=18, indent=FW * 2, blanks="every", seed=7005,
              style="Taiwan-style regional paper 財經 page in a narrow column, extracted with a blank line after EVERY line: header on two lines; lead with headline on two lines and run-in 〔記者X／嵐港報導〕 wrapped over two lines; caption 圖：嵐港港務分公司提供 after the body; label 財經短波 over three items with ◎ headlines (one signed 〔記者X〕 at the end); article with byline line 記者X／綜合報導 and a ——副題; footer")
    pg.furniture([f"南瀛工商時報　2034年5月9日　星期{wd(2034, 5, 9)}",
                  "B1　財經"], "page header")
    a = Article(
        "a", "嵐港港貨櫃量首季增9.3%", head=["嵐港港貨櫃量", "首季增9.3%"],
        byline="〔記者蘇柏翰／嵐港報導〕", authors=["蘇柏翰"], lead="〔記者蘇柏翰／嵐港報導〕",
        notes="Lead: headline on two lines, joined. Run-in 〔記者X／嵐港報導〕 (wrapped over two lines in the narrow "
              "column) excluded from first; the reporter is the author. The caption 圖：X提供 after the body is not body "
              "(a credit to an organisation).",
        paras=[
            "嵐港港務分公司昨天公布，今年第一季貨櫃裝卸量達251.6萬TEU，年增9.3%，其中轉口櫃成長14.1%，主要受惠於遠洋航商調整航線、增加靠泊。",
            "港務分公司總經理彭耀宗說，第七貨櫃中心自動化碼頭啟用後，船舶平均滯港時間縮短約六小時，今年全年目標挑戰1,000萬TEU。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.furniture(["圖：嵐港港務分公司提供"], "photo caption credit (not body)")
    pg.furniture(["財經短波"], "column label 財經短波")
    b1 = Article("b1", "4月景氣燈號轉黃紅燈", head=["◎4月景氣燈號轉黃紅燈"], section="財經短波",
                 notes="Item of the 財經短波 strip with a ◎ headline (the mark is not part of the title). No credit.",
                 paras=["國家發展委員會公布，4月景氣對策信號綜合判斷分數為33分，較3月增加3分，燈號由綠燈轉為黃紅燈，為近兩年來首見。"])
    b2 = Article("b2", "南瀛農會信用部存款破千億", head=["◎南瀛農會信用部", "存款破千億"], section="財經短波",
                 byline="〔記者簡如婷〕", authors=["簡如婷"], tail="〔記者簡如婷〕",
                 notes="Item of the 財經短波 strip, its ◎ headline on two lines (joined). The credit 〔記者X〕 run in at "
                       "the end is the byline, excluded from last; the reporter is the author.",
                 paras=["南瀛市農會信用部存款總額本月突破新台幣1,000億元，放款餘額618億元，存放比約六成二，逾放比降至0.41%。"])
    b3 = Article("b3", "桐原工業區標售3筆土地", head=["◎桐原工業區標售3筆土地"], section="財經短波",
                 notes="Item of the 財經短波 strip with no credit: no byline, no authors.",
                 paras=["桐原工業區服務中心將於6月5日開標，標售3筆工業用地共4.2公頃，底價合計新台幣18.7億元。"])
    for art in (b1, b2, b3):
        pg.headline(art)
        pg.body(art)
    c = Article(
        "c", "外送平台抽成爭議餐飲業者喊吃不消", head=["外送平台抽成爭議", "餐飲業者喊吃不消"],
        subtitle="——公平會將調查平台收費結構",
        byline="記者簡如婷／綜合報導", authors=["簡如婷"],
        notes="Headline on two lines, joined; ——副題 is the subtitle. **new:** byline line 記者X／綜合報導 (a compiled "
              "report still names its reporter): the reporter is the author. The association chairman quoted is "
              "not.",
        paras=[
            "外送平台近日調高合作餐廳抽成比例，由30%提高至最高35%，引發業者反彈。南瀛市餐飲業職業工會昨天召開記者會，指出小型餐廳毛利原本只有一至兩成，抽成再提高，等於做白工。",
            "工會理事長童國禎表示，已有會員考慮退出平台，改用自家訂餐系統。公平交易委員會則回應，已注意相關收費結構，將了解是否涉及濫用市場地位。",
        ])
    pg.headline(c)
    pg.line(c, c.subtitle, "subtitle")
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["主編：鍾雅惠　美編：施博文"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ln06() -> Page:
    """Hong Kong-style daily 中國經濟 page that mixes traditional text with simplified-character reprints: article by
    the paper's correspondent (byline line 本報駐京記者　X); label 內地媒體摘要 over a simplified reprint whose source
    （摘自《X》） is run in at the end; simplified wire reprint with run-in 华岳社…电（记者 X）; 專欄 column in
    traditional characters with （作者為…） after it."""
    pg = Page("ln06.txt", cols=28, indent=FW * 2, blanks="some", seed=7006, p_para=0.5, p_gap=0.8,
              style="Hong Kong-style daily 中國經濟 page mixing traditional text with SIMPLIFIED-character reprints, blank lines sometimes: header on two lines (paper + 中國經濟 + A15; date with weekday); traditional article with byline line 本報駐京記者　X; label 內地媒體摘要 over a simplified reprint whose source （摘自《X》） is run in at the end; simplified wire reprint with run-in 华岳社澄江4月7日电（记者 X） under a simplified headline; label 神州觀察 over a traditional column with byline line ◆朱家棟 and （作者為…） after it; footer")
    pg.furniture(["港聲報　　中國經濟　　Ａ１５",
                  f"2034年4月8日　星期{wd(2034, 4, 8)}"], "page header")
    pg.blank()
    a = Article(
        "a", "內地首季GDP增5.1%消費貢獻率逾六成", head=["內地首季GDP增5.1%", "消費貢獻率逾六成"],
        byline="本報駐京記者　孫慧敏", authors=["孫慧敏"],
        notes="Traditional article, headline on two lines (joined; GDP kept). Byline line 本報駐京記者 X (the paper's "
              "correspondent): the author. The statistics spokesman quoted is not.",
        paras=[
            "國家統計部門昨日公布，首季國內生產總值按年增長5.1%，較去年第四季加快0.3個百分點。最終消費支出對經濟增長的貢獻率達63.4%，為近三年同期最高。",
            "統計部門發言人祁永年表示，服務消費增長較快，旅遊、餐飲和文娛消費持續升溫；製造業投資增長8.7%，其中高技術製造業投資增長13.2%。",
            "他同時承認，房地產開發投資仍按年下跌6.9%，部分地方財政壓力較大，外部環境不確定性上升，經濟回升基礎仍需鞏固。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["內地媒體摘要"], "column label 內地媒體摘要")
    b = Article(
        "b", "一季度新能源汽车出口增长31%", section="內地媒體摘要",
        byline="（摘自《华岳经济报》）", tail="（摘自《华岳经济报》）",
        notes="**new:** a SIMPLIFIED-character reprint on a traditional page: title and body as printed in simplified "
              "characters. The source （摘自《X》） run in at the end is the byline (a paper, not a person: no "
              "authors), excluded from last. Section: the label 內地媒體摘要 printed in traditional characters.",
        paras=[
            "海关统计显示，一季度我国新能源汽车出口38.6万辆，同比增长31.2%，出口金额达到92.4亿美元。其中，对东南亚和中东市场出口分别增长57%和44%，欧洲市场则因加征关税影响增速放缓至8%。",
            "业内人士分析，国内车企加快在海外建厂布局，本地化生产比重提高，有助于规避贸易壁垒。预计全年新能源汽车出口有望突破160万辆。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "澄江首批数据资产质押贷款落地",
        byline="华岳社澄江4月7日电（记者　邝晓岚）", authors=["邝晓岚"], lead="华岳社澄江4月7日电（记者　邝晓岚）",
        section="內地媒體摘要",
        notes="**new:** simplified wire reprint under the same label (section): run-in 华岳社澄江4月7日电（记者 X） in "
              "simplified characters excluded from first; the reporter is the author (name as printed, simplified). "
              "The bank officer quoted is not.",
        paras=[
            "记者7日从澄江一家股份制银行获悉，该行向两家软件企业发放数据资产质押贷款合计1.2亿元，这是当地首批以登记确权后的数据资产作为质押物的贷款。",
            "该行普惠金融部负责人卢振国介绍，此次贷款以企业持有的行业数据库经评估后的价值为基础，授信期限三年，利率较同期普通经营贷款低约30个基点。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    pg.furniture(["神州觀察"], "column label 神州觀察")
    d = Article(
        "d", "數據要素市場化港有角色", section="神州觀察", kind="commentary",
        byline="◆朱家棟", authors=["朱家棟"],
        notes="Traditional column under the label 神州觀察 (section), byline line ◆X (the mark is not part of the "
              "name): the columnist is the author; the line （作者為…） after the body is neither body nor byline. "
              "Kind commentary.",
        paras=[
            "內地首批數據資產質押貸款落地，意味着數據正式成為可融資、可交易的資產。對香港而言，這既是挑戰，也是機遇。",
            "香港擁有成熟的法律制度和國際認可的會計、評估專業，正好補足數據資產在確權、估值和跨境流通方面的短板。若能在北環區先行先試，建立數據資產登記和評估的互認機制，香港可望成為連接內地與國際的數據交易樞紐。",
            "當然，數據跨境涉及安全和私隱，兩地規則如何銜接，需要政府層面的協調。時不我待，業界應及早準備。",
        ])
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.gap()
    pg.body(d)
    pg.line(d, "（作者為港聲經濟研究所高級研究員）", "affiliation")
    pg.blank()
    pg.furniture(["責任編輯：杜卓文　　版面設計：岑靜儀"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ln07() -> Page:
    """An invented Taiwan-style news agency's 財經新聞稿 bulletin: five wire items, each a headline line over a body
    with a run-in dateline （環島社記者X瀛北15日電）, an editor line （編輯：X）1340515 after each; rule lines."""
    pg = Page("ln07.txt", cols=40, indent="", blanks="para", seed=7007,
              style="invented agency's 財經新聞稿 bulletin, NO indent, blank lines between paragraphs and blocks: header on three lines (agency + bulletin name, date with weekday + 第418期, rule line); five wire items, each a headline line over run-in datelines in brackets: （環島社記者X瀛北15日電）, （環島社記者X、Y嵐港15日電） with two reporters, （環島社記者X蘭斯堡14日專電） from abroad, （環島社瀛北15日綜合外電報導） with NO reporter, and one interview item whose body has 問：／答： paragraphs; after each item its editor line （編輯：X）1340515 on a line of its own, then a rule line; footer")
    pg.furniture(["環島通訊社　財經新聞稿",
                  f"2034年5月15日　星期{wd(2034, 5, 15)}　第418期",
                  "────────────────────"], "bulletin header")
    pg.blank()
    items = [
        Article("a", "瀛島4月外銷訂單年增21.4%創同期新高", head=["瀛島4月外銷訂單年增21.4% 創同期新高"],
                byline="（環島社記者高子晴瀛北15日電）", authors=["高子晴"], lead="（環島社記者高子晴瀛北15日電）",
                notes="Wire item: headline with an ASCII space between phrases, joined. Run-in dateline excluded from "
                      "first; the reporter is the author. The editor line after it is furniture.",
                paras=["經濟部今天公布4月外銷訂單金額為612.7億美元，年增21.4%，創歷年同月新高，連續11個月正成長。經濟部統計處副處長盧佳慧表示，新興科技應用持續擴展，帶動資訊通信及電子產品接單暢旺。",
                       "展望5月，經濟部預估外銷訂單金額介於595億至620億美元，年增17.5%至22.4%。"]),
        Article("b", "晶嵐半導體首季EPS4.82元毛利率攀至54%", head=["晶嵐半導體首季EPS 4.82元 毛利率攀至54%"],
                byline="（環島社記者林書宇、賴品瑄嵐港15日電）", authors=["林書宇", "賴品瑄"],
                lead="（環島社記者林書宇、賴品瑄嵐港15日電）",
                notes="Wire item with two reporters parted by 、 in the run-in dateline (about 20 characters, "
                      "excluded from first); both are authors. Headline with EPS and a figure, ASCII spaces "
                      "removed in the title.",
                paras=["晶圓代工廠晶嵐半導體今天召開法人說明會，第一季合併營收新台幣2,186億元，季增6.2%；稅後純益1,250億元，每股純益4.82元，毛利率54.1%，三項指標皆優於財測。",
                       "董事長暨總執行長韓啟明表示，先進製程需求強勁，第二季營收可望再成長8%至10%，全年資本支出維持在新台幣1兆元上下。"]),
        Article("c", "北美聯儲官員：年底前降息門檻仍高",
                byline="（環島社記者邱家瑜蘭斯堡14日專電）", authors=["邱家瑜"],
                lead="（環島社記者邱家瑜蘭斯堡14日專電）",
                notes="**new:** correspondent's item with the run-in （環島社記者X蘭斯堡14日專電） (專電 from abroad), "
                      "excluded from first; the correspondent is the author. The official quoted is not.",
                paras=["北美聯邦儲備局理事華納今天在一場經濟論壇上表示，通膨雖已放緩，但服務業價格仍具黏性，在看到更多數據之前，年底前降息的門檻仍高。",
                       "市場利率期貨顯示，交易員押注9月降息的機率由上週的58%降至41%。"]),
        Article("d", "國際油價連三跌布蘭特原油跌破每桶78美元", head=["國際油價連三跌 布蘭特原油跌破每桶78美元"],
                byline="（環島社瀛北15日綜合外電報導）", lead="（環島社瀛北15日綜合外電報導）",
                notes="**new:** run-in （環島社瀛北15日綜合外電報導） names NO reporter (compiled from foreign wires): "
                      "byline as printed, no authors; excluded from first.",
                paras=["國際油價14日連續第三個交易日走低，布蘭特原油期貨收在每桶77.64美元，跌1.3%；西德州中質原油收在每桶73.18美元，跌1.5%。",
                       "分析師指出，美國原油庫存意外增加，加上主要產油國增產傳聞，拖累油價表現。"]),
        Article("e", "金管會主委：保險業接軌新制不延後", kind="interview",
                byline="（環島社記者賴品瑄瀛北15日電）", authors=["賴品瑄"], lead="（環島社記者賴品瑄瀛北15日電）",
                notes="Wire interview item: an intro paragraph with the run-in dateline (excluded from first), then "
                      "問：／答： paragraphs; the reporter is the author, the official who answers (鄒明遠) is not. "
                      "Kind interview.",
                paras=["金融監督管理委員會主任委員鄒明遠今天接受環島社專訪，談保險業接軌國際會計準則新制的進度。",
                       "問：業者反映準備時間不足，新制是否可能延後上路？",
                       "答：新制將如期於明年1月1日實施，不會延後。金管會已提供10年過渡期與多項配套措施，業者應及早規劃增資與資產配置。",
                       "問：對投資人有什麼影響？",
                       "答：財務報表將更透明，短期內部分公司獲利可能波動，但長期有助於提升保險業的體質與國際評價。"]),
    ]
    editors = ["陳怡伶", "黃郁文", "蕭博仁", "陳怡伶", "黃郁文"]
    for art, ed in zip(items, editors):
        pg.headline(art)
        pg.gap()
        pg.body(art)
        pg.furniture([f"（編輯：{ed}）1340515"], "wire editor line (not body)")
        pg.gap()
        pg.furniture(["────────────────────"], "rule line")
        pg.gap()
    pg.furniture(["本新聞稿僅供訂戶使用，未經授權不得轉載。",
                  "值班編輯：戴士傑　　發稿：鄭宜蓁"], "bulletin footer")
    return pg


# ---------------------------------------------------------------------------
def ln08() -> Page:
    """Hong Kong-style daily 地產 page with column breaks: lead with an English project name and HK$ in the headline,
    byline line 記者　X, a 一手成交 table printed BETWEEN two paragraphs; label 樓市縱橫 over a column; run-in
    【本報訊】 item; an article whose body comes FIRST and whose headline and byline are printed after it."""
    pg = Page("ln08.txt", cols=24, indent=FW * 2, blanks="some", colbreak=12, seed=7008, p_para=0.5, p_gap=0.8,
              style="Hong Kong-style daily 地產 page, blank lines sometimes plus column breaks (a blank line every 12 body lines, also inside paragraphs): header on two lines (地產 + B8; paper + date with weekday); lead with an English project name in 「」 and HK$ in a headline on two lines, byline line 記者　X, a 本周一手成交 table printed BETWEEN two paragraphs; label 樓市縱橫 over a column with byline line X　title; item with run-in 【本報訊】; an article whose body comes FIRST and whose headline and byline line 記者　X are printed AFTER it; footer")
    pg.furniture(["地產　Ｂ８",
                  f"海港商報　2034年6月3日　星期{wd(2034, 6, 3)}"], "page header")
    pg.blank()
    a = Article(
        "a", "「THEAURELIA」首推138伙折實平均呎價HK$16,288",
        head=["「THE AURELIA」首推138伙", "折實平均呎價HK$16,288"],
        byline="記者　麥嘉雯", authors=["麥嘉雯"],
        notes="Lead: headline on two lines with an English project name in 「」 (spaces removed from the title as "
              "for every title, so THE AURELIA is written THEAURELIA) and HK$16,288, joined. Byline line 記者 X. The "
              "本周一手成交 table printed BETWEEN two paragraphs is not body; the developer's executive quoted is "
              "not an author.",
        paras=[
            "維灣地產旗下海澄區新盤「THE AURELIA」昨日公布首張價單，推出138伙，實用面積由298至812方呎，扣除最高18%折扣後，折實價由HK$468萬至HK$1,452萬，折實平均呎價HK$16,288，較區內二手屋苑低約5%。",
            "發展商營業部總經理盧詠詩表示，定價屬「貼市價」，希望吸引首置及換樓客，最快下周開放示範單位，月內開售。",
            "市場人士認為，近期新盤多以低於二手價開售，一手銷情暢旺，今年首五個月一手成交已逾8,600宗，按年增加約四成。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.gap()
    pg.furniture(["本周一手成交（宗）",
                  "項目　　　　　地區　　成交",
                  "海澄匯　　　　海澄　　　86",
                  "THE AURELIA　 海澄　　　—",
                  "石灣壹號　　　石灣　　　54",
                  "筲洲灣畔　　　筲洲　　　31",
                  "資料來源：各發展商"], "本周一手成交 table inside the lead (not body)")
    pg.gap()
    pg.body(a, start=2)
    pg.gap()
    pg.furniture(["樓市縱橫"], "column label 樓市縱橫")
    b = Article(
        "b", "減辣一年樓價見底未", section="樓市縱橫", kind="commentary",
        byline="汪浩天　置業地產研究部主管", authors=["汪浩天"],
        notes="Column under the label 樓市縱橫 (section); byline line X　title (name, then his post): the "
              "columnist is the author. Kind commentary.",
        paras=[
            "當局全面撤銷樓市「辣招」快滿一年，樓價指數累計回升約4%，成交量則比撤辣前增加近五成。樓價是否已經見底，是近日最多客人問的問題。",
            "筆者認為，樓價止跌的條件已逐步具備：一是息口見頂，按揭利率有望在下半年回落；二是新盤以低價推售，吸收了大量積壓需求，貨尾逐步減少；三是人才入境計劃帶來的租住需求，令租金回報率升至3.5%以上，吸引投資者回流。",
            "不過，一手貨量仍然龐大，未來三年預計有約十萬伙落成，發展商仍會以價換量。樓價反彈幅度相信有限，全年升幅約在5%至8%之間。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "銀行上調按揭現金回贈",
        byline="【本報訊】", lead="【本報訊】",
        notes="Item with the run-in 【本報訊】 (no reporter: no authors), excluded from first.",
        paras=[
            "多間銀行近日上調新造按揭的現金回贈，以搶佔一手按揭市場。海澄銀行將HK$500萬以上按揭貸款的回贈由1.5%提高至1.8%，維灣銀行亦推出「首置客戶」額外0.3%回贈。按揭轉介公司估計，五月份按揭申請宗數按月增加約一成。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    d = Article(
        "d", "工廈活化申請三年新高", byline="記者　鄺家俊", authors=["鄺家俊"],
        notes="**new for this set (as ky06 of handmade55):** the body comes FIRST; the headline and the byline line "
              "記者 X are printed AFTER it. The reporter is the author; the official quoted is not.",
        paras=[
            "規劃部門資料顯示，今年首五個月共收到42宗舊工業大廈整幢改裝或重建申請，為三年來同期新高，涉及樓面面積約38萬方呎，集中在石灣及筲洲一帶。",
            "規劃署發言人章凱文表示，放寬地積比率的優惠將於明年三月屆滿，業主趕在期限前遞交申請。業界估計，改裝後的樓面將主要用作數據中心、自存倉及文創工作室。",
        ])
    pg.body(d)
    pg.headline(d)
    pg.line(d, d.byline, "byline")
    pg.blank()
    pg.furniture(["責任編輯：關慧琳　　美術：蔣子謙"], "footer")
    return pg


PAGES = [ln05, ln06, ln07, ln08]
