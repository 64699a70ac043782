from generator.clean import clean_headline, clean_lines, reflow, squeeze_spaces


def test_spaced_out_cjk_is_closed_up_but_latin_spacing_kept():
    assert squeeze_spaces("深 化 、 执 行 体 信 誉 引 擎 发 布 、") == "深化、执行体信誉引擎发布、"
    assert squeeze_spaces("继 AVL inside 智 能 安 全") == "继AVL inside智能安全"
    assert squeeze_spaces("Microsoft Teams 和 Zoom") == "Microsoft Teams和Zoom"


def test_headline_keeps_clause_space_but_not_letter_spacing():
    assert clean_headline("积极作为 坚定前行") == "积极作为 坚定前行"
    assert clean_headline("积 极 作 为") == "积极作为"


def test_wrapped_paragraph_is_joined():
    lines = clean_lines(["今天的福建，科技创", "新跑出“加速度”，现代化产", "业体系加快构建。"])
    assert [p.text for p in reflow(lines)] == ["今天的福建，科技创新跑出“加速度”，现代化产业体系加快构建。"]


def test_column_break_inside_sentence_is_joined_but_paragraphs_kept():
    lines = clean_lines(["第一段写完了。", "", "不只是外部合", "", "作，目前大部分工程师也无法访问。", "", "新的一段。"])
    assert [p.text for p in reflow(lines)] == ["第一段写完了。", "不只是外部合作，目前大部分工程师也无法访问。", "新的一段。"]


def test_short_line_closing_a_sentence_ends_a_paragraph_inside_a_block():
    lines = clean_lines(["打通产业集群高质量发展的", "“任督二脉”。", "其一，跨越“数字鸿沟”，构建", "协同网络的新格局和新体系。"])
    assert len(reflow(lines)) == 2
