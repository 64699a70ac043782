"""Pages kf05-kf08 of handmade36 (development set; all papers, agencies, names, firms, places and figures invented).

Hong Kong, Macao and Taiwan papers' economy and finance pages, printed in traditional characters."""
from __future__ import annotations

import datetime

from layout import FW, Article, Page, cn_date, wrap


def roc_date(y: int, m: int, d: int) -> str:
    """中華民國124年6月12日　星期二 (Taiwan papers' era year; the weekday computed, never typed)."""
    return f"中華民國{y - 1911}年{m}月{d}日　星期" + "一二三四五六日"[datetime.date(y, m, d).weekday()]


# ---------------------------------------------------------------------------
def kf05() -> Page:
    """Taiwan 工商時報-style 產業 page A5, indented with two ASCII spaces: lead with byline line 記者X／竹峰報導; table
    of monthly revenues; a piece continued from page A1 (run-in （接A1版）, no byline on this page); article with
    run-in 【記者X／台北報導】; science-park advertisement."""
    pg = Page("kf05.txt", cols=22, indent="  ", blanks="some", seed=3605, p_para=0.4, p_gap=0.8,
              style="Taiwan 工商時報-style 產業．科技 page A5 indented with two ASCII spaces: header on three lines (paper; 中華民國 date with weekday; A5 + 版名 + 主編); lead with a headline of two phrases and byline line 記者X／竹峰報導 (Taiwan form, no space in the name), the date written 昨（11）日; table of five companies' monthly revenues with 資料來源; a story CONTINUED from page A1: its own headline, then the run-in （接A1版） and no byline on this page; article with run-in 【記者X／台北報導】; science-park ADVERTISEMENT with a (03) phone number")
    pg.furniture(["瀛海工商時報",
                  roc_date(2035, 6, 12),
                  "A5　產業．科技　主編：呂芳儀"], "page header")
    pg.blank()
    a = Article(
        "a", "瀚昇5月營收衝新高年增38%", head=["瀚昇5月營收衝新高　年增38%"],
        byline="記者林佳蓉／竹峰報導", authors=["林佳蓉"],
        notes="Headline of two phrases parted by U+3000, written unspaced. **new:** Taiwan byline line 記者X／竹峰報導 "
              "(name run into 記者, place after ／): byline as printed, the reporter is the author. The chairman "
              "quoted (郭啟文) is not an author.",
        paras=[
            "伺服器代工大廠瀚昇科技昨（11）日公布5月合併營收達新台幣1,286億元，月增12.4%、年增38.1%，創單月歷史新高；累計前5月營收5,417億元，年增29.6%。",
            "瀚昇表示，AI伺服器出貨持續放量，加上雲端服務業者擴大資料中心建置，帶動5月營收表現優於預期。法人估計，AI伺服器占瀚昇營收比重已由去年同期的二成提高到近四成。",
            "對於第3季展望，瀚昇董事長郭啟文日前在股東會上表示，客戶需求依然強勁，新一代機櫃產品將於第3季量產，公司對下半年營運「審慎樂觀」。他也指出，竹峰新廠第一期將於年底完工，可望紓解產能吃緊的情況。",
            "不過，法人提醒，新台幣近期走升，加上部分關鍵零組件供應仍偏緊，可能對毛利率帶來壓力。瀚昇昨日股價小漲1.5%，收在328元。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.blank()
    pg.furniture(["主要電子股5月營收（億元）",
                  "公司　　　營收　月增率　年增率",
                  "瀚昇　　　1286　12.4%　38.1%",
                  "啟泰電　　412　 -3.2%　9.7%",
                  "港南精密　236　 5.8%　 21.4%",
                  "竹嶺光電　158　 1.1%　 -6.3%",
                  "東渚電機　97　　8.6%　 15.2%",
                  "資料來源：各公司"], "table of monthly revenues (not an article)")
    pg.blank()
    b = Article(
        "b", "半導體設備進口創新高", lead="（接A1版）",
        notes="**new:** the part of a story CONTINUED from page A1: its headline as printed on this page, then the "
              "run-in jump line （接A1版）, excluded from first. Its byline is printed on A1, not on this page: byline "
              "null, no authors. The official quoted is not an author.",
        paras=[
            "財政部門統計顯示，今年前5月半導體製造設備進口金額達98.6億美元，年增52.3%，其中來自主要設備供應國的進口增幅最大。業者指出，先進製程與先進封裝擴產需求強勁，是設備進口大增的主因。",
            "經濟部門官員表示，半導體業者持續加碼國內投資，今年前5月竹峰、港南兩大科學園區新增投資案合計超過4,200億元，政府將加快水電及用地等基礎設施配套，確保產業投資順利落地。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "電動車零組件廠搶攻東南亞市場", head=["電動車零組件廠　搶攻東南亞市場"],
        byline="【記者陳冠宇／台北報導】", authors=["陳冠宇"], lead="【記者陳冠宇／台北報導】",
        notes="Headline of two phrases parted by U+3000, written unspaced. **new:** run-in 【記者X／台北報導】 at the "
              "start of the text: the byline, excluded from first; the reporter is the author. The manager quoted "
              "(蔡宗翰) is not an author.",
        paras=[
            "國內電動車零組件廠加速布局東南亞。車用馬達大廠東渚電機昨（11）日宣布，將投資1.2億美元在東南亞設立新廠，預計2037年量產，年產能50萬套，主要供應當地的日系及陸系車廠。",
            "東渚電機總經理蔡宗翰表示，東南亞電動車市場正處於快速成長期，各國政府積極提供補貼與關稅優惠，吸引車廠前往設廠，零組件業者「跟著客戶走」是必然的選擇。",
            "業界估計，今年東南亞電動車銷量可望突破80萬輛，年增逾五成。除了東渚電機，電池模組廠及車用電子廠也陸續傳出赴當地投資的計畫。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["廣告",
                  "竹峰科學園區",
                  "2035年度招商說明會",
                  "6月20日（五）下午2時",
                  "報名專線：(03)578-××××"], "science-park advertisement (not an article)")
    return pg


# ---------------------------------------------------------------------------
def kf06() -> Page:
    """Taiwan 經濟日報-style 證券 page C1: market report with byline line 記者X／台北報導 and a 盤後資訊 stock table;
    label 財經觀點 over a comment with byline line ■文／X（post）; label 證券簡訊 over three items whose ■ headlines
    are run in at the start of their text, each signed （記者X） at the end."""
    pg = Page("kf06.txt", cols=40, indent=FW * 2, blanks="para", seed=3606,
              style="Taiwan 經濟日報-style 證券．市場 page C1, blank lines between paragraphs and blocks: header on three lines (paper + 中華民國 date with weekday; C1 + 版名; 主編 and 美編); market report with byline line 記者X／台北報導; 盤後資訊 stock table (index, OTC index, turnover, three institutional buy/sell lines); label 財經觀點 over a comment with byline line ■文／X（post）; label 證券簡訊 over three items whose ■-led headlines are RUN IN at the start of their first line (■X　text…), each signed （記者X） run in at the end; footer with an investment warning")
    pg.furniture(["台嶼經濟日報　" + roc_date(2035, 6, 13),
                  "C1　證券．市場",
                  "主編：簡怡君　美編：游柏翰"], "page header")
    pg.blank()
    a = Article(
        "a", "外資回補電子股台股站上兩萬二", head=["外資回補電子股　台股站上兩萬二"],
        byline="記者吳明哲／台北報導", authors=["吳明哲"],
        notes="Headline of two phrases parted by U+3000, written unspaced. Byline line 記者X／台北報導. The stock "
              "table after the body is not body.",
        paras=[
            "外資昨（12）日大舉回補電子權值股，台股加權指數終場上漲286點，收在22,148點，重新站上兩萬二大關，成交值放大至5,126億元。外資單日買超418億元，為近三個月最大。",
            "類股方面，半導體、電腦及週邊設備類股表現最強，漲幅分別為2.1%及2.6%，伺服器族群在瀚昇公布亮眼營收後全面走揚；航運、鋼鐵等傳產類股則漲跌互見。",
            "投顧業者分析，國際科技股前一晚反彈，加上新台幣匯率轉強，帶動外資資金回流。不過，大盤短線漲多，季線附近仍有賣壓，投資人宜避免追高，逢回再布局基本面佳的個股。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    pg.furniture(["盤後資訊",
                  "加權指數　　22,148.36　＋286.12　＋1.31%",
                  "櫃買指數　　265.41　　＋3.08　　＋1.17%",
                  "成交值　　　5,126億元",
                  "外資買賣超　＋418.2億元",
                  "投信買賣超　＋36.5億元",
                  "自營商買賣超　－12.7億元"], "盤後資訊 stock table (not an article)")
    pg.gap()
    b = Article(
        "b", "央行該不該再升息？", section="財經觀點", kind="commentary",
        byline="■文／沈若嵐（嶺東大學財務金融學系教授）", authors=["沈若嵐"],
        notes="Comment under the label 財經觀點 (section). Byline line ■文／X（post）: byline as printed, the writer "
              "is the author. Commentary.",
        paras=[
            "5月消費者物價指數年增2.3%，已連續四個月高於2%的警戒線，市場開始揣測央行在本月理監事會上是否再度升息。我認為，在目前的環境下，央行宜維持利率不變，改以選擇性信用管制等工具處理房市問題。",
            "首先，這波物價上漲主要來自外食與房租等服務類價格，屬於成本推動型通膨，升息對抑制這類價格的效果有限。其次，出口雖然回溫，但傳統產業仍處於庫存調整階段，中小企業的資金需求並不寬裕，貿然升息恐怕加重企業負擔。",
            "真正值得央行關注的是房市。部分地區房價在低利率環境下持續攀升，若不及時處理，將累積金融風險。與其全面升息，不如針對多戶購屋與投資性貸款加強管制，精準打擊炒作，同時兼顧整體經濟的穩定。",
        ])
    pg.furniture(["財經觀點"], "column label 財經觀點")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["證券簡訊"], "column label 證券簡訊")
    pg.gap()
    items = [
        Article("c1", "港南精密擬發可轉債", byline="（記者吳明哲）", authors=["吳明哲"], paras=[
            "港南精密昨（12）日董事會決議，擬發行國內第三次無擔保轉換公司債，發行總額上限30億元，所募資金將用於償還銀行借款及充實營運資金。"]),
        Article("c2", "竹嶺光電下修財測", byline="（記者葉宛真）", authors=["葉宛真"], paras=[
            "竹嶺光電受面板報價下滑影響，昨日宣布將今年營收成長目標由一成下修至持平，股價應聲跌停，收在42.35元。"]),
        Article("c3", "期交所夜盤增新商品", byline="（記者葉宛真）", authors=["葉宛真"], paras=[
            "期貨交易所宣布，將自7月起把小型電子期貨納入夜盤交易，交易時間延長至次日清晨5時，以滿足投資人規避國際市場夜間波動風險的需求。"]),
    ]
    for i, art in enumerate(items):
        art.section = "證券簡訊"
        art.lead = "■" + art.title + FW
        art.tail = art.byline
        art.notes = ("Item under the label 證券簡訊 (section). **new:** its headline, led by ■, is RUN IN at the start "
                     "of the first line (■X　text…): title_line is the first body line, the run-in headline is "
                     "excluded from first (as a 【headline】 run in). Signed （記者X） run in at the end (the byline, "
                     "excluded from last); the reporter is the author.")
        if i:
            pg.gap()
        pg.body(art, head_role=True)
    pg.blank()
    pg.furniture(["投資有風險，本版資訊僅供參考，投資人應審慎判斷"], "footer with an investment warning")
    return pg


# ---------------------------------------------------------------------------
def kf07() -> Page:
    """信報-style 公司．業績 page: lead with ——副題 and byline line 本報記者 X, a photo caption 圖：… X攝 printed
    BETWEEN two paragraphs; then two pieces set side by side and read across the columns (a results story and an
    interview of 問：／答：), their bodies interleaved; 【本報訊】記者X報道： item."""
    pg = Page("kf07.txt", cols=26, indent=FW * 2, blanks="some", seed=3607, p_para=0.35, p_gap=0.8,
              style="信報-style 公司．業績 page: header on three lines (paper + date with weekday; 版名 + 第9版; 責任編輯); lead with ——副題 and byline line 本報記者 X, a photo caption 圖：… X攝 printed BETWEEN two paragraphs; then two pieces set side by side and read ACROSS the columns, OUT OF ORDER: headline of a results story, its first 6 lines, headline and byline of an interview, its first 7 lines, the rest of the results story, the rest of the interview (問：／答：); run-in 【本報訊】記者X報道： item; footer with proof-reader")
    pg.furniture(["港信日報　" + cn_date(2035, 6, 13),
                  "公司．業績　第9版",
                  "責任編輯：霍卓欣"], "page header")
    pg.blank()
    a = Article(
        "a", "雅濠酒店集團中期盈利倍增", subtitle="——港澳酒店入住率回升",
        byline="本報記者　阮嘉儀", authors=["阮嘉儀"],
        notes="——副題 is the subtitle; byline line 本報記者 X. The photo caption 圖：… X攝 printed between two "
              "paragraphs is not body (its photographer is the writer anyway). The chairman quoted (戚兆康) is not "
              "an author.",
        paras=[
            "雅濠酒店集團昨日公布截至四月底止的中期業績，股東應佔溢利為8.62億元，按年增長1.1倍；每股盈利52.6仙，派中期息每股18仙，按年增加一倍。期內收入為61.3億元，增長27%。",
            "業績增長主要受惠於旅客人次回升。集團旗下本港酒店的平均入住率升至88%，平均房租按年上升9%；澳門的兩間綜合度假酒店入住率更達93%，會展及餐飲業務收入按年增長逾四成。",
            "集團主席戚兆康在業績會上表示，下半年訂房情況理想，暑假期間的預訂率已超過七成，但人手短缺及能源成本上升，仍會對營運利潤率構成壓力。集團今年會投放約12億元翻新旗下三間酒店，並研究在東南亞物色新項目。",
            "雅濠昨日股價收報6.84元，升3.2%。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a, end=2)
    pg.furniture(wrap("圖：雅濠酒店集團主席戚兆康（右）與財務總監談穎芝出席業績會。阮嘉儀攝", 26),
                 "photo caption with credit, between two paragraphs (not body)")
    pg.body(a, start=2)
    pg.gap()
    b = Article(
        "b", "東渚航運中期少賺34%",
        byline="本報記者　黎子謙", authors=["黎子謙"],
        notes="Set side by side with the next piece and read across the columns: its headline and byline line, its "
              "first 6 body lines, then (after the next piece's headline, byline line and first lines) the rest of "
              "its body. Byline line 本報記者 X.",
        paras=[
            "東渚航運昨日公布中期業績，期內股東應佔溢利為14.7億元，按年減少34%；每股盈利1.26元，中期息每股42仙。收入為88.5億元，減少12%。",
            "公司解釋，期內主要航線運費較去年同期明顯回落，加上新船交付令行業運力增加，集裝箱業務的平均運費按年下跌18%。不過，散貨及物流業務表現穩定，部分抵銷了集裝箱業務的跌幅。",
            "公司管理層預期，下半年航運市場仍面對運力過剩的挑戰，會繼續優化航線網絡、控制成本，並審慎推進船隊更新計劃。東渚航運昨日收報9.21元，跌2.1%。",
        ])
    c = Article(
        "c", "瀚宇網絡：海外收入佔比將達三成", kind="interview",
        byline="本報記者　范詠琪", authors=["范詠琪"],
        notes="Interview (問：／答： after an intro paragraph), read across the columns with the previous piece: its "
              "headline and byline line come after that piece's first 6 lines, its body is in two parts. Byline "
              "line 本報記者 X (the interviewer, the author); the chief executive who answers (甘立行) is not. Kind "
              "interview.",
        paras=[
            "瀚宇網絡昨日公布首季業績，收入按年增長21%至46.2億元，經調整純利增長35%。行政總裁甘立行在業績會後接受本報記者訪問。",
            "問：首季海外業務增長較快，原因是甚麼？",
            "答：主要是東南亞市場的雲服務及支付業務。我們去年在當地新增了兩個數據中心，今年首季海外收入按年增長逾六成，佔總收入約兩成。我們預計到明年，海外收入佔比可以達到三成。",
            "問：市場關注人工智能投資會否拖累利潤率？",
            "答：今年的資本開支會增加約四成，主要用於算力及研發，但我們會控制營運開支，整體利潤率預期大致維持穩定。人工智能的應用已經在客服及廣告業務帶來實際收入，並不只是講故事。",
        ])
    b1, b2 = Page.chunks(pg.render_body(b), [6])
    c1, c2 = Page.chunks(pg.render_body(c), [7])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.emit(b, b1)
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.emit(c, c1)
    pg.emit(b, b2)
    pg.emit(c, c2)
    pg.gap()
    d = Article(
        "d", "匯嶺置業擬分拆物管業務上市",
        byline="【本報訊】記者霍啟源報道：", authors=["霍啟源"], lead="【本報訊】記者霍啟源報道：",
        notes="**new:** run-in 【本報訊】記者X報道： at the start of the text: the byline, excluded from first; the "
              "reporter is the author.",
        paras=[
            "匯嶺置業昨晚發出公告，建議分拆旗下物業管理業務匯嶺生活服務於主板獨立上市，並以實物分派方式向現有股東分派部分股份。分拆完成後，匯嶺置業將持有匯嶺生活約六成半權益。",
            "公告指，匯嶺生活目前管理的物業總樓面面積約2,800萬平方呎，去年收入為21.6億元，純利2.3億元。分拆有助該業務獨立融資及拓展第三方項目。匯嶺置業今早復牌。",
        ])
    pg.headline(d)
    pg.gap()
    pg.body(d)
    pg.blank()
    pg.furniture(["校對：莊嘉文　　本版圖片：本報攝影部"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kf08() -> Page:
    """財經簡訊 strip of a 9-character column indented with ONE U+3000: four items under the label, their ■-led
    headlines letter-spaced with U+3000 across the column (two lines, broken in mid-word); credits （記者 X） at the
    end, 【本報訊】, 本報訊（記者 X）, a byline line wider than the column; footer wider than the column."""
    pg = Page("kf08.txt", cols=9, indent=FW, blanks="para", seed=3608,
              style="HK 經濟日報-style 財經簡訊 strip of a 9-character column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines; label 財經簡訊 over four items whose ■-led headlines are letter-spaced with U+3000 across the column on two lines, broken in MID-WORD (■　朗　峰　銀　行 / 推　綠　色　按　揭); credits: （記者 X） run in at the end (wrapped), run-in 【本報訊】, byline line 記者 X wider than the column, run-in 本報訊（記者 X） wrapped over two lines; footer wider than the column")
    pg.furniture(["維港經濟日報", cn_date(2035, 6, 13), "B2　財經"], "page header")
    pg.blank()
    pg.furniture(["財經簡訊"], "column label 財經簡訊")
    pg.blank()
    items = [
        Article("a", "朗峰銀行推綠色按揭",
                byline="（記者　莫詠珊）", authors=["莫詠珊"], tail="（記者　莫詠珊）",
                notes="Item of the 財經簡訊 strip (section). Headline led by ■, letter-spaced with U+3000 across the "
                      "column and broken over two lines in mid-word, joined unspaced without the mark. Credit "
                      "（記者 X） run in at the end (wrapped), excluded from last.",
                paras=[
                    "朗峰銀行宣布推出綠色按揭計劃，凡購買獲綠色建築認證物業的客戶，可獲額外0.2厘按息優惠及最高1%現金回贈。",
                ]),
        Article("b", "港元拆息稍為回落",
                byline="【本報訊】", lead="【本報訊】",
                notes="Item of the 財經簡訊 strip (section). Letter-spaced ■ headline on two lines, joined. Run-in "
                      "【本報訊】 (no reporter) excluded from first; no authors.",
                paras=[
                    "一個月港元銀行同業拆息昨日回落0.11厘至4.51厘，結束連升四日的走勢。市場人士指，季末資金需求將令拆息短期內維持偏高。",
                ]),
        Article("c", "嶼南物流用地招標",
                byline="記者　溫梓晴", authors=["溫梓晴"],
                notes="Item of the 財經簡訊 strip (section). Letter-spaced ■ headline on two lines, joined. Byline "
                      "line 記者 X (wider than the column) under the headline.",
                paras=[
                    "政府昨日推出嶼南現代物流用地招標，地盤面積約4.2公頃，最高樓面可達22萬平方米，截標日期為8月15日。測量師估值約18億至25億元。",
                ]),
        Article("d", "五月訪港旅客增15%",
                byline="本報訊（記者　區凱琳）", authors=["區凱琳"], lead="本報訊（記者　區凱琳）",
                notes="Item of the 財經簡訊 strip (section). Letter-spaced ■ headline (digits kept whole), joined. "
                      "Run-in 本報訊（記者 X） wrapped over two lines, excluded from first.",
                paras=[
                    "旅遊業界數據顯示，五月份訪港旅客約412萬人次，按年增長15.3%，其中過夜旅客約佔四成五。",
                ]),
    ]
    for i, art in enumerate(items):
        art.section = "財經簡訊"
        if i:
            pg.gap()
        pg.headline(art, lines=["■" + art.title], spread_cols=9)
        if not art.lead and not art.tail:
            pg.line(art, art.byline, "byline")
        pg.gap()
        pg.body(art)
    pg.blank()
    pg.furniture(["本版編輯：司徒朗　　校對：梅嘉茵"], "footer")
    return pg


PAGES = [kf05, kf06, kf07, kf08]
