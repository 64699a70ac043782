"""The one typographic normalization of Chinese text (generator/typography.py)."""
from hypothesis import given, strategies as st

from generator.typography import typeset


def test_half_width_marks_touching_chinese_become_full_width():
    assert typeset("近日,一辆载有汽车的滚装船驶离口岸;前往中东.") == "近日，一辆载有汽车的滚装船驶离口岸；前往中东."
    assert typeset("截止日期:2024年2月29日") == "截止日期：2024年2月29日"
    assert typeset("中美AI差距在拉大?听听从业者怎么说!") == "中美AI差距在拉大？听听从业者怎么说！"
    assert typeset("同比增长15.6%,环比上升17.86%") == "同比增长15.6%，环比上升17.86%"
    assert typeset("比2019年增长16.9%;完成跨区域人员流动量") == "比2019年增长16.9%；完成跨区域人员流动量"
    assert typeset("推出ChatGPT,其出色的能力") == "推出ChatGPT，其出色的能力"
    assert typeset("近日 , 一辆") == "近日，一辆"  # the spaces a half-width mark carried go with it


def test_brackets_and_quotes_around_chinese():
    assert typeset("北京地铁22号线(平谷线)的建设") == "北京地铁22号线（平谷线）的建设"
    assert typeset("中国连锁经营协会(CCFA)生活服务业") == "中国连锁经营协会（CCFA）生活服务业"
    assert typeset('载有汽车的"唐鸿"号滚装船') == "载有汽车的“唐鸿”号滚装船"
    assert typeset("总机电话:(010)88890000") == "总机电话：(010)88890000"


def test_latin_words_numbers_and_addresses_keep_their_marks():
    for text in ("营收1,000万元", "上午10:30开幕", "见https://example.com/a?b=1", "Apple, Google and Yahoo!",
                 'alert("script") 与 onerror="x"', "(1)伪造新闻", "字段 a:b", "&amp;实体", "[点我](javascript:x)以及"):
        assert typeset(text) == text, text
    # An odd number of straight quotes: which ones pair is unknown, all stay.
    assert typeset('他说"好的,以及"另一个"') == '他说"好的，以及"另一个"'


def test_full_width_text_and_text_without_chinese_are_unchanged():
    for text in ("近日，一辆载有1800余辆国产汽车的“唐鸿”号滚装船（图）。", "plain, ASCII: text (1)!", ""):
        assert typeset(text) == text


@given(st.text(alphabet="近日一辆车,;:?!()\" a1.%，", max_size=40))
def test_never_loses_text(text):
    """Each change swaps a mark for its full-width form or drops a space: the
    other characters stay, in order, and the result is stable."""
    out = typeset(text)
    def plain(s: str) -> str:  # full-width marks as their ASCII forms, spaces left out
        return s.translate(str.maketrans("，；：？！（）“”", ',;:?!()""', " "))
    assert plain(out) == plain(text)
    assert typeset(out) == out
