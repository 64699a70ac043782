"""Pages ln01-ln04 of handmade70 (development set; all papers, agencies, names, firms, places and figures invented).

Economy and finance pages of Hong Kong-, Macau- and Taiwan-style Chinese-language papers printed in TRADITIONAL
characters (a few simplified-character reprints on later pages)."""
from __future__ import annotations

import datetime

from layout import FW, Article, Cross, Page, Raw, justify, wrap

WEEK = "一二三四五六日"


def wd(y: int, m: int, d: int) -> str:
    """The weekday character of a date (computed, never typed)."""
    return WEEK[datetime.date(y, m, d).weekday()]


def verse(pg: Page, a: Article, lines: list[str]) -> None:
    """Print lines of a body exactly as given (numbered points): built here and written with Page.emit."""
    pg.emit(a, [("line", ln, set()) for ln in lines])


# ---------------------------------------------------------------------------
def ln01() -> Page:
    """Hong Kong-style daily 經濟 page: lead with run-in 【本報訊】 and a headline of two phrases parted by U+3000
    (HK$ figure), photo caption with （圖：X） after it; label 特稿 over a feature with byline line 記者　X　報道;
    label 經濟短訊 over three ■ items (one signed （記者 X） at the end)."""
    pg = Page("ln01.txt", cols=22, indent=FW * 2, blanks="arts", seed=7001,
              style="Hong Kong-style daily 經濟 page, blank lines only between articles and blocks: header on two lines (paper + 經濟 + B2; date in Chinese numerals with weekday); lead with run-in 【本報訊】 (no reporter) and a headline of two phrases parted by U+3000 with HK$ and 億 figures, a ▲ photo caption with （圖：X） after the body; label 特稿 over a feature with byline line 記者　X　報道; label 經濟短訊 over three items with ■ headlines (one signed （記者 X） at the end, two with none); footer with editor and art editor")
    pg.furniture(["港灣日報　　經濟　　Ｂ２",
                  f"二〇三四年三月十四日　星期{wd(2034, 3, 14)}"], "page header")
    pg.blank()
    a = Article(
        "a", "港股三連升312點成交逾HK$1,380億", head=["港股三連升312點　成交逾HK$1,380億"],
        byline="【本報訊】", lead="【本報訊】",
        notes="Lead with the run-in 【本報訊】 (no reporter named: byline as printed, no authors), excluded from first. "
              "Headline of two phrases parted by U+3000, joined unspaced; HK$1,380 kept as printed. The ▲ caption "
              "with （圖：X） after the body is not body; the photographer is not an author. Analysts quoted are not "
              "authors.",
        paras=[
            "港股昨日延續升勢，港灣綜合指數高開後反覆向上，收市報28,416點，升312點或1.1%，三日累計升846點。全日成交額1,382億元（港元，下同），較上日增加約兩成，為今年以來第三高。",
            "內銀股及保險股成為主要動力，海澄銀行（02318）升3.4%，收報HK$7.92；維灣人壽（01866）升2.8%。科技股則個別發展，早前急升的晶嵐科技（09930）回吐1.6%。",
            "石灣證券研究部主管岑俊傑表示，美國通脹數據低於預期，市場對減息的憧憬升溫，資金重新流入港股。不過他提醒，大市短期升幅已大，二萬八千五百點水平阻力較大，投資者不宜過度追貨。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.furniture(wrap("▲港股昨日三連升，筲洲一間證券行內有投資者留意大市走勢。（圖：何志朗）", 22),
                 "photo caption with credit (not body)")
    pg.blank()
    pg.furniture(["特稿"], "column label 特稿")
    b = Article(
        "b", "租金回升小店撐唔住海澄街市十檔結業", head=["租金回升小店撐唔住", "海澄街市十檔結業"],
        section="特稿", byline="記者　鄧穎思　報道", authors=["鄧穎思"],
        notes="Feature under the label 特稿 (section). Headline printed on two lines, joined (written Cantonese "
              "撐唔住 kept). Byline line 記者 X 報道 under the headline: the reporter is the author. Stall owners and "
              "the surveyor quoted are not authors.",
        paras=[
            "早上七時，海澄街市的鐵閘陸續拉起，但二樓熟食區有十個檔位的閘門再沒有打開過。檔主告訴記者，過去半年，業主續約時普遍加租一成半至兩成，不少做了二十多年的老店決定「收工」。",
            "經營粥店三十年的容太說，每日營業額約HK$3,500，扣除租金、人工和食材，所剩無幾。「以前街坊幫襯，撐得住；而家租金一加，真係頂唔順。」",
            "測量師行董事歐陽卓賢分析，疫後區內人流回升，業主加租意欲轉強，但小店生意未完全復元，兩者差距擠壓經營空間。他估計，區內地舖空置率已由去年底的7.8%回落至6.1%，租金則按年上升約9%。",
            "有區議員建議當局研究為老字號小店提供租金資助，或在公營街市預留部分檔位，協助傳統行業延續。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    pg.blank()
    pg.furniture(["經濟短訊"], "column label 經濟短訊")
    c1 = Article("c1", "港元債券發行額創新高", head=["■港元債券發行額創新高"], section="經濟短訊",
                 notes="Item of the 經濟短訊 strip with a ■ headline (the ■ is a mark, not part of the title). No "
                       "credit: no byline, no authors.",
                 paras=["金融管理處昨日公布，今年首兩個月港元債券發行總額達HK$2,140億，按年增長23%，創同期新高。其中企業債佔四成，平均年期為4.6年。"])
    c2 = Article("c2", "二月零售銷貨值升6.4%", head=["■二月零售銷貨值升6.4%"], section="經濟短訊",
                 byline="（記者　黎卓瑩）", authors=["黎卓瑩"], tail="（記者　黎卓瑩）",
                 notes="Item of the 經濟短訊 strip; the credit （記者 X） run in at the end is the byline, excluded from "
                       "last; the reporter is the author.",
                 paras=["統計處數字顯示，二月零售業總銷貨價值臨時估計為HK$338億，按年上升6.4%。珠寶首飾、鐘錶及名貴禮物類別升幅最大，達14.2%。"])
    c3 = Article("c3", "石灣商場推消費券回贈", head=["■石灣商場推消費券回贈"], section="經濟短訊",
                 notes="Item of the 經濟短訊 strip with no credit: no byline, no authors.",
                 paras=["石灣一帶七個商場由下周一起合辦「春日購物節」，消費滿HK$500可獲HK$50電子消費券，名額共十萬個，送完即止。"])
    for art in (c1, c2, c3):
        pg.headline(art)
        pg.body(art)
    pg.blank()
    pg.furniture(["責任編輯：司徒嘉朗　　美術編輯：溫少芬"], "footer with editor and art editor")
    return pg


# ---------------------------------------------------------------------------
def ln02() -> Page:
    """Taiwan-style economic daily 財經要聞 page: lead whose headline has an ASCII space between two phrases and a
    byline line 記者X／瀛北報導; wire item with run-in （環島社記者X瀛北12日電） and its editor line （編輯：X）1340312 on
    a line of its own; 三大法人 table; item with run-in 〔記者X／嵐港報導〕; photo caption 圖：記者X攝."""
    pg = Page("ln02.txt", cols=30, indent="  ", blanks="para", seed=7002,
              style="Taiwan-style economic daily 財經要聞 page indented with two ASCII spaces, blank lines between paragraphs and blocks: header on three lines (paper; date with ROC-style 中華民國 year in brackets + weekday; A3 財經要聞); lead with a headline of two phrases parted by an ASCII space and byline line 記者X／瀛北報導 (no space around the slash); wire item with run-in （環島社記者X瀛北12日電）, its editor line （編輯：X）1340312 on a line of its own after the body; 三大法人買賣超 table (title, header row, three rows, 資料來源); item with run-in 〔記者X／嵐港報導〕 and a caption 圖：記者X攝 after it; footer")
    pg.furniture(["瀛海經濟日報",
                  f"2034年3月13日（民國123年）星期{wd(2034, 3, 13)}",
                  "A3　財經要聞"], "page header")
    pg.blank()
    a = Article(
        "a", "央行理監事會利率連三凍", head=["央行理監事會 利率連三凍"],
        byline="記者林宛蓉／瀛北報導", authors=["林宛蓉"],
        notes="Lead: headline of two phrases parted by an ASCII space, joined unspaced. **new:** Taiwan-style byline "
              "line 記者X／瀛北報導 (reporter, slash, place + 報導) under the headline: the reporter is the author. "
              "The central-bank governor quoted is not.",
        paras=[
            "瀛島中央銀行昨（12）日召開第一季理監事會，決議政策利率維持不變，重貼現率仍為2.125%，為連續第三季按兵不動，符合市場預期。央行同時上修今年經濟成長率預測至3.46%。",
            "央行總裁賴正勳會後記者會表示，國內通膨率已連續八個月低於2%，但房價仍居高檔，選擇性信用管制將持續，第七波管制措施暫不鬆綁。對於新台幣匯率，他說近期波動主要受國際資金進出影響，央行將維持外匯市場秩序。",
            "市場人士分析，美國聯準會降息時點仍不明朗，央行在匯率與房市考量下，年中前調整利率的機率不高。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "前2月出口年增18.6%連12紅", head=["前2月出口年增18.6%　連12紅"],
        byline="（環島社記者高子晴瀛北12日電）", authors=["高子晴"], lead="（環島社記者高子晴瀛北12日電）",
        notes="Wire item of an invented agency: **new:** run-in （環島社記者X瀛北12日電） (agency + 記者 + name + place + "
              "day + 電 inside brackets) excluded from first; the reporter is the author. The editor line "
              "（編輯：X）1340312 printed on a line of its own after the body is not body (furniture), and the editor "
              "is not an author.",
        paras=[
            "財政部今天發布海關進出口貿易統計，今年前2月出口總值為792.4億美元，年增18.6%，連續12個月正成長；進口為611.8億美元，年增9.3%，累計出超180.6億美元。",
            "財政部統計處長溫雅琪指出，人工智慧伺服器及高效能運算需求強勁，資通與視聽產品出口創歷年同期新高。她預估3月出口可望年增12%至16%，續寫紅盤。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.furniture(["（編輯：陳怡伶）1340312"], "wire editor line (not body)")
    pg.gap()
    pg.furniture(["三大法人買賣超（單位：新台幣億元）",
                  "　　　　　買進　　賣出　　買賣超",
                  "外資　　1,826.3　1,704.9　＋121.4",
                  "投信　　　158.2　　142.6　　＋15.6",
                  "自營商　　203.7　　219.5　　－15.8",
                  "資料來源：瀛島證券交易所"], "三大法人 table (not an article)")
    pg.gap()
    c = Article(
        "c", "嵐港自貿區首季簽約逾新台幣90億元",
        byline="〔記者周家豪／嵐港報導〕", authors=["周家豪"], lead="〔記者周家豪／嵐港報導〕",
        notes="**new:** run-in 〔記者X／嵐港報導〕 (in tortoise-shell brackets) at the start of the first line, excluded "
              "from first; the reporter is the author. The caption 圖：記者X攝 after the body is not body.",
        paras=[
            "嵐港自由貿易港區管理中心昨天舉行招商說明會，今年第一季已與17家企業完成進駐簽約，投資金額合計新台幣92.6億元，以冷鏈物流、海事工程及電子零組件組裝為主，預計創造1,400個就業機會。",
            "管理中心主任馬宗翰表示，港區二期用地將於年底完成整地，屆時可再提供約28公頃的土地，歡迎業者提早規劃。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.furniture(["圖：嵐港自由貿易港區管理中心昨舉行招商說明會。記者周家豪攝"], "photo caption (not body)")
    pg.gap()
    pg.furniture(["本版主編：蕭雅文　　美術設計：郭品妤"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ln03() -> Page:
    """Macau-style daily 經濟 page: lead with run-in 【本報消息】; article with byline line 本報記者　X; label 專欄
    over a column (column name and byline line 文／X on one line, （作者為…） after the body); label 經濟簡訊 over three
    ◆ items."""
    pg = Page("ln03.txt", cols=26, indent=FW, blanks="some", seed=7003, p_para=0.4, p_gap=0.7,
              style="Macau-style daily 經濟 page indented with ONE U+3000, blank lines sometimes: header on two lines (paper + date with weekday in brackets; 經濟 + A6 + 責任編輯); lead with run-in 【本報消息】 (no reporter) and a headline of two phrases parted by U+3000 (億, %); article with byline line 本報記者　X; label 專欄 over a column whose column name and byline 文／X are printed on ONE line above the headline, with （作者為…） on a line after the body; label 經濟簡訊 over three ◆ items (one signed （實習記者 X） at the end); footer with proof-reader")
    pg.furniture([f"蓮海日報　二〇三四年四月二日（星期{wd(2034, 4, 2)}）",
                  "經濟　Ａ６　　責任編輯：區偉倫"], "page header")
    pg.blank()
    a = Article(
        "a", "三月博彩毛收入209億按年升8.2%", head=["三月博彩毛收入209億　按年升8.2%"],
        byline="【本報消息】", lead="【本報消息】",
        notes="Lead with the run-in 【本報消息】 (no reporter: no authors), excluded from first. Headline of two "
              "phrases parted by U+3000, joined. Officials and analysts quoted are not authors.",
        paras=[
            "博彩監察協調局昨日公布，三月份博彩毛收入為209.3億澳門元，按年上升8.2%，按月增加4.6%；首季累計毛收入為612.8億元，按年增長10.1%，已恢復至二〇一九年同期約八成水平。",
            "業界人士指出，復活節及清明長假帶動旅客回流，中場業務表現理想，貴賓廳收入佔比則進一步降至一成以下。氹洲旅遊學院講師鄺家聲預計，四月份毛收入可維持在200億元以上。",
            "特區政府早前預算全年博彩毛收入為2,400億元，以首季表現推算，全年有望達標。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "中小企援助貸款申請增三成",
        byline="本報記者　區曉彤", authors=["區曉彤"],
        notes="Article with byline line 本報記者 X under the headline; the reporter is the author. The shop owner and "
              "the official quoted are not.",
        paras=[
            "經濟及科技發展局資料顯示，今年首季中小企業援助計劃共收到申請1,286宗，按年增加31%，批出金額合共3.4億澳門元，平均每宗約28萬元。申請以飲食、零售及建築裝修業為主。",
            "在新橋區經營茶餐廳的何先生表示，今年初購置新廚具、翻新舖面，資金需要較大，透過計劃取得40萬元免息貸款，分八年攤還，「減輕了唔少壓力」。",
            "局方表示，將簡化審批流程，目標在收齊文件後二十個工作天內完成審批。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    pg.furniture(["專欄"], "column label 專欄")
    c = Article(
        "c", "經濟適度多元不能只靠口號", section="濠江財經談", kind="commentary",
        byline="文／梁澤民", authors=["梁澤民"],
        notes="Signed column under the page label 專欄 (furniture). **new:** the column's name and the byline are "
              "printed on ONE line above the headline (濠江財經談　文／X): the column name is the section, 文／X the "
              "byline; the columnist is the author. **new:** the line （作者為…） after the body gives the "
              "columnist's title: neither body nor byline. Kind commentary.",
        paras=[
            "「經濟適度多元」講了二十年，成效如何，數字最誠實。去年非博彩產業佔本地生產總值的比重約為四成，較十年前只上升了幾個百分點，距離社會的期望仍有一段路。",
            "問題不在於方向，而在於落實。會展、中醫藥、現代金融和科技四大產業，每一項都需要土地、人才和市場三者配合。以現代金融為例，債券市場近年發展不俗，但本地專業人才有限，不少機構仍要從外地聘請。",
            "筆者認為，政府與其廣撒網，不如集中資源做好一兩個有比較優勢的產業，訂出可量度的目標，每年向社會交代進度。多元化不是口號，而是一張需要逐項核對的清單。",
        ])
    pg.line(c, "濠江財經談　　文／梁澤民", "byline")
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.line(c, "（作者為濠江大學商學院助理教授）", "affiliation")
    pg.gap()
    pg.furniture(["經濟簡訊"], "column label 經濟簡訊")
    d1 = Article("d1", "三月整體消費物價指數升1.2%", head=["◆三月整體消費物價指數升1.2%"], section="經濟簡訊",
                 notes="Item of the 經濟簡訊 strip with a ◆ headline (the mark is not part of the title). No credit.",
                 paras=["統計局公布，三月份綜合消費物價指數按年上升1.2%，升幅較二月回落0.3個百分點。外出用膳及住屋類指數分別上升2.6%和1.9%。"])
    d2 = Article("d2", "會展業首季舉辦活動逾三百場", head=["◆會展業首季舉辦活動逾三百場"], section="經濟簡訊",
                 byline="（實習記者　司馬綺雯）", authors=["司馬綺雯"], tail="（實習記者　司馬綺雯）",
                 notes="Item of the 經濟簡訊 strip; the credit （實習記者 X） run in at the end (a two-character surname) "
                       "is the byline, excluded from last; the 實習記者 is the author.",
                 paras=["會展業界聯會表示，首季共舉辦會議及展覽活動312場，入場人次約46萬，按年分別增加18%及25%，帶動酒店及餐飲收入。"])
    d3 = Article("d3", "離岸人民幣債券在澳發行", head=["◆離岸人民幣債券在澳發行"], section="經濟簡訊",
                 notes="Item of the 經濟簡訊 strip with no credit: no byline, no authors.",
                 paras=["蓮澳開發銀行昨日在本澳發行30億元離岸人民幣債券，年期三年，票面息率2.85%，獲約2.6倍超額認購。"])
    for art in (d1, d2, d3):
        pg.headline(art)
        pg.body(art)
    pg.blank()
    pg.furniture(["校對：伍嘉恩"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ln04() -> Page:
    """Hong Kong-style 評論 page with NO blank line: label 社評 over the editorial (no signature); two 專欄 columns
    (column name in 【】 above the headline; byline ■X（title） and 文：X　title); label 讀者來函 over a letter signed
    at its END (right-aligned signature with district)."""
    pg = Page("ln04.txt", cols=34, indent=FW * 2, blanks="never", seed=7004,
              style="Hong Kong-style 評論 page with NO blank line anywhere: header on two lines (paper + date with weekday; 評論　A12); label 社評 over the paper's editorial (headline, no signature); column with its name in 【】 above the headline and byline line ■X（title）; column with its name in 【】 and byline line 文：X　title (註冊財務策劃師) with two body lines letter-spaced; label 讀者來函 over a letter signed at its END by a right-aligned line 讀者　X（district）; footer")
    pg.furniture([f"維城時報　二〇三四年二月二十四日　星期{wd(2034, 2, 24)}",
                  "評論　Ａ１２"], "page header")
    pg.furniture(["社評"], "column label 社評")
    a = Article(
        "a", "預算案須為中小企解燃眉之急", section="社評", kind="commentary",
        notes="The paper's editorial under the label 社評 (section): no signature, so no byline and no authors. Kind "
              "commentary.",
        paras=[
            "財政司司長將於下周三發表新一年度財政預算案。在經濟復甦步伐參差、財政赤字連續第三年超過HK$800億的背景下，如何在「開源節流」與「撐企業、保就業」之間取得平衡，是預算案最大的考驗。",
            "中小企佔本港企業總數逾九成，僱用近一半私營機構僱員。近月不少中小企反映，銀行收緊信貸，加上租金和人工上升，現金流日趨緊張。政府早前推出的信貸擔保計劃將於六月屆滿，若不延續，部分企業恐面臨斷氣之危。",
            "本報認為，預算案應延長擔保計劃最少一年，並適度寬減利得稅，同時加快支付政府工程及外判合約款項，讓資金盡快流入實體經濟。至於節流，宜從檢討大型基建的優次著手，而非削減惠及基層的開支。",
            "理財之道，貴在審時度勢。既要守住財政紀律，也要看清企業的燃眉之急，這才是負責任的預算。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "美元強勢下的港元拆息", section="匯市觀察", kind="commentary",
        byline="■馮啟明（資深財經評論員）", authors=["馮啟明"],
        notes="Signed column: its name in 【】 printed above the headline is the section; byline line ■X（title）: the "
              "columnist is the author, his title is part of the byline. Kind commentary.",
        paras=[
            "近兩個月，一個月港元銀行同業拆息由3.2厘升至4.6厘，與美元拆息的差距明顯收窄。不少讀者問，這是否意味着按揭供款又要增加？",
            "答案要從聯繫匯率說起。港元兌美元匯價早前一度觸及7.85的弱方兌換保證，金管處按機制承接港元沽盤，銀行體系結餘隨之減少，拆息自然上升。只要資金繼續流出，這個過程就會延續。",
            "對置業人士而言，目前大部分新造按揭採用封頂息率，供款增幅有限；但若拆息長期維持高位，仍應預留足夠的財務緩衝，切勿把收入的一半以上用於供樓。",
        ])
    pg.furniture(["【匯市觀察】"], "column name in 【】 (the section)")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "退休儲蓄別只看回報率", section="理財錦囊", kind="commentary",
        byline="文：蔡詠琪　註冊財務策劃師", authors=["蔡詠琪"],
        notes="Signed column: its name in 【】 above the headline is the section; byline line 文：X　title: the "
              "writer is the author. Two body lines are letter-spaced by justification. Kind commentary.",
        paras=[
            "每逢強積金年結，總有客戶拿着結單問：「點解我個基金今年只得3%？」其實，退休儲蓄是一場長跑，單看一年的回報率，很容易作出錯誤決定。",
            "首先要看的是收費。兩隻表現相近的基金，每年收費相差0.8%，二十年後累積的差距可達一成以上。其次是資產配置是否配合年齡：距離退休愈近，股票比重應愈低，以免臨退休時遇上大跌市。",
            "最後是紀律。過去十年，頻繁轉換基金的成員，平均回報比一直持有的成員低約1.5個百分點。與其追逐熱門基金，不如定期檢視、適時平衡。",
        ])
    pg.furniture(["【理財錦囊】"], "column name in 【】 (the section)")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.emit(c, justify(pg.render_body(c), [1, 5], sep=" "))
    pg.furniture(["讀者來函"], "column label 讀者來函")
    d = Article(
        "d", "電子支付應照顧長者需要", section="讀者來函", kind="commentary",
        byline="讀者　黃志堅（沙嶺）", authors=["黃志堅"],
        notes="Reader's letter under the label 讀者來函 (section), signed at its END: the right-aligned line "
              "讀者　X（district） is the byline (written without its leading U+3000s); the reader is the author. "
              "Kind commentary (an opinion piece).",
        paras=[
            "近年不少商舖、停車場甚至街市檔攤只收電子支付，對年輕人固然方便，但對不少長者卻是一道門檻。我的母親今年八十二歲，上月到停車場替我繳費，就因為不懂使用手機付款而要在寒風中等了半小時。",
            "推動電子支付是大勢所趨，但當局應要求公共服務設施保留現金或八達卡以外的其他付款方法，並在社區中心多舉辦教學班，讓長者不致被數碼化拋在後頭。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.line(d, FW * 22 + d.byline, "byline")
    pg.furniture(["本版編輯：聶志豪　　校對：郭綺華"], "footer")
    return pg


PAGES = [ln01, ln02, ln03, ln04]
