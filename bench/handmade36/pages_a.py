"""Pages kf01-kf04 of handmade36 (development set; all papers, agencies, names, firms, places and figures invented).

Hong Kong, Macao and Taiwan papers' economy and finance pages, printed in traditional characters."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kf01() -> Page:
    """HK 經濟日報-style FRONT page A1: masthead; lead with 引題 over a two-line headline, byline line 本報記者 X　Y,
    the jump 轉A5版 run in at the end; 【本報訊】 item (no reporter) and a jump pointer on a line of its own; wire item
    華匯社北京6月11日電（記者 X）; photo news (brief) with credit 圖：本報記者 X攝; 今日要聞 box; bank ad; footer."""
    pg = Page("kf01.txt", cols=24, indent=FW * 2, blanks="para", seed=3601,
              style="HK 經濟日報-style FRONT page A1: five-line masthead (paper, English name, date with weekday, issue number, price); lead with an 引題 over a headline on two lines, byline line 本報記者 X　Y, the jump （轉A5版） run in at the end of the text; 【本報訊】 item naming no reporter, followed by a jump pointer （相關新聞見B1、B3版） on a line of its own; wire item with run-in 華匯社北京6月11日電（記者 X）; photo news (brief): headline, caption, credit 圖：本報記者 X攝; 今日要聞 box of three ◆ titles with page numbers; bank ADVERTISEMENT; footer with editor and designer")
    pg.furniture(["維港經濟日報",
                  "VICTORIA HARBOUR ECONOMIC TIMES",
                  cn_date(2035, 6, 12),
                  "第10486號　今日出紙五疊",
                  "零售價：港幣十二元　　A1　要聞"], "masthead")
    pg.blank()
    a = Article(
        "a", "三大銀行齊加最優惠利率供樓人士月供增近千元",
        head=["三大銀行齊加最優惠利率", "供樓人士月供增近千元"],
        subtitle="按揭息率升至三年高位",
        byline="本報記者　鄺詠詩　何卓霖", authors=["鄺詠詩", "何卓霖"], tail="（轉A5版）",
        notes="Lead. Headline on two lines, joined. The 引題 above it (no 副題) is the subtitle. Byline line 本報記者 X　Y: "
              "both are authors. **new:** the jump line （轉A5版） run in at the end of the text is excluded from last "
              "like a run-in credit. The 金融管理當局發言人 and people quoted are not authors.",
        paras=[
            "本地三家主要銀行昨日宣布，由明日起上調港元最優惠利率（P）0.125厘，其中嘉鑫銀行及朗峰銀行的最優惠利率升至5.5厘，東渚銀行則升至5.75厘。這是三家銀行兩年來首次調整最優惠利率，市場預期其他中小型銀行將於短期內跟隨。",
            "金融管理當局發言人表示，銀行調整最優惠利率屬商業決定，當局會密切留意市場流動性及按揭貸款質素。發言人強調，現行按揭成數上限維持不變，銀行體系資本充足，有足夠能力應對利率上升帶來的影響。",
            "以一筆500萬元、還款期30年的按揭貸款計算，若按揭息率由現時的3.875厘升至4厘，每月供款將增加約360元；若是以最優惠利率計息的舊按揭，供款增幅更接近千元。有按揭轉介公司指出，近月選用最優惠利率計劃的新造按揭比例已由六成降至約四成，不少買家轉用定息或銀行同業拆息計劃。",
            "銀行業界人士分析，今次加息主要反映港元拆息持續高企、銀行資金成本上升。一個月港元銀行同業拆息昨日報4.62厘，連續第九個交易日高於4.5厘。市場人士預計，若外圍息口未見回落，樓市成交及樓價短期內將受壓，上半年樓價累計跌幅或擴大至5%。",
        ])
    pg.kicker(a, a.subtitle)
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "加息憂慮拖累港股跌312點", head=["加息憂慮拖累　港股跌312點"],
        byline="【本報訊】", lead="【本報訊】",
        notes="Headline of two phrases parted by U+3000, written unspaced. **new:** the run-in 【本報訊】 names no "
              "reporter: it is the byline, excluded from first; no authors. The jump pointer （相關新聞見B1、B3版） on a "
              "line of its own after the text is not body.",
        paras=[
            "受本地銀行加息消息拖累，港股昨日連跌第三個交易日。維港指數低開後反覆向下，收市報21468點，跌312點或1.43%；全日成交額縮減至918億元，為近一個月低位。",
            "地產股及銀行股成為沽售對象。匯嶺置業跌4.2%，收報31.65元；海晴發展跌3.8%，為表現最差的藍籌股之一。銀行股方面，嘉鑫銀行逆市微升0.3%，市場認為加息有助改善其淨息差。科技股亦普遍受壓，瀚宇網絡跌2.6%。",
            "證券界人士認為，大市短期或在21000點水平尋找支持，投資者宜留意本周稍後公布的外圍通脹數據及內地5月經濟數據。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.furniture(["（相關新聞見B1、B3版）"], "jump pointer on a line of its own (not body)")
    pg.gap()
    c = Article(
        "c", "內地5月出口按年增長6.2%",
        byline="華匯社北京6月11日電（記者　韓嘉樹）", authors=["韓嘉樹"],
        lead="華匯社北京6月11日電（記者　韓嘉樹）",
        notes="Wire item of the invented agency 華匯社: run-in dateline 華匯社北京6月11日電（記者 X） excluded from first; "
              "the reporter is the author.",
        paras=[
            "海關部門11日公布數據，以美元計，今年5月內地出口總值按年增長6.2%，增幅較4月加快1.4個百分點；進口按年增長2.1%，貿易順差為886億美元。",
            "首五個月累計，出口按年增長5.1%，進口增長1.8%。其中，對東盟出口增長11.7%，對歐盟出口增長3.2%；機電產品出口佔出口總值接近六成，集成電路、汽車及船舶出口均錄得雙位數增長。",
            "分析人士認為，外需溫和回升，加上企業積極開拓新興市場，帶動出口表現好於預期，但下半年基數較高，出口增速或會放緩。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    p = Article(
        "p", "海晴灣郵輪碼頭迎首航", kind="brief",
        byline="圖：本報記者　賴浩然攝", authors=["賴浩然"],
        notes="Photo news (brief): headline, caption, credit line 圖：本報記者 X攝 after it (the byline); the "
              "photographer is the author.",
        paras=[
            "全新郵輪「星瀾號」昨日首度停靠海晴灣郵輪碼頭，逾三千名旅客登岸觀光。旅遊業界預料，今年訪港郵輪旅客人次可望回升至疫前水平。",
        ])
    pg.headline(p)
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.blank()
    pg.furniture(["今日要聞",
                  "◆地產代理：加息後新盤或減價促銷（B4）",
                  "◆專欄：加息周期下的樓市部署（A12）",
                  "◆濠江旅遊業復甦加快（A8）"], "今日要聞 box (titles of other pages' articles)")
    pg.blank()
    pg.furniture(["廣告",
                  "朗峰銀行　定期存款優惠",
                  "港元三個月定存年息4.2厘",
                  "新資金　$50,000起",
                  "條款及細則適用　查詢熱線：2868 ××××"], "bank advertisement (not an article)")
    pg.blank()
    pg.furniture(["本版責任編輯：馮卓謙　　版面設計：伍曉晴"], "footer with editor and designer")
    return pg


# ---------------------------------------------------------------------------
def kf02() -> Page:
    """信報-style 財經評論 page, NO indent, 18-character columns: 專欄 under its column name with the pen name (文：X)
    and a 作者簡介 line after the body, some lines letter-spaced; 社評 under its label; a second 專欄 whose body
    comes first and whose headline, byline line ■X and 作者 line are printed AFTER it."""
    pg = Page("kf02.txt", cols=18, indent="", blanks="some", seed=3602, p_para=0.5, p_gap=0.85,
              style="信報-style 財經評論 page, NO indent, narrow column: header on three lines (paper; date with weekday + 第14版; 版名 letter-spaced 財　經　評　論 with 責任編輯); column name 股壇心經 over a 專欄: headline, byline line 文：X (a pen name), four paragraphs with three lines letter-spaced (justified), a 作者簡介 line after the body; label 社評 over an unsigned editorial; column name 經濟漫談 over a 專欄 whose body comes FIRST and whose headline, byline line ■X and the line 作者為… are printed AFTER it; footer with the page's e-mail")
    pg.furniture(["港信日報",
                  cn_date(2035, 6, 12) + "　第14版",
                  "財　經　評　論　　責任編輯：莫綺雯"], "page header")
    pg.blank()
    a = Article(
        "a", "加息不是樓市的全部", section="股壇心經", kind="commentary",
        byline="文：柏舟", authors=["柏舟"],
        notes="專欄 under its column name 股壇心經 (section). Byline line 文：X: **new:** the pen name is the author. "
              "**new:** the 作者簡介 line after the body is not body (like a signature). Three body lines are "
              "letter-spaced (justified) by the extraction. Commentary.",
        paras=[
            "銀行終於動手加最優惠利率，市場第一個反應是沽地產股。這種條件反射，過去十年見得太多，但今次不妨冷靜一點，先看看加息對供樓人士和發展商的實際影響有多大。",
            "以一般中產家庭計，月供增加幾百元至一千元，肉痛是肯定的，卻未至於觸發大規模斷供。現時銀行審批按揭要做壓力測試，大部分借款人的供款與入息比率仍有相當緩衝，加上近年新造按揭不少已轉用同業拆息計劃，真正受最優惠利率影響的只是一部分舊按揭。",
            "對發展商而言，問題不在息口，而在貨尾。截至上月底，全港已落成但未售出的一手單位超過兩萬個，創近二十年新高。發展商要套現，只能以價換量；這才是未來一年樓價的主要壓力來源。",
            "所以，與其追問還會加幾次息，不如留意發展商的開價策略。哪一家肯先減價、減多少，比銀行的公告更能反映市場的真實溫度。投資者揀地產股，也應避開負債高、貨尾多的一類。",
        ])
    pg.furniture(["股壇心經"], "column name 股壇心經")
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a), [3, 9, 17]))
    pg.line(a, "作者簡介：資深證券分析師，從事港股研究逾二十年。", "bio")
    pg.gap()
    b = Article(
        "b", "穩定金融更要穩定預期", head=["穩定金融　更要穩定預期"], section="社評", kind="commentary",
        notes="Editorial under the label 社評 (section), unsigned: no byline, no authors. Headline of two phrases "
              "parted by U+3000, written unspaced. Commentary.",
        paras=[
            "本地銀行時隔兩年再次上調最優惠利率，雖然幅度只有0.125厘，但象徵意義不容忽視。它說明在外圍高息環境下，本港資金成本上升的壓力已經由同業市場傳導至零售層面，普羅市民的供樓和借貸成本將逐步增加。",
            "本港實行聯繫匯率制度，利率走勢很大程度上取決於外圍，特區政府可以做的並不多。但可以做、也應該做的，是穩定社會預期。過去一段時間，樓價下跌、股市波動、零售疲弱，各種負面消息疊加，容易令市民和企業過度悲觀，進而收縮消費和投資，形成惡性循環。",
            "當局一方面要堅守審慎監管的底線，確保銀行體系穩健；另一方面，應加快推出支援中小企的融資措施，適時檢討不合時宜的樓市稅務安排，並積極吸引外來資金和人才，讓市場看到經濟的長遠動力。金融穩定固然重要，預期穩定同樣重要。",
        ])
    pg.furniture(["社評"], "label 社評")
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "新興市場債券的機會與風險", section="經濟漫談", kind="commentary",
        byline="■薛嘉朗", authors=["薛嘉朗"],
        notes="專欄 under its column name 經濟漫談 (section), printed with its body FIRST (right under the column "
              "name) and its headline, byline line ■X and the line 作者為… AFTER it. Byline as printed with the ■ "
              "mark; the writer is the author. The 作者 line is not body. Commentary.",
        paras=[
            "近月不少讀者來信，問及新興市場債券基金是否值得趁低吸納。坦白說，這類資產過去一年表現不俗，部分以美元計價的主權債券收益率仍在7厘以上，對追求收益的投資者確有吸引力。",
            "不過，高息從來不是免費午餐。新興市場債券的風險主要有三：一是匯率風險，若美元轉強，本幣債券的回報可能被匯兌損失蠶食；二是信用風險，部分國家財政赤字偏高，一旦評級被下調，債價可以急跌；三是流動性風險，市況逆轉時，小型債券的買賣差價會迅速擴闊。",
            "比較穩妥的做法，是以分散投資為原則，選擇投資級別比例較高、存續期適中的基金，並把這類資產控制在整體組合的一成左右。投資者切勿因為一時的高息而忽略本金的安全。",
        ])
    pg.furniture(["經濟漫談"], "column name 經濟漫談")
    pg.body(c)
    pg.gap()
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.line(c, "作者為嶺東大學經濟學系客座教授", "bio")
    pg.blank()
    pg.furniture(["評論版來稿電郵：pinglun@gangxin-daily.hk"], "footer with e-mail")
    return pg


# ---------------------------------------------------------------------------
def kf03() -> Page:
    """HK 經濟日報-style 地產 page B4: lead with ——副題 and byline line 記者 X, a table of the week's new-flat sales
    after it; label 樓市簡訊 over three ■-led items; article with byline line 記者 X and a photo caption
    圖：… 記者 X攝 after its body; new-development advertisement."""
    pg = Page("kf03.txt", cols=28, indent=FW * 2, blanks="arts", seed=3603,
              style="HK 經濟日報-style 地產 page B4, blank lines only between articles and blocks: header on three lines (B4　地產; paper + date with weekday; 責任編輯 and 美術); lead with ——副題 of two phrases and byline line 記者 X, then a table (title, header row, four rows, 資料來源); label 樓市簡訊 over three items whose headlines start with ■ on lines of their own; article with byline line 記者 X and a photo caption 圖：… 記者 X攝 after its body; new-development ADVERTISEMENT (project, showflat, sales office, vendor, disclaimer); footer with an enquiry line")
    pg.furniture(["B4　地產",
                  "維港經濟日報　" + cn_date(2035, 6, 12),
                  "責任編輯：祁綺文　美術：葉朗"], "page header")
    pg.blank()
    a = Article(
        "a", "銀灣區新盤首批開價每呎1.68萬元",
        subtitle="——較同區二手樓價低約一成　發展商稱以價換量",
        byline="記者　麥曉彤", authors=["麥曉彤"],
        notes="——副題 is the subtitle. Byline line 記者 X. The table printed after the body is not body. The "
              "developer's manager quoted (戴頌恩) is not an author.",
        paras=[
            "海晴發展旗下銀灣區新盤「瀾庭」昨日公布首張價單，涉及168個單位，扣除最高折扣後平均呎價為16,780元，較同區屋苑近期二手成交價低約一成，是區內近五年來開價最低的新盤。",
            "首批單位包括開放式至三房戶型，實用面積由286平方呎至812平方呎，折實價由455萬元至1,392萬元。發展商提供最高16%的折扣，包括120天即供付款折扣及首置買家回贈。項目示範單位將於周六開放，最快下周中開售。",
            "海晴發展營業部總經理戴頌恩表示，今次定價「貼市」，是考慮到銀行上調最優惠利率後買家入市較審慎，希望以吸引價錢盡快建立銷售勢頭。她透露，發展商手上仍有約1,200個已落成未售單位，今年內會因應市況陸續推售。",
            "地產代理業界人士指出，新盤以低於二手價推出，勢將對同區二手業主構成壓力。過去一周，銀灣區二手屋苑已有多名業主減價5%至8%放售，議價空間明顯擴大。",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    pg.blank()
    pg.furniture(["上周主要一手樓盤銷售",
                  "樓盤　　　地區　　成交（伙）　平均呎價（元）",
                  "錦峰匯　　錦峰　　86　　　　　18,420",
                  "嶼南一號　嶼南　　52　　　　　14,960",
                  "海晴灣Ⅱ　青洲灣　37　　　　　21,350",
                  "北嶼薈　　北嶼　　29　　　　　13,880",
                  "資料來源：土地註冊紀錄及發展商資料"], "table of new-flat sales (not an article)")
    pg.blank()
    pg.furniture(["樓市簡訊"], "column label 樓市簡訊")
    items = [
        Article("b1", "錦峰匯加推80伙", paras=[
            "匯嶺置業旗下錦峰區新盤錦峰匯昨日加推80個單位，折實平均呎價18,650元，較上一批輕微加價約1%。發展商表示，項目累售已逾九成。"]),
        Article("b2", "北嶼商廈全幢易手", paras=[
            "北嶼區一幢樓高22層的商業大廈以約9.6億元全幢易手，買家為本地家族基金，平均每呎約8,200元，較物業兩年前的估值低約三成。"]),
        Article("b3", "上月樓宇買賣合約按月減8%", paras=[
            "土地註冊數據顯示，上月全港共錄得4,626宗住宅樓宇買賣合約，按月減少8.1%，總值約378億元，按月減少11%。"]),
    ]
    for art in items:
        art.section = "樓市簡訊"
        art.notes = ("Item under the label 樓市簡訊 (section). **new:** its headline starts with the mark ■ on a line "
                     "of its own; the title is written without the mark. Unsigned: no byline, no authors.")
        pg.headline(art, lines=["■" + art.title])
        pg.body(art)
    pg.blank()
    c = Article(
        "c", "甲廈租金連跌六季業主減租留客", head=["甲廈租金連跌六季　業主減租留客"],
        byline="記者　溫梓晴", authors=["溫梓晴"],
        notes="Headline of two phrases parted by U+3000, written unspaced. Byline line 記者 X. The photo caption "
              "圖：… 記者 X攝 after the body is not body (its photographer is the writer anyway). The surveyor "
              "quoted (柯展鵬) is not an author.",
        paras=[
            "商業地產市道未見起色。根據一家測量師行最新發表的報告，全港甲級寫字樓租金今年首季按季再跌1.9%，已連續六個季度下跌；核心區甲廈空置率升至15.6%，為有紀錄以來最高。",
            "報告指出，近年新落成的寫字樓供應集中，部分企業縮減辦公面積或遷往租金較低的非核心區，令業主之間的競爭加劇。不少業主以免租期、裝修津貼等方式挽留租客，實際租金的跌幅較表面數字更大。",
            "舖位市場方面，遊客區街舖租金按季微升0.8%，但住宅區商場的舖位空置率仍然偏高。測量師行董事柯展鵬預期，今年全年甲廈租金將再跌5%至8%，而核心區優質舖位的租金有望率先喊停。",
        ])
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.body(c)
    pg.furniture(wrap("圖：銀灣區一條商業街有多間舖位丟空。　記者　溫梓晴攝", 28),
                 "photo caption with credit (not body)")
    pg.blank()
    pg.furniture(["廣告",
                  "海晴灣．瀾庭",
                  "銀灣全新海景住宅　示範單位周六開放",
                  "售樓處：銀灣廣場地下",
                  "賣方：海晴發展有限公司",
                  "本廣告所載資料僅供參考，詳情請參閱售樓說明書"], "new-development advertisement (not an article)")
    pg.blank()
    pg.furniture(["地產版查詢：3910 ××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kf04() -> Page:
    """Macao paper's 經濟 page indented with ONE U+3000 and NO blank line anywhere: 【本報訊】 lead; label 專訪 over a
    Q&A with byline line 記者 X (intro paragraph, then 問：／答：); 中通社-style wire 【華匯社北京十日電】 (no reporter);
    item signed （記者 X） at the end; box of economic indicators."""
    pg = Page("kf04.txt", cols=30, indent=FW, blanks="never", seed=3604,
              style="Macao paper's 經濟 page indented with ONE U+3000 and NO blank line anywhere: header on three lines (paper; date with weekday + B2; 版名 with 責任編輯 and 校對); lead with run-in 【本報訊】 naming no reporter; label 專訪 over a Q&A: headline with 「」, byline line 記者 X, an intro paragraph, then 問：／答： paragraphs; 中通社-style wire item with run-in 【華匯社北京十日電】 (day in Chinese numerals, no reporter); item signed （記者 X） run in at the end; box of economic indicators with 資料來源; advertising line")
    pg.furniture(["濠海日報",
                  cn_date(2035, 6, 11) + "　B2",
                  "經濟　責任編輯：梁詠芝　校對：何澄"], "page header")
    a = Article(
        "a", "五月博彩毛收入按年增9.3%",
        byline="【本報訊】", lead="【本報訊】",
        notes="Run-in 【本報訊】 naming no reporter: the byline, excluded from first; no authors.",
        paras=[
            "博彩監察部門昨日公布，五月份幸運博彩毛收入為196.4億澳門元，按年增長9.3%，按月增長4.7%，創疫後單月新高。首五個月累計毛收入為938.2億元，按年增長11.6%。",
            "業界分析，五月份適逢內地長假期及多場大型演唱會，帶動旅客人次上升，中場業務表現尤其突出。有證券行的研究報告指出，中場收入佔整體毛收入的比例已升至約七成五，貴賓廳業務則持續萎縮。",
            "經濟財政部門表示，將繼續推動經濟適度多元發展，把博彩業收入維持在合理水平，同時善用大型活動帶來的客流，帶動零售、餐飲及會展等非博彩行業增長。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "會展業要走出「小而精」的路", section="專訪", kind="interview",
        byline="記者　鍾靜嵐", authors=["鍾靜嵐"],
        notes="Q&A under the label 專訪 (section): byline line 記者 X (the interviewer, the author); an intro "
              "paragraph, then 問：／答： paragraphs, all body. The chamber head who answers (區德明) is not an "
              "author. Kind interview.",
        paras=[
            "澳門會展業近年發展迅速，去年共舉辦各類會展活動1,260項，入場人次逾210萬。本報記者日前專訪濠江會展業商會會長區德明，請他談談業界的機遇與挑戰。",
            "問：今年會展市場的情況如何？",
            "答：整體來說比去年好。首五個月，商會會員承辦的會議及展覽數目按年增長約兩成，其中國際性會議的比例明顯提高。不過，由於鄰近城市的會展場館供應大增，我們在爭取大型展覽方面面對更激烈的競爭。",
            "問：澳門會展業的優勢在哪裏？",
            "答：澳門地方小，酒店、場館和娛樂設施高度集中，與會者步行十多分鐘就可以由會場到酒店，這是很多城市做不到的。加上澳門與葡語國家的聯繫，我們可以發展中小型、專業性強的會議，走「小而精」的路線，而不是跟別人比場館面積。",
            "問：業界最需要政府提供哪方面的支援？",
            "答：人才是最大的問題。會展項目策劃、國際推廣、多語言服務等專業人才十分缺乏，希望政府加大培訓資助，並簡化聘請外地專才的程序。此外，亦希望加強與周邊城市的交通銜接，方便旅客一程多站。",
        ])
    pg.furniture(["專訪"], "label 專訪")
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "內地擴大灣區跨境投資試點",
        byline="【華匯社北京十日電】", lead="【華匯社北京十日電】",
        notes="**new:** 中通社-style wire item with the run-in dateline 【華匯社北京十日電】 (day in Chinese numerals, no "
              "reporter named): the byline, excluded from first; no authors.",
        paras=[
            "金融監管部門十日發布通知，將進一步擴大灣區跨境投資便利化試點，個人投資者的投資額度由每人300萬元人民幣提高至500萬元，可投資產品新增部分中等風險的基金及債券產品。",
            "通知指出，試點參與銀行將由目前的24家增至31家，港澳居民可通過試點銀行開立內地投資賬戶，辦理手續亦將進一步簡化。有關措施將於八月一日起實施。",
            "業界人士認為，擴容有助滿足港澳及內地居民多元化的理財需要，亦有利於澳門發展現代金融業。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "本澳五月綜合消費物價指數升1.21%",
        byline="（記者　黃家朗）", authors=["黃家朗"], tail="（記者　黃家朗）",
        notes="Item signed （記者 X） run in at the end, excluded from last.",
        paras=[
            "統計部門公布，五月份綜合消費物價指數按年上升1.21%，升幅較四月擴大0.18個百分點。其中，外出用膳、房屋租金及交通類價格分別上升3.1%、2.4%及1.9%，通訊及衣履類價格則有所下跌。首五個月平均綜合消費物價指數按年上升1.08%。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["本澳主要經濟指標",
                  "五月入境旅客　　　362.8萬人次",
                  "按年變幅　　　　　＋12.4%",
                  "二至四月失業率　　1.8%",
                  "首季本地生產總值　按年＋6.7%",
                  "資料來源：統計部門",
                  "廣告查詢：2833 ××××"], "box of economic indicators and advertising line (not articles)")
    return pg


PAGES = [kf01, kf02, kf03, kf04]
