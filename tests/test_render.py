import re

from generator.render import md_escape, safe_name


def test_hostile_text_is_escaped():
    out = md_escape('<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3)) {{ 7*7 }} {% if %}')
    assert "<" not in out and ">" not in out
    # Markdown link and Jinja syntax survive only backslash-escaped, so they render as text.
    assert not re.search(r"(?<!\\)\]\\?\(", out.replace("\\](", "")) and not re.search(r"(?<!\\)[{]", out)


def test_safe_names_are_unique_short_and_stable():
    names = [safe_name(t) for t in ("a/b", "a\\b", 'a:b*?"<>|', "标题" * 200, "人工智能")]
    assert len(set(names)) == len(names)
    assert all(len(n.encode("utf-8")) <= 255 and "/" not in n and "\\" not in n for n in names)
    assert safe_name("人工智能") == "人工智能" and safe_name("a/b") == safe_name("a/b")


def test_table_lines_become_one_table_with_escaped_cells():
    from generator.model import Paragraph
    from generator.render import blocks

    paras = [Paragraph("前文。"), Paragraph("年份\t指数", figure=True), Paragraph("2023年\t<b>-3.7</b>\t多余", figure=True),
             Paragraph("数据来源:某处", figure=True)]
    out = blocks(paras)
    assert [b["type"] for b in out] == ["text", "table", "figure"]
    assert out[1]["rows"] == [["年份", "指数", ""], ["2023年", "<b>-3.7</b>", "多余"]]


def test_bylines_link_the_names_they_print():
    from generator.render import byline_with_links

    out = byline_with_links("本报记者 孙琳 北京报道", [("孙琳", "../authors/孙琳.md")])
    assert out == "本报记者 [孙琳](../authors/孙琳.md) 北京报道"
    both = byline_with_links("记者 张三丰 张三", [("张三", "a.md"), ("张三丰", "b.md")])
    assert both == "记者 [张三丰](b.md) [张三](a.md)"
    # letter-spaced names are linked where they stand, closed up
    assert byline_with_links("檀 志扬 摄", [("檀志扬", "t.md")]) == "[檀志扬](t.md) 摄"
    assert (byline_with_links("本报记者 孟 珂 韩 昱 郭冀川", [("孟珂", "m.md"), ("韩昱", "h.md"), ("郭冀川", "g.md")])
            == "本报记者 [孟珂](m.md) [韩昱](h.md) [郭冀川](g.md)")
    assert byline_with_links("", [("李四", "l.md")]) == "作者：[李四](l.md)"


def test_a_stanza_keeps_its_lines_on_the_page():
    from generator.model import Paragraph
    from generator.render import blocks

    out = blocks([Paragraph("这一天，昼与夜\n各让出半步", verse=True), Paragraph("正文。")])
    assert out[0] == {"type": "verse", "lines": ["这一天，昼与夜", "各让出半步"]} and out[1]["type"] == "text"
