"""Pages kf09-kf12 of handmade36 (development set; all papers, agencies, names, firms, places and figures invented).

Hong Kong, Macao and Taiwan papers' economy and finance pages, printed in traditional characters."""
from __future__ import annotations

import datetime

from layout import FW, Article, Page, cn_date, justify


def roc_date(y: int, m: int, d: int) -> str:
    """中華民國124年6月12日　星期二 (Taiwan papers' era year; the weekday computed, never typed)."""
    return f"中華民國{y - 1911}年{m}月{d}日　星期" + "一二三四五六日"[datetime.date(y, m, d).weekday()]


# ---------------------------------------------------------------------------
def kf09() -> Page:
    """HK paper's 中國經濟 page, 46-character lines, NO indent, NO blank line anywhere: 特派記者 story (byline line
    本報特派記者 X北京報道) cut mid-sentence by the jump line （轉A14版）; wire item 華匯社北京6月11日電（記者 X、Y）;
    Reuters-like item signed （韋德社） at the end; run-in 本報訊（記者 X） item; some lines letter-spaced."""
    pg = Page("kf09.txt", cols=46, indent="", blanks="never", seed=3609,
              style="HK 經濟日報-style 中國經濟 page A12, wide column, NO indent and NO blank line anywhere (paragraph ends show only as short lines): header on three lines (A12 + 版名; paper + date with weekday; 責任編輯 and 版面); story by a 特派記者 with byline line 本報特派記者 X北京報道, two lines letter-spaced, its text CUT mid-sentence by the jump line （轉A14版） on a line of its own; wire item with run-in 華匯社北京6月11日電（記者 X、Y）; Reuters-like item with no dateline, signed （韋德社） run in at the end; run-in 本報訊（記者 X） item of one paragraph; footer")
    pg.furniture(["A12　中國經濟",
                  "維港經濟日報　" + cn_date(2035, 6, 12),
                  "責任編輯：關卓穎　版面：沈浩"], "page header")
    a = Article(
        "a", "內地擬推新一輪設備更新貸款貼息",
        byline="本報特派記者　杜靖雯北京報道", authors=["杜靖雯"],
        notes="**new:** byline line 本報特派記者 X北京報道 (the place and 報道 run on after the name): byline as "
              "printed, the reporter is the author. Two body lines are letter-spaced (justified). **new:** the text "
              "is CUT mid-sentence and continued on another page: the jump line （轉A14版） on a line of its own is "
              "not body, and last is the end of the printed text. The economist quoted (林靖遠) is not an author.",
        paras=[
            "據本報記者了解，內地有關部門正研究推出新一輪設備更新和技術改造專項貸款貼息政策，規模料超過五千億元人民幣，重點支持製造業、交通運輸、教育醫療等領域的設備更新，最快可於下月公布。",
            "知情人士透露，新一輪政策將延續「銀行自主決策、自擔風險」的原則，由中央財政對符合條件的貸款給予1.5個百分點的貼息，期限兩年。與上一輪相比，新政策將擴大覆蓋範圍，把中小企業的數字化改造及綠色低碳改造項目納入支持範圍。",
            "內地一家大型券商的首席經濟學家林靖遠分析，今年以來內地製造業投資增速有所放緩，部分企業對擴大投資仍持觀望態度。貼息政策可以直接降低企業融資成本，有助穩定製造業投資，預計可帶動相關設備投資逾1.2萬億元。",
            "不過，亦有業界人士指出，部分行業已出現產能過剩的苗頭，政策在執行時需要嚴格把關，避免資金流向低效重複建設的項目，同時要加強對貸款用途的事後監察，防止企業",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.emit(a, justify(pg.render_body(a), [2, 6], " "))
    pg.furniture(["（轉A14版）"], "jump line on a line of its own (not body)")
    b = Article(
        "b", "5月CPI按年升0.8%PPI降幅收窄", head=["5月CPI按年升0.8%　PPI降幅收窄"],
        byline="華匯社北京6月11日電（記者　程思遠、甄雅）", authors=["程思遠", "甄雅"],
        lead="華匯社北京6月11日電（記者　程思遠、甄雅）",
        notes="Headline of two phrases parted by U+3000, written unspaced. Wire item: run-in dateline "
              "華匯社北京6月11日電（記者 X、Y） excluded from first; both reporters are authors.",
        paras=[
            "統計部門11日公布，5月份全國居民消費價格指數（CPI）按年上升0.8%，升幅較上月擴大0.2個百分點；工業生產者出廠價格指數（PPI）按年下降0.9%，降幅較上月收窄0.3個百分點。",
            "統計部門首席統計師解讀稱，5月份消費市場繼續恢復，服務價格上升1.3%；受國際油價回落影響，國內能源價格有所下降。扣除食品和能源價格的核心CPI按年上升1.1%，為近兩年高位。",
        ])
    pg.headline(b)
    pg.body(b)
    c = Article(
        "c", "亞洲多國央行放緩減息步伐",
        byline="（韋德社）", tail="（韋德社）",
        notes="**new:** Reuters-like item with no dateline, signed with the invented agency's name （韋德社） run in "
              "at the end: the byline, excluded from last; an agency is not a person: no authors.",
        paras=[
            "受美元走強及能源價格反覆影響，多個亞洲經濟體的央行近期放緩減息步伐。市場調查顯示，區內11家主要央行中，有8家預計在第三季維持利率不變，較三個月前的調查結果明顯偏向審慎。",
            "分析員指出，區內貨幣兌美元今年以來普遍貶值，若過快減息，可能加劇資金外流壓力。部分出口導向型經濟體則面對外需放緩的挑戰，央行在穩定匯率與支持經濟增長之間難以取捨。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "灣區跨境車險互認擴至貨車",
        byline="本報訊（記者　唐嘉豪）", authors=["唐嘉豪"], lead="本報訊（記者　唐嘉豪）",
        notes="Run-in 本報訊（記者 X） excluded from first.",
        paras=[
            "內地有關部門昨日宣布，灣區跨境機動車保險互認安排將由私家車擴展至跨境貨車，港澳註冊的跨境貨車車主可在本地購買內地的強制保險及商業第三者責任險，毋須再往內地另行投保。新安排預計9月起實施，估計受惠車輛逾1.8萬輛。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["維港經濟日報　A12　中國經濟　　廣告查詢：2565 ××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kf10() -> Page:
    """Taiwan 工商時報-style 國際．兩岸 page: translated story with run-in 【編譯X／綜合外電報導】; an article whose body
    comes first and whose headline and byline line 記者X／台北報導 are printed AFTER it; correspondent's story with
    byline line 特派員X／維斯堡報導; 國際股匯市 box."""
    pg = Page("kf10.txt", cols=34, indent=FW * 2, blanks="some", seed=3610, p_para=0.4, p_gap=0.85,
              style="Taiwan 工商時報-style 國際．兩岸 page A8: header on three lines (A8 + 版名; paper + 中華民國 date with weekday; 主編); translated story with run-in 【編譯X／綜合外電報導】, translated names with ·; then an article whose body comes FIRST and whose headline and byline line 記者X／台北報導 are printed AFTER it; correspondent's story with byline line 特派員X／維斯堡報導 from an invented foreign capital; 國際股匯市 box (title with date, three rows); footer with 美編")
    pg.furniture(["A8　國際．兩岸",
                  "瀛海工商時報　" + roc_date(2035, 6, 12),
                  "主編：鄭雅文"], "page header")
    pg.blank()
    a = Article(
        "a", "諾維亞央行按兵不動總裁暗示年底前不降息",
        head=["諾維亞央行按兵不動　總裁暗示年底前不降息"],
        byline="【編譯孫立婷／綜合外電報導】", authors=["孫立婷"], lead="【編譯孫立婷／綜合外電報導】",
        notes="Headline of two phrases parted by U+3000, written unspaced. **new:** run-in 【編譯X／綜合外電報導】: the "
              "byline, excluded from first; the translator-compiler is the author (as the 編譯 credits of "
              "handmade22). The governor quoted (艾琳·霍斯特, a translated name with ·) is not an author.",
        paras=[
            "諾維亞中央銀行11日宣布維持基準利率4.25%不變，符合市場預期。總裁艾琳·霍斯特在會後記者會上表示，國內服務業通膨仍然頑固，央行需要看到更多物價降溫的證據，才會考慮調整利率，暗示年底前降息的機率不高。",
            "諾維亞統計局公布，該國5月消費者物價指數年增3.1%，核心通膨年增3.4%，均高於央行2%的目標。霍斯特指出，勞動市場依然緊俏，薪資成長速度偏快，是服務業價格居高不下的主因。",
            "市場反應方面，諾維亞幣兌美元在決議公布後走升0.6%，10年期公債殖利率上揚8個基點至3.92%。分析師認為，央行偏鷹派的立場將對房市與企業投資造成壓力。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "前5月對外投資年增42%東南亞占比創新高",
        head=["前5月對外投資年增42%　東南亞占比創新高"],
        byline="記者黃柏霖／台北報導", authors=["黃柏霖"],
        notes="Headline and byline line 記者X／台北報導 printed AFTER the body (the body follows the previous "
              "article's text). Headline of two phrases parted by U+3000, written unspaced.",
        paras=[
            "經濟部門投資審議單位昨（11）日公布統計，今年前5月核准對外投資金額達84.6億美元，年增42.3%，其中對東南亞投資占比提高至38%，創歷年同期新高；對中國大陸投資金額則為9.2億美元，年減17.5%。",
            "官員分析，國際供應鏈重組持續，電子零組件與紡織業者為分散風險，陸續赴東南亞及南亞設廠，是對東南亞投資大增的主因。",
            "另一方面，前5月核准僑外投資金額為61.8億美元，年增19.4%，主要來自離岸風電與半導體相關投資。",
        ])
    pg.body(b)
    pg.gap()
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    c = Article(
        "c", "維斯堡電動巴士標案台廠拿下三成", head=["維斯堡電動巴士標案　台廠拿下三成"],
        byline="特派員盧思穎／維斯堡報導", authors=["盧思穎"],
        notes="Correspondent's story from an invented foreign capital: byline line 特派員X／維斯堡報導, the "
              "correspondent is the author. The manager quoted (許庭瑋) is not an author.",
        paras=[
            "諾維亞首都維斯堡市政府日前公布新一批電動巴士採購結果，總數420輛中，有三成由台灣車廠與當地業者合組的團隊得標，金額約1.6億歐元，是台灣電動巴士業者在歐洲市場拿下的最大訂單。",
            "得標團隊之一的港南客車總經理許庭瑋表示，公司採取「台灣設計、當地組裝」的模式，電池與動力系統由台灣出口，車身在當地工廠組裝，以符合當地的在地生產比例要求。他說，首批車輛預計明年第2季交車。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["國際股匯市（6月11日）",
                  "諾維亞綜合指數　8,412.6　－0.4%",
                  "卡洛港科技指數　15,236.8　＋1.2%",
                  "新台幣兌美元　　30.215　升0.8分"], "國際股匯市 box (not an article)")
    pg.blank()
    pg.furniture(["美編：許瑜庭"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kf11() -> Page:
    """HK 經濟日報-style 零售．消費 page extracted with a blank line after EVERY line: lead whose headline is spread
    across the column with U+3000 and broken in mid-word, byline line 記者 X; photo news (brief) with 圖：本報記者
    X攝; article with a headline letter-spaced with single ASCII spaces (quotes spaced too) and byline line
    本報記者 X (a compound surname); shopping-mall advertisement."""
    pg = Page("kf11.txt", cols=20, indent="  ", blanks="every", seed=3611,
              style="HK 經濟日報-style 零售．消費 page B6 extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines; lead whose headline is letter-spaced with U+3000 across the column on two lines, broken in MID-WORD, byline line 記者 X; photo news (brief): headline, caption, credit line 圖：本報記者 X攝; article whose headline is letter-spaced with single ASCII spaces on one line (the 「」 spaced too), byline line 本報記者 X with a compound surname; shopping-mall ADVERTISEMENT; footer with editor and 美術")
    pg.furniture(["維港經濟日報　" + cn_date(2035, 6, 13), "B6　零售．消費"], "page header")
    a = Article(
        "a", "五月零售銷貨價值按年跌3.2%",
        byline="記者　梁凱晴", authors=["梁凱晴"],
        notes="Headline letter-spaced with U+3000 across the column, in two halves broken in mid-word, joined "
              "unspaced. Byline line 記者 X.",
        paras=[
            "統計部門昨日公布，五月份零售業總銷貨價值臨時估計為298億元，按年下跌3.2%，跌幅較四月收窄1.5個百分點。首五個月合計，零售銷貨價值按年下跌4.6%。",
            "按商品類別分析，珠寶首飾、鐘錶及名貴禮物的銷貨價值按年下跌11.8%，跌幅最大；藥物及化妝品下跌5.4%；超級市場貨品則微升0.7%。",
            "零售管理業界人士表示，訪港旅客人次雖然持續增加，但旅客消費模式改變，更傾向體驗式消費，加上本地居民假日北上消費，令零售業復甦步伐緩慢。業界預計，六月份銷貨價值仍會錄得按年輕微下跌。",
        ])
    pg.headline(a, lines=["五　月　零　售　銷　貨", "價　值　按　年　跌　3.2%"])
    pg.line(a, a.byline, "byline")
    pg.body(a)
    p = Article(
        "p", "海濱市集周末開幕", kind="brief",
        byline="圖：本報記者　羅浩然攝", authors=["羅浩然"],
        notes="Photo news (brief): headline, caption, credit line 圖：本報記者 X攝 after it (the byline); the "
              "photographer is the author.",
        paras=[
            "青洲灣海濱長廊的周末市集昨日開幕，近百個攤位售賣本地設計精品及特色小食，吸引大批市民及旅客參觀。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    c = Article(
        "c", "連鎖食肆推「一人餐」搶客",
        byline="本報記者　歐陽嘉敏", authors=["歐陽嘉敏"],
        notes="Headline letter-spaced with single ASCII spaces on one line (the 「」 spaced too), written unspaced. "
              "Byline line 本報記者 X; the compound surname 歐陽 is part of the name. The director quoted (韋家樂) "
              "is not an author.",
        paras=[
            "面對經營壓力，不少連鎖食肆推出「一人餐」及平價套餐吸客。本地連鎖集團嶺記餐飲旗下40間分店由本月起推出午市一人套餐，售價由48元起，較一般午市套餐便宜約兩成。",
            "嶺記餐飲營運總監韋家樂表示，近年獨自用膳的上班族明顯增加，一人餐可以提高翻枱率及座位使用率。推出兩星期以來，午市客流量增加約一成半，但人均消費有所下降。",
            "飲食業界人士指出，食肆租金及人工成本高企，平價策略只能短期吸引人流，長遠仍需提升產品特色及服務質素，才能留住熟客。",
        ])
    pg.headline(c, sep=" ")
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(["廣告",
                  "錦峰廣場　夏日購物節",
                  "消費滿$800送$100電子禮券",
                  "6月14日至7月14日",
                  "客戶服務熱線：2618 ××××"], "shopping-mall advertisement (not an article)")
    pg.furniture(["責任編輯：顏曉嵐　　美術：嚴卓瑩"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kf12() -> Page:
    """信報-style 評論．觀點 page with column breaks: 社評 under its label; two 專欄 set side by side and read across
    the columns, OUT OF ORDER (pen-name column 文：X with 作者簡介 line; 財經評論 signed by a right-aligned name with a
    作者為… line); disclaimer footer."""
    pg = Page("kf12.txt", cols=32, indent=FW, blanks="some", colbreak=14, seed=3612, p_para=0.4, p_gap=0.85,
              style="信報-style 評論．觀點 page indented with ONE U+3000, blank lines sometimes plus column breaks (a blank line every 14 body lines, also inside paragraphs): header on three lines (paper + date with weekday; 版名 + 第15版; 責任編輯); label 社評 over an unsigned editorial; then two columns set side by side and read ACROSS, OUT OF ORDER: column name 市井財經, headline, byline line 文：X (pen name), its first 5 lines; label 財經評論, headline, its first 6 lines; the rest of the first column and its 作者簡介 line; the rest of the second, the writer's name right-aligned on a line of its own and a line 作者為…; disclaimer footer")
    pg.furniture(["港信日報　" + cn_date(2035, 6, 13),
                  "評論．觀點　第15版",
                  "責任編輯：莫綺雯"], "page header")
    pg.blank()
    a = Article(
        "a", "零售轉型不能只靠旅客", section="社評", kind="commentary",
        notes="Editorial under the label 社評 (section), unsigned: no byline, no authors. Commentary.",
        paras=[
            "五月份零售銷貨價值按年下跌3.2%，已是連續第十四個月下跌。訪港旅客人次回升而零售未見起色，說明本港零售業面對的不只是周期性調整，而是消費模式的結構性轉變。",
            "過去，本港零售業過分依賴旅客購買名貴商品，業態單一、租金高企。如今旅客更重視體驗和性價比，本地居民亦習慣跨境消費，傳統模式難以為繼。業界與其寄望旅客重拾昔日消費力，不如主動求變。",
            "政府可以做的，是為轉型創造條件：檢討商場及街舖的規劃用途限制，鼓勵業主與租戶共同承擔風險，推動老區特色小店和文化旅遊結合；同時善用盛事經濟，把人流轉化為消費。零售業是本港就業的重要支柱，轉型之路雖然艱難，卻不能不走。",
        ])
    pg.furniture(["社評"], "label 社評")
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "北上消費的另一面", section="市井財經", kind="commentary",
        byline="文：石磯", authors=["石磯"],
        notes="專欄 under its column name 市井財經 (section), read across the columns with the next piece: its "
              "first 5 body lines, then (after the next piece's label, headline and first lines) the rest and its "
              "作者簡介 line (not body). Byline line 文：X: the pen name is the author. Commentary.",
        paras=[
            "周末的邊境口岸人頭湧湧，拖着行李箱北上購物、吃飯、按摩的港人，已成為新常態。很多人把零售業的困境歸咎於此，但我認為，北上消費只是結果，而不是原因。",
            "港人北上，說到底是因為價錢和服務的差距。同樣一頓晚飯，對岸的價錢可能只是本地的一半，環境和服務卻不遜色。本地商戶若只懂埋怨，而不去反省成本結構和產品質素，生意只會越做越難。",
            "也有商戶做得很好。我認識一間社區茶餐廳，老闆把餐牌簡化、善用網上訂座，又與附近的小店合作推出聯乘優惠，生意反而比疫前更好。消費者用腳投票，從來都是最公平的裁判。",
        ])
    c = Article(
        "c", "碳交易市場要有耐性", section="財經評論", kind="commentary",
        byline="陸頌賢", authors=["陸頌賢"],
        notes="Comment under the label 財經評論 (section), read across the columns with the previous piece: its "
              "label, headline and first 6 body lines come after that piece's first lines, the rest after that "
              "piece's end. Signed with the writer's name alone, right-aligned on a line after the text (the "
              "byline; the writer is the author); the line 作者為… after it is not body. Commentary.",
        paras=[
            "本港的碳交易平台啟動兩年，成交仍然疏落，有人質疑是否值得繼續投放資源。我認為，碳市場的建設需要時間，不宜以短期成交量論成敗。",
            "全球主要的碳市場，都是在十多年間逐步完善規則、擴大參與者，才形成今天的規模。本港的優勢在於資金自由流動、法律制度成熟，以及連接內地與國際市場的獨特地位，只要堅持做好核證標準和交易制度，自然能吸引更多企業參與。",
            "當務之急，是擴大合資格碳信用的來源，並鼓勵本地上市公司按照新的氣候披露要求，把碳排放數據與碳抵銷計劃結合起來，形成穩定的需求。",
        ])
    b1, b2 = Page.chunks(pg.render_body(b), [5])
    c1, c2 = Page.chunks(pg.render_body(c), [6])
    pg.furniture(["市井財經"], "column name 市井財經")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.furniture(["財經評論"], "label 財經評論")
    pg.headline(c)
    pg.emit(c, c1)
    pg.emit(b, b2)
    pg.line(b, "作者簡介：前零售業高層，現從事商業顧問工作。", "bio")
    pg.emit(c, c2)
    pg.line(c, FW * 28 + c.byline, "byline")
    pg.line(c, "作者為嶺東大學商學院副教授", "bio")
    pg.blank()
    pg.furniture(["本版文章只代表作者個人意見，不代表本報立場"], "disclaimer footer")
    return pg


PAGES = [kf09, kf10, kf11, kf12]
