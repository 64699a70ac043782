import pytest

from generator.clean import clean_headline, clean_line, squeeze_spaces, undo_bold_overprint
from generator.model import SourceDoc
from generator.split import split_document


def paragraphs(lines: list[str]) -> list[str]:
    """The paragraphs the split stage makes of some lines of running text."""
    doc = SourceDoc("t.txt", "\n".join(lines) + "\n", "utf-8")
    record = next(r for r in split_document(doc) if lines[0][:4] in r.text)
    return [p.text for p in record.paragraphs]



def test_spaced_out_cjk_is_closed_up_but_latin_spacing_kept():
    assert squeeze_spaces("深 化 、 执 行 体 信 誉 引 擎 发 布 、") == "深化、执行体信誉引擎发布、"
    assert squeeze_spaces("继 AVL inside 智 能 安 全") == "继AVL inside智能安全"
    assert squeeze_spaces("Microsoft Teams 和 Zoom") == "Microsoft Teams和Zoom"


def test_letters_and_figures_in_spaced_display_type_are_closed_up_but_word_gaps_kept():
    assert clean_line(1, "2 0 2 3 年 度 “ 中 国 科 学 十 大 进 展 ” 发 布").text == "2023年度“中国科学十大进展”发布"
    assert clean_line(1, "E S G 跨 越 式 新 发 展 : A I 与 5 G").text == "ESG跨越式新发展:AI与5G"
    assert clean_line(1, "G o o g l e   P l a y 游 戏 榜").text == "Google Play游戏榜"
    # running text with a few Latin words is not display type
    assert clean_line(1, "据分析平台App Growing，A股 B股").text == "据分析平台App Growing，A股B股"


def test_headline_keeps_clause_space_but_not_letter_spacing():
    assert clean_headline("积极作为 坚定前行") == "积极作为 坚定前行"
    assert clean_headline("积 极 作 为") == "积极作为"


def test_wrapped_paragraph_is_joined():
    assert paragraphs(["今天的福建，科技创", "新跑出“加速度”，现代化产", "业体系加快构建。这是一段足够长的正文，说明新闻的主要内容和背景。"]) == [
        "今天的福建，科技创新跑出“加速度”，现代化产业体系加快构建。这是一段足够长的正文，说明新闻的主要内容和背景。"]


def test_column_break_inside_sentence_is_joined_but_paragraphs_kept():
    got = paragraphs(["第一段写完了，内容说明了事情的起因。", "", "不只是外部合", "", "作，目前大部分工程师也无法访问这些数据和样本资源。", "",
                      "新的一段讲述了后来发生的事情。"])
    assert got == ["第一段写完了，内容说明了事情的起因。", "不只是外部合作，目前大部分工程师也无法访问这些数据和样本资源。", "新的一段讲述了后来发生的事情。"]


def test_short_line_closing_a_sentence_ends_a_paragraph_inside_a_block():
    got = paragraphs(["打通产业集群高质量发展的", "“任督二脉”。", "其一，跨越“数字鸿沟”，构建", "协同网络的新格局和新体系。"])
    assert got == ["打通产业集群高质量发展的“任督二脉”。", "其一，跨越“数字鸿沟”，构建协同网络的新格局和新体系。"]


def test_a_headline_keeps_the_space_after_a_closing_quote_that_parts_two_phrases():
    """'从“跟跑”“并跑”到“领跑” 广汽研发团队…' is printed in two phrases: the
    space after the closing quote parts them; spaces inside quotes, before
    a closer and after an opener or a colon mean nothing."""
    from generator.clean import clean_headline

    assert clean_headline("从“跟跑”“并跑”到“领跑” 广汽研发团队书写“车间的故事”") == "从“跟跑”“并跑”到“领跑” 广汽研发团队书写“车间的故事”"
    assert clean_headline("“ 领 跑 ” 广 汽") == "“领跑”广汽"
    assert clean_headline("他说： 好 的") == "他说：好的"


@pytest.mark.parametrize("line,once", [
    ("聚聚焦焦一一季季度度经经济济运运行行", "聚焦一季度经济运行"),  # each character printed twice
    ("数数据据　看看楼楼市市", "数据 看楼市"),
    ("订单农业让千户瓜农稳增收订单农业让千户瓜农稳增收", "订单农业让千户瓜农稳增收"),  # the line printed twice
    ("老字号销售额增长14%　老字号销售额增长14%", "老字号销售额增长14%"),
    ("天天向上", "天天向上"), ("研究研究", "研究研究"), ("谢谢谢谢", "谢谢谢谢"), ("人人都说好", "人人都说好"),
])
def test_display_type_overprinted_for_bold_is_read_once(line, once):
    assert undo_bold_overprint(line) == once

