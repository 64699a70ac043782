"""Pages in traditional characters are split as their simplified view and
come out as printed."""
from generator.model import SourceDoc
from generator.split import split_document
from generator.split.script import simplified_view

TAIWAN_PAGE = """瀛島經濟報　財經要聞　2036年5月16日

晶嵐半導體首季每股純益創新高
（環島社記者林書宇、賴品瑄嵐港15日電）晶圓代工廠晶嵐半導體今天召開法人說明會，
第一季合併營收新台幣2,186億元，年增31.2%，毛利率攀升至54.1%，每股純益4.82元，
均創同期新高。公司表示，先進製程需求強勁，第二季營收可望再成長一成。

自貿港區首季簽約逾90億元
〔記者周家豪／嵐港報導〕嵐港自由貿易港區管理中心昨天舉行招商說明會，
公布今年第一季新簽約投資案共23件，金額逾新台幣90億元，較去年同期成長四成。
管理中心表示，冷鏈物流與電商倉儲是主要投資項目，下半年將再推出兩處用地。
"""


def test_a_simplified_page_is_split_as_it_is():
    doc = SourceDoc("a.txt", "本报讯（记者 王明）今年以来，我国经济发展著力稳中求进，于困难中前行。\n", "utf-8")
    assert simplified_view(doc) is None


def test_a_traditional_page_is_read_through_its_simplified_view():
    view = simplified_view(SourceDoc("tw.txt", TAIWAN_PAGE, "utf-8"))
    assert view is not None and "记者周家豪／岚港报导" in view.text
    assert [len(line) for line in view.text.split("\n")] == [len(line) for line in TAIWAN_PAGE.split("\n")]


def test_a_taiwan_pages_wire_and_bracketed_bylines_name_the_reporters_as_printed():
    """'（環島社記者林書宇、賴品瑄嵐港15日電）': the wire's reporters, the place
    run on after the last name; '〔記者周家豪／嵐港報導〕': a run-in credit.
    Titles, names and text come out in the characters the page printed."""
    records = [r for r in split_document(SourceDoc("tw.txt", TAIWAN_PAGE, "utf-8")) if r.kind != "other"]
    assert [(r.title, r.authors) for r in records] == [
        ("晶嵐半導體首季每股純益創新高", ["林書宇", "賴品瑄"]),
        ("自貿港區首季簽約逾90億元", ["周家豪"]),
    ]
    assert records[0].text.startswith("（環島社記者林書宇、賴品瑄嵐港15日電）晶圓代工廠晶嵐半導體今天召開法人說明會，第一季")
    assert records[1].text.endswith("下半年將再推出兩處用地。")


def test_a_simplified_reprint_on_a_traditional_page_keeps_its_characters():
    """A Hong Kong page reprints a mainland item in simplified characters:
    each record comes out in the characters it was printed in ("发" here,
    "發" in the items around it)."""
    page = TAIWAN_PAGE + """
內地媒體摘要
新能源汽车出口增长31%
　　海关统计显示，一季度我国新能源汽车出口同比增长31%，其中对东盟出口增长最快。
业内人士表示，海外市场需求持续释放，车企加快在当地发展组装产能。（摘自《华岳经济报》）
"""
    records = [r for r in split_document(SourceDoc("hk.txt", page, "utf-8")) if r.kind != "other"]
    reprint = next(r for r in records if "海关" in r.text)
    assert "车企加快在当地发展组装产能" in reprint.text and "發" not in reprint.text
    assert "發" not in records[0].text and all("发" not in r.text for r in records[:2])


def test_items_closed_by_a_credit_in_tortoise_shell_brackets_end_there():
    """'…月產能增加3萬片。〔記者葉書豪〕' closes a Taiwan paper's short item:
    the line after it is the next item's headline, not more of its text."""
    page = """產業短訊
桐原電子擴建車用晶片廠
　　桐原電子董事會通過投資新台幣86億元擴建車用功率晶片廠，預
計2036年第二季量產，月產能增加3萬片。〔記者葉書豪〕
瀛島電池材料出口創新高
　　財政部統計，前8月鋰電池材料出口值達新台幣412億元，年增
38%，創歷年同期新高，主要銷往東南亞及歐洲。〔記者簡如婷〕
"""
    records = [r for r in split_document(SourceDoc("tw.txt", page, "utf-8")) if r.kind != "other"]
    assert [(r.title, r.authors) for r in records] == [("桐原電子擴建車用晶片廠", ["葉書豪"]),
                                                       ("瀛島電池材料出口創新高", ["簡如婷"])]


def test_a_traditional_interviews_questions_are_its_text():
    """'問：…' / '答：…' under a wire interview's opening: the questions are
    the interview's text, read as '问：' is, not headlines of their own."""
    page = """金管會主委：保險業接軌新制不延後

（環島社記者賴品瑄瀛北15日電）金融監督管理委員會主任委員鄒明遠今天接受環島社專訪，
談保險業接軌國際會計準則新制的進度。

問：業者反映準備時間不足，新制是否可能延後上路？

答：新制將如期於明年1月1日實施，不會延後。金管會已提供10年過渡期與多項配套措施，
業者應及早規劃增資與資產配置。

問：對投資人有什麼影響？

答：財務報表將更透明，短期內部分公司獲利可能波動，但長期有助於提升保險業的體質與
國際評價。
"""
    records = [r for r in split_document(SourceDoc("tw.txt", page, "utf-8")) if r.kind != "other"]
    assert [(r.title, r.authors) for r in records] == [("金管會主委：保險業接軌新制不延後", ["賴品瑄"])]
    assert records[0].text.endswith("國際評價。")
