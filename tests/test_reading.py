"""What the reader sees of a record: titles that say what, summaries that add something."""
from generator.model import Paragraph, Record
from generator.reading import only_time, reader_title, summary_adds


def record(title: str, text: str, generated: bool = True) -> Record:
    return Record(seed="x.txt", kind="brief", lines=(1, 2), paragraphs=[Paragraph(t) for t in text.split("\n")],
                  title=title, title_generated=generated)


def test_a_generated_title_that_only_says_when_gives_way_to_what_happened():
    photo = record("4月10日", "4月10日，安徽省怀宁县石牌镇双一村村民在金银花基地除草。双一村利用荒废的大堤种植金银花52亩。")
    assert reader_title(photo) == "安徽省怀宁县石牌镇双一村村民在金银花基地除草"
    lead = record("近日", "近日，记者在基层采访时看到，不少中小微企业抢抓市场机遇。")
    assert reader_title(lead) == "记者在基层采访时看到"
    dated = record("2024年2月29日上午", "2024年2月29日上午，国家自然科学基金委员会在北京发布了2023年度中国科学十大进展的评选结果和名单。")
    assert reader_title(dated).startswith("国家自然科学基金委员会") and len(reader_title(dated)) <= 24


def test_printed_and_meaningful_titles_are_kept():
    assert reader_title(record("4月10日", "4月10日，村民在基地除草。", generated=False)) == "4月10日"
    assert reader_title(record("随着春耕旺季来临", "随着春耕旺季来临，化肥市场行情受到关注。")) == "随着春耕旺季来临"
    assert reader_title(record("3月5日", "3月5日。")) == "3月5日"  # nothing better to say


def test_only_time():
    assert all(map(only_time, ["4月10日", "2024年3月4日", "近日", "3月5日上午", "今年以来"]))
    assert not any(map(only_time, ["", "4月10日电", "春耕", "10年间全社会研发投入"]))


def test_a_summary_box_only_where_it_adds_to_the_opening():
    opening = [Paragraph("迈入数字经济时代，原有大企业主导全球贸易的格局深刻调整。量大面广的中小企业凭借灵活优势成为主力军。"),
               Paragraph("全国政协委员调研发现，这些微型跨国企业产品知名度不高。"), Paragraph("要进一步打开中小企业海外发展空间。")]
    assert not summary_adds("迈入数字经济时代，原有大企业主导全球贸易的格局深刻调整。", opening)
    assert not summary_adds("要进一步打开中小企业海外发展空间。迈入数字经济时代。", opening)  # a later paragraph, still in view
    later = opening + [Paragraph("这是一段很长的中间内容，" * 30), Paragraph("报告建议设立跨境电商综合服务平台，统一海外仓标准，降低出海成本。")]
    assert summary_adds("迈入数字经济时代。报告建议设立跨境电商综合服务平台，统一海外仓标准，降低出海成本。", later)
    assert not summary_adds("", opening)
