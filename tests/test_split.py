"""Splitting rules on small hand-made pages, and conservation on every seed."""
import collections
import re
from pathlib import Path

import pytest

from generator.model import SourceDoc
from generator.read import read_source
from generator.split import split_document
from generator.split.bylines import parse_byline

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").iterdir())
BODY_A = "\n".join(["在政策驱动与市场需求双引擎驱", "动下，我国绿色金融市场呈现加速扩容", "态势。多家上市银行绿色贷款余额同比增幅", "普遍超过百分之二十，部分城商行增速甚至突", "破一倍。商业银行以此为契机加大供给。", "绿色金融债发行与贷款余额双增，将带来两方面影响。"])
BODY_B = "\n".join(["国际经济形势不确定性加剧，外", "贸企业急需开拓国内市场，但转场", "并非易事：国内消费者对产品包装、品", "牌故事、营销方式的需求与海外市场", "存在显著差异，企业需要重新调研。", "外贸企业要转内销，前期往往面临不了解国内市场需求的挑战。", "电商平台近日纷纷发起了专项行动。"])


def split(text: str):
    return split_document(SourceDoc(name="t.txt", text=text, encoding="utf-8"))


def articles(records):
    return [r for r in records if r.kind in ("article", "interview", "commentary")]


def under_headline(head: str):
    """The first article of a page: the given headline lines, a byline, then text."""
    return articles(split(f"{head}\n本报记者 王小明\n\n" + "\n".join(FOREIGN) + "\n"))[0]


def test_headline_before_body_with_byline():
    recs = articles(split(f"绿色金融债和绿色贷款双增\n\n本报记者 彭 妍 北京报道\n\n{BODY_A}\n\n外贸优品转内销\n\n本报记者 张三 上海报道\n\n{BODY_B}\n"))
    assert [(r.title, r.authors) for r in recs] == [("绿色金融债和绿色贷款双增", ["彭妍"]), ("外贸优品转内销", ["张三"])]


def test_headline_printed_after_its_body():
    text = f" {BODY_A}\n\n（作者系某银行研究员）\n\n绿色金融加速扩容\n王小明\n\n{BODY_B}\n\n内外贸一体化畅通双循环\n——访某企业负责人\n\n本报记者 李四\n 图为工人在车间忙碌，赶制订单。 张五 摄\n"
    recs = split(text)
    arts = articles(recs)
    assert arts[0].title == "绿色金融加速扩容" and arts[0].authors == ["王小明"]
    assert arts[1].title == "内外贸一体化畅通双循环" and arts[1].authors == ["李四"]
    assert [r.kind for r in recs if r.kind == "brief"] == ["brief"]


def test_dateline_opens_the_body_and_gives_authors():
    recs = articles(split(f"# 为老年人提供优质支付服务\n\n新华社北京2月29日电(记者 吴雨 张千千){BODY_A}\n"))
    assert recs[0].authors == ["吴雨", "张千千"] and recs[0].byline.startswith("新华社北京")


BODY_A2 = "\n".join(["绿色金融债的发行规模持续扩大，多家上市", "银行绿色贷款余额同比增幅普遍超过百分之", "二十。银行绿色金融债的募集资金专项用于", "绿色贷款，绿色金融市场的扩容态势更加明显。"])


def test_crosshead_between_text_on_one_subject_stays_inside_the_article():
    recs = articles(split(f"文章标题在这里\n\n文 / 王小明\n\n{BODY_A}\n\n银行多维赋能绿色金融\n\n{BODY_A2}\n"))
    assert len(recs) == 1 and [p.text for p in recs[0].paragraphs if p.heading] == ["银行多维赋能绿色金融"]


def test_lone_headline_over_text_on_another_subject_starts_an_article():
    recs = articles(split(f"文章标题在这里\n\n文 / 王小明\n\n{BODY_A}\n\n外贸优品转内销开拓国内市场\n\n{BODY_B}\n"))
    assert [r.title for r in recs] == ["文章标题在这里", "外贸优品转内销开拓国内市场"]


LEAD = "在政策驱动与市场需求双引擎驱动下，我国绿色金融市场呈现加速扩容态势。"


def test_display_line_after_a_one_sentence_lead_opens_the_articles_next_part():
    # An article is seldom a sentence long: a headline, its byline and a
    # one-sentence lead, then a display line, is one article with a crosshead.
    recs = articles(split(f"绿色金融加速扩容\n\n文 / 王小明\n\n{LEAD}\n\n外贸优品转内销开拓国内市场\n\n{BODY_B}\n"))
    assert [(r.title, [p.text for p in r.paragraphs if p.heading]) for r in recs] == [("绿色金融加速扩容", ["外贸优品转内销开拓国内市场"])]


def test_a_display_line_inside_a_text_whose_headline_is_printed_after_it_is_a_crosshead():
    """Headlines printed after their text: a full headline group (subtitle,
    byline) that the next article's headline follows can head only the text
    above it, so a long display line inside that text, naming what comes
    under it, opens a part of the article and heads no article of its own."""
    between = "绿色金融加速扩容\n——银行绿色金融债发行观察\n文 / 王小明\n\n外贸优品转内销\n\n本报记者 张三 上海报道\n\n"
    assert _titles_and_crossheads_around(between) == [
        ("绿色金融加速扩容", ["商业银行以绿色信贷投放服务实体经济转型升级"]), ("外贸优品转内销", [])]


def _titles_and_crossheads_around(between: str) -> list:
    """BODY_A, a long display line, more text on its subject, then `between`
    (headline groups) and BODY_B: each article's title and crossheads."""
    rest = _column("商业银行在绿色信贷投放上持续加码，多家银行年报显示，绿色信贷余额保持较快增长，投向清洁能源、节能环保和基础设施"
                   "绿色升级等领域的贷款占比进一步提高。银行还通过发行绿色金融债拓宽资金来源，降低绿色项目融资成本。" * 2, 17)
    text = f"{BODY_A}\n\n商业银行以绿色信贷投放服务实体经济转型升级\n\n{rest}\n\n{between}{BODY_B}\n"
    return [(r.title, [p.text for p in r.paragraphs if p.heading]) for r in articles(split(text))]


def test_table_of_contents_is_other_matter():
    toc = "锐见 INSIGHT\n\n构建顺应新科技革命的国家创新体系\n\n钮钦 1\n\n院士思维 ACADEMICIAN THINKING\n\n发展智能计算的道路选择\n\n孙凝晖 36\n"
    recs = split(toc)
    assert recs and all(r.kind == "other" for r in recs)


def test_article_without_headline_gets_generated_title():
    recs = articles(split(f" {BODY_A}\n\n{BODY_B}\n"))
    assert recs[0].title_generated and recs[0].title


def nonspace(text: str) -> collections.Counter:
    return collections.Counter(re.sub(r"[\s\u200b\u3000\ufeff]", "", text))


def printed(text: str) -> collections.Counter:
    # Markdown heading markers added by the extraction are markup, not printed text.
    return nonspace(re.sub(r"(?m)^[ \t\u3000]*#{1,6}[ \t\u3000]", "", text))


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_every_printed_character_survives(seed):
    doc = read_source(seed)
    kept = collections.Counter()
    for rec in split_document(doc):
        for field in (rec.title, rec.kicker, rec.subtitle, rec.byline, rec.section, rec.text):
            if field:
                kept.update(nonspace(field))
    missing = {ch: n - kept[ch] for ch, n in printed(doc.text).items() if kept[ch] < n}
    assert not missing


def test_pull_quote_printed_again_is_not_an_article():
    quote = "绿色金融债发行与贷款余额双增，将带来两方面影响。"
    recs = split(f"文章标题在这里\n\n文 / 王小明\n\n{BODY_A}\n\n{quote}\n\n{BODY_B}\n\n\n\n {quote}\n")
    assert len(articles(recs)) == 1
    assert any(r.kind == "other" and r.text == quote for r in recs)


def test_slogans_and_blurbs_are_not_articles():
    ad = "讲好中国制造故事\n建立民族工业文化自信\n\n凝聚实现民族复兴澎湃力量。翔实例证全景描绘中国制造的复兴历程。"
    assert not articles(split(ad))


def test_running_page_header_is_the_section_and_does_not_cut_articles():
    page = "问道科技创新"
    text = (f"{page}\n\n标题一号在这里\n\n本报记者 张三 北京报道\n\n{BODY_A}\n\n{page}\n\n{BODY_B}\n\n"
            f"{page}\n\n标题二号在这里\n\n本报记者 李四 上海报道\n\n{BODY_B}\n")
    recs = articles(split(text))
    assert [r.title for r in recs] == ["标题一号在这里", "标题二号在这里"]
    assert recs[0].section == page and BODY_B.split("\n")[0] in recs[0].text and recs[0].subtitle is None


# ---------------------------------------------------------------- print layouts (issue 11)
FOREIGN = ["今年以来，全省外贸企业加快拓展国内市场，一批出口产品转", "内销售，企业负责人表示订单排到了下个季度。", "此外，多家电商平台推出专项扶持计划，为外贸企业", "提供流量和物流支持，帮助企业降低转型成本。"]
CREDIT = ["今年前两个月，全国绿色信贷余额继续保持较快增长，多家银行", "推出绿色金融专项产品，支持新能源和节能改造项目。", "然而，部分中小银行的绿色金融业务仍处于起步阶段，", "专业人才和风险评估能力有待加强。"]


def indented(lines: list[str], indent: str = "\u3000\u3000") -> str:
    """Paragraph starts indented, as many papers print them (lines ending a sentence end a paragraph)."""
    out, start = [], True
    for line in lines:
        out.append((indent if start else "") + line)
        start = line.endswith("。")
    return "\n".join(out)


def test_indented_paragraphs_are_paragraphs_and_a_headline_over_its_text_starts_an_article():
    text = "外贸企业加快开拓国内市场\n" + indented(FOREIGN) + "\n绿色信贷余额保持较快增长\n" + indented(CREDIT) + "\n"
    recs = articles(split(text))
    assert [r.title for r in recs] == ["外贸企业加快开拓国内市场", "绿色信贷余额保持较快增长"]
    assert len(recs[0].paragraphs) == 2 and recs[1].text.endswith("有待加强。")


def test_page_header_is_furniture_not_a_headline():
    text = "2024年3月5日 星期二  经济日报  第3版\n\n外贸企业加快开拓国内市场\n\n" + "\n".join(FOREIGN) + "\n"
    recs = split(text)
    assert [r.title for r in articles(recs)] == ["外贸企业加快开拓国内市场"]
    assert any(r.kind == "other" and "星期二" in r.text for r in recs)


NARROW_NEWS = ["  本报讯（记者 李想）记", "者昨天从市交通部门获", "悉，新线已完成全部设", "备调试，计划下月中旬", "开始试运行。",
               "  新线全长12.6公里，", "设车站9座，开通后从城", "西到火车东站只需35分", "钟。"]


def test_a_section_beside_its_page_number_is_the_page_header():
    """'A07 城事' alone at the page's top, '要 闻 2' beside the dated header
    line: page furniture, not the headline of the article under them."""
    for header in ("A07 城事\n\n2024年3月5日 星期二 钱塘晚报", "经济日报 2024年3月5日 星期二\n\n要  闻 2"):
        recs = split(header + "\n\n城西新线下月试运行\n\n" + "\n\n".join(NARROW_NEWS) + "\n")
        assert [(r.title, r.section) for r in articles(recs)] == [("城西新线下月试运行", None)]


def test_a_headline_opening_on_di_is_a_headline():
    """地铁…: 地 opens a word here, not an adverb's particle left from the line above."""
    recs = articles(split("地铁新线下月试运行\n\n" + "\n\n".join(NARROW_NEWS) + "\n"))
    assert [(r.title, r.authors) for r in recs] == [("地铁新线下月试运行", ["李想"])]


def test_a_figure_cut_from_its_measure_word_in_a_narrow_column_reads_on():
    column = ["本报讯 记者昨天从市地", "铁集团获悉，地铁6", "号线二期工程已完成全部", "设备调试，计划6月中旬", "开始试运行。"]
    rec = articles(split("地铁新线下月试运行\n\n" + "\n\n".join(column) + "\n"))[0]
    assert not any(p.heading for p in rec.paragraphs) and "地铁6号线二期工程" in rec.text


def test_a_news_item_signed_in_brackets_after_its_last_sentence():
    text = "外贸企业加快开拓国内市场\n\n" + "\n".join(FOREIGN) + "（记者 周 敏 通讯员 齐勇）\n"
    rec = articles(split(text))[0]
    assert rec.authors == ["周敏", "齐勇"] and rec.text.endswith("（记者周敏通讯员齐勇）")
    unsigned = articles(split("外贸企业加快开拓国内市场\n\n" + "\n".join(FOREIGN) + "（完）\n"))[0]
    assert unsigned.authors == []


def test_an_evening_papers_reporter_and_a_dateline_over_two_lines():
    assert parse_byline("□晚报记者 顾 晓").authors == ["顾晓"]  # the paper's name is no author
    recs = articles(split("城西新线下月试运行\n\n  本报讯（记者 李想 通\n\n讯员 王超）记者昨天从\n\n" + "\n\n".join(NARROW_NEWS[1:]) + "\n"))
    assert recs[0].authors == ["李想", "王超"]


def test_a_question_put_in_an_interview_is_no_heading():
    """'问：…？' and '记者：…？' set apart between answers are turns of the
    interview, not crossheads, nor headlines printed after a text."""
    qa = ["问：参加条件有没有变化？",
          "答：在中国境内参加城镇职工基本养老保险或者城乡居民基本养\n老保险的劳动者，都可以参加个人养老金制度。全面实施后，参\n加人可以在全国范围内的任一商业银行开立个人养老金资金账户。",
          "问：缴费上限和税收优惠政策是怎样的？",
          "答：参加人每年缴纳个人养老金的上限为12000元，可按规定享\n受税前扣除优惠，投资收益暂不征税，领取时单独按照3%的税率\n计算缴纳个人所得税。",
          "问：下一步还将采取哪些措施？",
          "答：我们将会同有关部门丰富个人养老金产品供给，把更多符合\n条件的国债、特定养老储蓄、指数基金纳入产品目录，同时优化\n服务流程，让参加人存得进、管得好、取得便。"]
    text = ("个人养老金制度全面推开，有哪些新变化？\n\n——人力资源社会保障部有关负责人答记者问\n\n本报记者  郭 静\n\n"
            + "\n\n".join(qa) + "\n")
    recs = articles(split(text))
    assert [r.title for r in recs] == ["个人养老金制度全面推开，有哪些新变化？"]
    assert not any(p.heading for p in recs[0].paragraphs)
    assert recs[0].kind == "interview"  # questions put as '问：' make it one, as '记者：' does


def test_page_header_and_editor_credit_in_other_forms():
    text = ("对话·企业家 第4版\n\n对话企业家\n\n“出海不是逃离内卷，而是能力外溢”\n\n本报记者 李 楠\n\n"
            + "\n".join(FOREIGN) + "\n\n责任编辑：刘 畅\n")
    recs = split(text)
    rec = articles(recs)[0]
    assert (rec.title, rec.kicker) == ("“出海不是逃离内卷，而是能力外溢”", "对话企业家")  # 对话 is a word, not the coverb 对
    assert "刘畅" not in rec.text and "第4版" not in (rec.section or "") + rec.text


def test_brief_titles_run_into_their_text():
    """A digest column prints each brief's title on its text's first line:
    before the dateline, or after a bullet and a space."""
    briefs = ("简  讯\n"
              "　　数据资产入表试点扩围 本报讯（记者 许 诺）日\n前，省财政厅将数据资产入表试点范围扩大到全省16个\n"
              "市，首批参与试点的企业已有42家。试点企业可将符合\n条件的数据资源确认为资产，提升融资能力。\n"
              "　　●省内首单碳排放权质押贷款落地　近日，一家热\n电企业以其持有的碳排放配额作质押，从当地农商银行\n"
              "获得贷款1200万元，这是我省首单碳排放权质押贷款。\n")
    recs = articles(split(briefs))
    assert [r.title.lstrip("●") for r in recs] == ["数据资产入表试点扩围", "省内首单碳排放权质押贷款落地"]
    assert recs[0].authors == ["许诺"] and recs[1].text.startswith("近日，一家热电企业")


def test_a_text_closed_by_its_agency_credit_ends_there():
    """'…自身利益。（新华社特稿）' closes its item: the line after it that
    fills the narrow column is the next item's headline, not the text
    going on; a photo's credit in brackets is a caption's, not this."""
    from generator.clean import ends_sentence

    assert ends_sentence("最终损害欧洲车企自身利益。（新华社特稿）") and ends_sentence("一顿午饭12元。（记者 周 敏）")
    assert not ends_sentence("工人在车间忙碌。（新华社记者 刘 鑫 摄）") and not ends_sentence("他说（记者 李四")
    column = ["据路透社7月5日报道，欧盟", "委员会对进口纯电动汽车征", "收的临时反补贴税于5日起", "生效，税率在17.4%至37.6%", "之间。报道称，多家欧洲车", "企对此表示担忧。（新华社", "特稿）", "日本实际工资连续26个月下降",
              "新华社东京7月8日电（记者", "刘春燕）日本厚生劳动省当", "天公布的数据显示，扣除物", "价变动因素后，5月份日本", "劳动者实际工资同比下降1.", "4%，已连续26个月下降。"]
    recs = articles(split("欧盟对华电动汽车临时反补贴税生效\n\n" + "\n".join(column) + "\n"))
    assert [r.title for r in recs] == ["欧盟对华电动汽车临时反补贴税生效", "日本实际工资连续26个月下降"]


def test_a_papers_short_name_and_xun_open_a_news_text_with_its_staff():
    from generator.split.bylines import split_dateline

    byline, rest = split_dateline("南都讯 记者 周 琪 通讯员李晓明 新生儿出生医学证明可网上办")
    assert (byline.authors, rest) == (["周琪", "李晓明"], "新生儿出生医学证明可网上办")
    assert split_dateline("南都讯 记者林东 昨日，…")[0].authors == ["林东"]  # 昨日 is no name
    assert split_dateline("资讯 记者注意到，市场回暖") is None
    recs = articles(split("城西新线下月试运行\n  南都讯 记者黄婷 通讯员李晓明\n" + "\n".join(FOREIGN) + "\n"))
    assert [(r.title, r.authors) for r in recs] == [("城西新线下月试运行", ["黄婷", "李晓明"])]


def test_a_line_of_facts_with_their_figures_under_the_headline_is_its_deck():
    """An evening paper backs a short headline with a deck of figures and no
    dash ('今年已完工212部 下半年再开工300部'); a two-part headline with a
    figure in one part ('淘特回归淘宝 为期一年的漫长“迁徙”') stays whole."""
    rec = under_headline("老旧小区加装电梯提速\n今年已完工212部 下半年再开工300部")
    assert (rec.title, rec.subtitle) == ("老旧小区加装电梯提速", "今年已完工212部 下半年再开工300部")
    two_part = under_headline("记者观察\n淘特回归淘宝 为期一年的漫长“迁徙”")
    assert two_part.title == "淘特回归淘宝 为期一年的漫长“迁徙”" and not two_part.subtitle


def test_a_line_opening_on_a_time_with_figures_under_a_whole_headline_is_its_deck():
    """A deck without its dash backs the headline with figures in a time
    frame ('前三季度新增泊位超过2万个'); a headline broken in two goes on with
    its own subject or verb, and a headline under a kicker keeps its lines."""
    rec = under_headline("城区停车泊位加快扩容\n前三季度新增泊位超过2万个")
    assert (rec.title, rec.subtitle) == ("城区停车泊位加快扩容", "前三季度新增泊位超过2万个")
    rec = under_headline("夜间公交线路加密\n\n10月客流同比增长三成")
    assert (rec.title, rec.subtitle) == ("夜间公交线路加密", "10月客流同比增长三成")
    assert under_headline("中欧班列货运新通道\n班列开行突破5000列").subtitle is None
    assert under_headline("口岸通关效率再提升\n新能源车出口增势强劲").subtitle is None  # no figure under it
    # a figure alone, with no time frame, goes on a two-part headline as often
    assert under_headline("夏季招聘会进社区\n1.5万个岗位虚位以待").subtitle is None


def test_an_experts_post_and_name_under_a_headline_sign_the_piece():
    """Opinion pages sign each expert's piece with the post, then the name
    set apart ('省社会科学院研究员 欧阳 宁'); a post without a name, or a
    headline that happens to end on a post, is no byline."""
    from generator.split.bylines import parse_byline

    assert parse_byline("东江大学经济学院副教授 林　溪").authors == ["林溪"]
    assert parse_byline("某证券首席经济学家 高远航").authors == ["高远航"]
    assert parse_byline("研究员 王明") is None and parse_byline("青年教授 扎根乡村") is None
    page = (f"绿色金融需要更加注重质量\n\n省社会科学院研究员 欧阳宁\n\n{BODY_A}\n\n"
            f"外贸转内销需要长期投入\n\n东江大学经济学院教授 林　溪\n\n{BODY_B}\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("绿色金融需要更加注重质量", ["欧阳宁"]), ("外贸转内销需要长期投入", ["林溪"])]


def test_a_magazine_standfirst_without_its_stop_and_an_editor_under_the_byline_open_one_story():
    """A magazine's cover story: a two-line headline, a standfirst set wider
    than the text that wraps and leaves its last stop off, the byline naming
    the magazine in title marks ('文｜《X》记者 A'), the editor's credit, then
    the text. The standfirst's last words are no headline, and the text under
    the credits is the story's."""
    from generator.split.bylines import parse_byline

    assert parse_byline("《新视野》记者 韩　笑").authors == ["韩笑"]
    assert parse_byline("《新视野》记者") is None and parse_byline("《新视野》记者 注意到，") is None
    wide = "在监管引导与市场需求的双重推动下，一批中小银行正尝试把绿色金融从单一贷款做成综合生态，但这条路"
    paragraphs = ["在政策驱动与市场需求双引擎驱动下，我国绿色金融市场呈现加速扩容态势。多家上市银行绿色贷款余额同比增幅普遍超过百分之二十，部分城商行增速甚至突破一倍。",
                  "“过去我们只管放贷，现在要学会经营生态。”一位城商行负责人说。按照当地的要求，这家银行今年要把绿色贷款占比提高到三成以上。",
                  "这是当前许多中小银行的缩影。随着绿色金融政策体系逐步完善，银行的绿色业务正从单一贷款转向债券、基金和咨询等综合服务。",
                  "业内人士认为，绿色金融扩容将带来两方面影响：一方面推动企业加快低碳转型，另一方面也对银行的风险管理提出更高要求。"]
    body = []
    for para in paragraphs:
        para = "　　" + para
        body += [para[i:i + 36] for i in range(0, len(para), 36)]
    page = ("绿色金融：\n从“贷款”到“生态”\n" + wide + "\n并不好走\n文｜《新视野》记者 韩　笑　实习记者 何一舟\n编辑｜陆　遥\n"
            + "\n".join(body) + "\n")
    recs = articles(split(page))
    assert [(r.title.replace(" ", ""), r.authors) for r in recs] == [("绿色金融：从“贷款”到“生态”", ["韩笑", "何一舟"])]
    assert "并不好走" in recs[0].text and "风险管理" in recs[0].text


def test_a_name_alone_under_a_headline_on_a_page_that_sets_each_element_apart():
    """An opinion page sets headline lines, the author's name and each
    paragraph apart by blank lines: the name alone under the headline is
    the byline, not the headline's last line."""
    page = f"推动绿色金融\n\n从规模扩张走向质量提升\n\n孔令川\n\n{BODY_A}\n\n{BODY_B}\n"
    recs = articles(split(page))
    assert [(r.title.replace(" ", ""), r.authors) for r in recs] == [("推动绿色金融从规模扩张走向质量提升", ["孔令川"])]


def test_a_plain_phrase_over_a_couplet_is_the_couplets_kicker():
    """A couplet of equal phrases set apart by spaces ('稳中求进  以进促稳')
    is a main headline whole; the plain phrase above it is its kicker. Two
    lines that are each a couplet stay one headline."""
    rec = under_headline("县域商业连着千家万户\n稳中求进  以进促稳")
    assert rec.title.replace(" ", "") == "稳中求进以进促稳"
    rec = under_headline("攻坚克难 回升向好\n夯基蓄能 向新而行")
    assert rec.title.replace(" ", "") == "攻坚克难回升向好夯基蓄能向新而行"


def test_a_headlines_last_line_that_finishes_a_word_is_no_name():
    """'…新能源车企竞争一触' / '即发' over a dash subtitle: the short line
    finishes the idiom the line above began, so it ends the headline; it is
    not a name signing the piece."""
    page = ("智能驾驶加速落地\n新能源车企竞争一触\n即发\n——行业进入淘汰赛\n\n" + BODY_A + "\n")
    recs = articles(split(page))
    assert recs[0].title.replace(" ", "").endswith("一触即发") and recs[0].authors == []


def test_a_marked_byline_may_say_who_wrote_it():
    """'■文/本报记者 X': the mark, then the writer's role and name."""
    assert parse_byline("■文/本报记者 韩　笑").authors == ["韩笑"]
    assert parse_byline("◎文｜林溪").authors == ["林溪"]
    assert parse_byline("■文化强省") is None


def test_an_outlet_run_into_its_reporters_role_and_where_the_report_was_filed_from():
    """'第一财经记者 马 晨 发自上海': an outlet whose name ends in no word for
    a paper, run into the role; '发自上海' says where the report was filed
    from, like '上海报道', and names no one."""
    assert parse_byline("新视界记者 马　晨 发自上海").authors == ["马晨"]
    assert parse_byline("本报记者 王小明 发自深圳").authors == ["王小明"]
    assert parse_byline("多位受访记者 表示，") is None and parse_byline("接受记者 采访") is None
    rec = under_headline("光伏组件价格再创新低\n新视界记者 马　晨 发自上海")
    assert (rec.title, rec.authors) == ("光伏组件价格再创新低", ["马晨", "王小明"])


INTERLEAVED = """青溪日报
2025年1月8日 星期三
第2版  综合新闻

我县油菜移栽面积稳中有增
记者 谢文涛 通讯员 黄倩

　　眼下，全县36万亩油菜已
全部移栽完毕，移栽面积较去年
增加1.1万亩。连日来，县农业
农村局组织16支技术服务队深入
田间地头，指导农户开展苗情监
测和冬前管理。
　　在白石镇高标准农田示范区，
种植大户刘长顺正在查看油菜长
势。“今年用上了新的移栽机，
一亩地能省工两三个，苗也更
齐。”他说。
　　据了解，今年我县新建高标
准农田2.8万亩，推广油菜良种
良法配套技术面积30万亩，为明
年夏收打下了基础。

柑橘园冬管正当时
记者 罗静
　　初冬时节，走进青溪镇万亩
柑橘园，果农们正忙着修剪果树、
施基肥、清理沟渠。“冬天管得
好，明年果子才能结得多、结得
好。”果农陈玉芳一边给果树培
土一边说。
　　青溪镇现有柑橘园面积2.3万

县中医院远程诊疗中心投用
　　本报讯（通讯员 孙悦 记者
 王浩）1月6日，县中医院远程
诊疗中心正式投入使用。患者在
县中医院就能接受省、市三甲医
院专家的远程诊疗，免去了往返
奔波之苦。

亩，年产鲜果4万吨，柑橘产业综
合产值超过5亿元。今年以来，
镇里推广果园绿色防控技术，安
装太阳能杀虫灯500余盏，病虫
害发生率明显下降。
　　镇农业服务中心负责人介绍，
入冬以来，中心已举办果园管护
培训班6期，培训果农800多人次，

　　当天上午，一名72岁的慢性
病患者通过远程诊疗系统，接受
了省中医院专家的诊断。专家通
过高清视频查看患者的舌象和检
查报告，与县中医院医生共同制
定了治疗方案。
　　据介绍，远程诊疗中心由县
财政投入260万元建设，已与省

并组织农技人员分片包干，逐户
指导冬季管护。
内4家三级医院建立协作关系，
可开展远程诊疗、影像诊断、心
电诊断和远程教学等服务，预计
每年可服务患者2000人次以上。

责任编辑：何丽萍  校对：王倩
"""


def test_a_column_read_between_two_of_another_goes_on_from_the_text_left_after_a_clause():
    """Two reports set side by side come out column by column; a column of
    the first ('并组织农技人员…') read between two of the second ('…已与省'
    / '内4家三级医院…') goes on from the text just before, which stopped
    after a clause ('…培训果农800多人次，'), not from a closed one that
    shares its farming words."""
    recs = {r.title: r.text for r in articles(split(INTERLEAVED))}
    assert recs["柑橘园冬管正当时"].endswith("并组织农技人员分片包干，逐户指导冬季管护。")
    assert "已与省内4家三级医院" in recs["县中医院远程诊疗中心投用"]
    assert "农技人员" not in recs["我县油菜移栽面积稳中有增"]


def test_a_lone_line_after_the_first_paragraph_under_a_full_headline_group_is_a_crosshead():
    """A full headline group (headline and byline) over a paragraph or two
    heads too little for a whole article: a lone line of text type after
    them is the report's crosshead, even when the two sides share few
    words; two lines of spaced display type are the next item's headline."""
    page = ("基金销售费率改革启动\n本报记者　蒲晓禾\n"
            "继管理费和托管费下调之后，公募基金销售环节费率改革近日启动。按照新规，\n"
            "股票型基金的认购费率上限下调至0.8%。\n"
            "持有成本明显降低\n"
            "据测算，此轮改革实施后每年可为投资者节省费用约300亿元。多家基金公\n"
            "司表示，将从“重首发”转向“重持营”。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["基金销售费率改革启动"] and "300亿元" in recs[0].text


FRAGMENT_PAGE = """数字技术促进科研创新
本报记者 王小明

数字技术正在改变科研的组织方式。实验室里，自动化设备和数据平台让研究人员可以实时获取实验数据和图形信息，帮助研究人员和技术人员更精准地执行复杂实验和操作。

数字技术提升协作效率

在多家科研院所，数字化平台把分散在各地的研究团队连在一起，科研人员可以在线共享数据、同步修改方案，研究人员和技术人员的协作效率明显提升。

协作软件和即时通信技术如

和服务，拓展线上渠道，丰富服务场景，加强线上线下业务协同。同年，又发布了一批支持数字化服务的政策措施。
"""


def test_a_piece_of_a_sentence_cut_at_a_columns_edge_is_no_crosshead():
    """'协作软件和即时通信技术如' over '和服务，…': a line that stops on a word
    waiting for more, over text that opens mid-sentence, is a piece of a
    sentence, however much it looks like the report's crosshead."""
    headings = [p.text for r in split(FRAGMENT_PAGE) for p in r.paragraphs if p.heading]
    assert headings == ["数字技术提升协作效率"]


def test_a_text_opened_by_its_byline_alone_takes_the_display_line_set_right_under_it():
    """A report printed byline first, its headline right under its last line
    ('“村超”带火乡村夜经济', whose words the text does not repeat), then a
    blank line and the next report's headline over its text: the first
    line heads the text above, the second the text below."""
    page = ("本报记者　骆宛如\n\n"
            "  每逢周末夜晚，平寨村的足球场都人声鼎沸。来自周边十几个村的\n"
            "球队轮番上场，场边坐满了观众。比赛带来了人气，也带来了商机。\n"
            "  球场周边自发形成了夜市，烤鱼、米粉、糯米饭等小吃摊位有60多\n"
            "个。村民韦秀兰的烧烤摊一个晚上能卖一千多元。\n"
            "“村超”带火乡村夜经济\n\n"
            "全县高标准农田建设完成年度任务\n\n"
            "  记者从县农业农村局获悉，全县今年新建和改造提升高标准农田5.2\n"
            "万亩，已全部完成年度建设任务。项目区粮食亩产平均提高约100斤。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("“村超”带火乡村夜经济", ["骆宛如"]), ("全县高标准农田建设完成年度任务", [])]


def test_text_under_the_page_header_printed_again_goes_on_from_the_text_above_it():
    """The running header repeated at a column's top ('乡村振兴　第7版' /
    '青溪日报 …'): the short headless text under it is the rest of the
    report above, not a record of its own."""
    header = "乡村振兴　　第7版\n青溪日报　2027年3月22日 星期一\n"
    page = (header + "\n青溪县小木耳撑起大产业\n本报记者　佘正阳\n\n"
            "  走进青溪县石门镇的食用菌产业园，一排排大棚整齐排列，菇农们正忙\n"
            "着采摘、分拣木耳。近年来，青溪县引进食用菌龙头企业，建设标准化\n"
            "菌棒生产厂，统一向农户供应菌棒，并提供技术指导和保底收购服务。\n"
            "  目前，全县木耳种植规模达到3000万棒，年产值约5亿元，带动一万\n"
            "户农户增收，产品销往全国20多个省份。\n\n"
            + header +
            "  县农业农村局负责人表示，下一步将推动木耳产业与乡村旅游融合发展，\n"
            "进一步延伸产业链条。\n")
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["青溪县小木耳撑起大产业"]
    assert articles(recs)[0].text.endswith("进一步延伸产业链条。")


def test_a_dash_line_under_a_headline_over_two_lines_at_the_top_is_its_subtitle():
    """A headline broken over two full lines of a narrow column, with no
    mark of punctuation, then '——…': the dash line is the subtitle, not a
    dash going on a sentence of running text."""
    page = ("直播电商回归理性　为期\n三年的漫长“洗牌”\n——曾被看作流量密码的低价模式\n\n"
            "　　曾被看作流量\n密码的低价模式，\n如今正在退潮。多\n家平台调整规则，\n"
            "鼓励商家提升品\n质和服务，消费者\n也更看重售后保障\n和品牌口碑。\n")
    recs = articles(split(page))
    assert recs[0].title.replace(" ", "") == "直播电商回归理性为期三年的漫长“洗牌”"
    assert recs[0].subtitle == "——曾被看作流量密码的低价模式"


def test_a_term_in_capitals_ending_a_headline_line_is_no_section_name():
    """'专题 Special Report' names a section in Chinese and English; a phrase
    of a headline ending on a term in capitals ('存储芯片回暖　HBM' / '成新宠')
    is the headline's first line."""
    from generator.split.lines import SECTION_LABEL

    assert SECTION_LABEL.match("专题 Special Report") and SECTION_LABEL.match("国际 WORLD")
    assert not SECTION_LABEL.match("存储芯片回暖 HBM")
    rec = under_headline("存储芯片回暖　HBM\n成新宠")
    assert rec.title.replace(" ", "") == "存储芯片回暖HBM成新宠"


def test_a_headline_over_its_byline_right_after_a_photo_credit_is_no_rest_of_the_caption():
    """A photo's caption and credit, then at once a headline over its
    byline: the caption does not cut a sentence that goes on into the
    headline; the headline opens its article."""
    page = ("　　4月29日，在长春市一家汽车零部\n件企业，工人在生产线上作业。节日前夕，当\n地企业加紧生产，全力以赴赶订单。\n"
            "新华社记者 李　贺 摄\n新就业形态人员职业伤害保障试点扩围\n本报记者 陈　曦\n"
            "　　记者从人力资源社会保障部获悉，新就业\n形态就业人员职业伤害保障试点将进一步扩大\n范围，新增多个省份和平台企业参加试点。\n"
            "　　据介绍，试点开展以来，运行总体平稳，\n参保人数稳步增长，有效化解了骑手们的后顾\n之忧。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("新就业形态人员职业伤害保障试点扩围", ["陈曦"])]


def test_a_kicker_and_a_headline_on_three_lines_printed_after_the_text_are_taken_whole():
    """A report's headline group printed after it, set apart by a blank
    line: a kicker and a headline on three lines, then the byline. All four
    lines are display type (no stop, a comma at most), so all of them go
    with the byline, not the last one alone."""
    page = (f"{BODY_A}\n\n自2019年首次当选全国人大代表\n全国人大代表王小明：转换排放\n监管模式消除柴油发电机组\n"
            f"市场竞争壁垒\n本报通讯员 邹国 记者 丁欣\n\n{BODY_B}\n\n外贸优品转内销\n本报记者 张三\n")
    recs = articles(split(page))
    titles = [r.title.replace(" ", "") for r in recs]
    assert not any(t == "市场竞争壁垒" for t in titles)
    assert any(t.endswith("监管模式消除柴油发电机组市场竞争壁垒") for t in titles)


def test_a_long_line_under_a_headline_broken_on_purpose_is_its_deck():
    """'券商基金一季度' / '加仓高股息资产' / '部分绩优基金经理转向关注出海链':
    two short lines of a length are one headline broken near its middle (a
    kicker is one line), and the longer line under them is its deck."""
    rec = under_headline("券商基金一季度\n加仓高股息资产\n部分绩优基金经理转向关注出海链")
    assert (rec.title.replace(" ", ""), rec.subtitle) == ("券商基金一季度加仓高股息资产", "部分绩优基金经理转向关注出海链")


def test_a_long_reports_crossheads_are_set_alike():
    """A crosshead whose two sides share few words ('加工链条越拉越长', where
    the report turns from farmers to the mill) is still the report's when
    it is set like a crosshead the report already holds: a lone short line
    of about its length, that the text before does not restate."""
    head = "订单农业让种粮户心里有底\n本报记者 王小明\n\n"
    part1 = ("　　七月的平原上，订单小麦已经收获入仓。种粮大户老李算起了今年的收入账，三百多亩订单小麦全部按订单价卖给了面粉厂，每斤比市场价多卖了六分钱。\n"
             "　　在当地，签了订单的种粮户越来越多。订单小麦的收购价比普通小麦高出一截，种粮户种得踏实，面粉厂收得放心。\n")
    part2 = ("　　过去，种粮户最怕丰产不丰收。近年来，当地引导面粉厂与合作社签订小麦订单，统一提供良种和技术指导，统一保底收购，种粮户按订单组织生产。\n"
             "　　“订单签在播种前，种啥、种多少，心里有数了。”老李说，面粉厂派来的农技员从播种到收获全程跟踪服务。\n")
    part3 = ("　　车间里，新收的麦子经过清理、研磨、筛分，变成了饺子粉、面包粉等十几种专用粉，部分产品进入了连锁餐饮企业的供应链。\n"
             "　　负责人介绍，下一步将继续培育加工龙头企业，完善利益联结机制，让农民更多分享产业链增值收益。\n")
    recs = articles(split(head + part1 + "\n种啥种多少心里有数\n\n" + part2 + "\n加工链条越拉越长\n\n" + part3))
    assert [r.title for r in recs] == ["订单农业让种粮户心里有底"]
    assert [p.text for p in recs[0].paragraphs if p.heading] == ["种啥种多少心里有数", "加工链条越拉越长"]


def test_a_headline_above_its_own_text_does_not_take_the_report_before():
    """A reporter's notebook ('记者手记' / '让年轻人在家乡看见未来') after a
    report whose last paragraph echoes its headline: the headline heads the
    text printed under it, which no later headline names, so the report
    before keeps its last part."""
    main = ("县城里的新职业青年\n本报记者 王小明\n\n"
            "　　早上六点，返乡青年陈嘉已经在脐橙园里调试植保无人机。去年他辞去城里的工作回到县城，和三个伙伴开了一家飞防服务队，今年已经接下两万多亩的订单。\n\n"
            "　　距离县城不远的电商产业园里，二十六岁的刘思琪正对着镜头介绍刚采摘的百香果。她所在的直播团队有十二名成员，去年帮助农户销售农产品超过两千万元。\n\n"
            "新工种在县城扎根\n\n"
            "　　人社部门近年来陆续发布了多批新职业，互联网营销师、无人机驾驶员、农业经理人都在其中。记者在多个县城走访发现，新职业的出现得益于县域物流和网络的完善。\n\n"
            "　　“现在快递进村了，信号覆盖了，年轻人在县城也能做以前只能在城市里做的事。”一位人社部门负责人说，县里专门为返乡青年开设了免费培训班。\n\n"
            "　　一位研究劳动经济的教授认为，要让年轻人在家乡留得住、干得好，需要在产业配套和公共服务上同步发力，让年轻人在家乡也能看见清晰的未来。\n\n")
    aside = ("记者手记\n让年轻人在家乡看见未来\n\n"
             "　　采访中，记者最深的感受是，这些返乡的人并不是被动地回流，而是主动选择了县城。他们看中的，是家乡的产业基础、更低的生活成本和更近的亲情。\n\n"
             "　　他们带回的不只是技能，还有新的观念。县城要接住这份热情，就要拿出更多实打实的办法。（王小明）\n")
    recs = articles(split(main + aside))
    assert [(r.title, r.text[:6]) for r in recs] == [("县城里的新职业青年", "早上六点，返"), ("让年轻人在家乡看见未来", "采访中，记者")]
    assert recs[0].text.endswith("让年轻人在家乡也能看见清晰的未来。")


def test_a_column_label_over_a_headline_heads_no_text_above_it():
    """'经济时评' over '“以旧换新”要算好服务账' after an editorial on the
    private economy shares the editorial's words (经济), yet a phrase that
    short above a headline is the column's label: it is not the headline
    of the editorial's second half, printed after it."""
    editorial = ("以改革激发民营经济活力\n\n本报评论员\n\n"
                 "　　民营经济是推进现代化的生力军。激发民营经济活力，关键在于深化改革，持续优化民营经济发展环境。\n\n"
                 "　　近年来，从市场准入负面清单不断缩减，到涉企收费清理规范，一系列举措为民营经济减负松绑。但一些地方仍存在隐性壁垒，民营企业在融资、招投标等方面还面临不少困难。\n\n"
                 "　　破除这些障碍，既要完善制度，也要抓好落实，让民营经济在公平的市场环境中放心投资、安心经营。\n\n")
    column = ("经济时评\n\n“以旧换新”要算好服务账\n\n"
              "　　消费品以旧换新政策实施以来，不少家庭换上了新家电。但一些消费者反映，旧家电回收价格不透明，上门拆装收费名目多，换新的账算下来并不划算。\n\n"
              "　　以旧换新，换的是产品，拼的是服务。商家要把回收标准、拆装费用公开透明，让消费者换得明白、换得放心。\n\n□周正\n")
    recs = articles(split(editorial + column))
    assert [r.title for r in recs] == ["以改革激发民营经济活力", "“以旧换新”要算好服务账"]
    assert recs[0].text.endswith("放心投资、安心经营。")


def test_a_columns_name_over_an_interview_heads_no_text_above_a_credited_article():
    """'基金经理说' over '“好公司的估值终会回归”' / '——访…' after a report on
    funds set under its headline and byline: the report shares the name's
    words (基金经理), yet a text printed under its headline and byline takes
    no second headline after it; the short line over the interview's
    headline is the column's name, whose words it gives ("…说")."""
    report = ("新发基金募资逾千亿元\n本报记者　柯望川\n"
              "　　据基金研究中心统计，今年5月全市场共成立新基金118只，合计募集规模1063.5亿元，环比增长42.7%。\n"
              "　　从产品结构看，指数基金仍是新发市场的主力，宽基指数产品和科技主题指数产品最受资金青睐。\n"
              "　　“权益市场赚钱效应回升，带动了投资者的申购热情。”一家基金公司市场部负责人表示，部分新基金一日售罄。\n"
              "　　业内人士提醒，投资者更应关注产品的投资策略、基金经理的长期业绩和自身风险承受能力，避免追高申购。\n\n")
    interview = ("基金经理说\n“好公司的估值终会回归”\n——访澄溪基金权益投资部总监陆衡\n本报记者　裴清妍\n"
                 "　　今年以来，陆衡管理的两只偏股混合型基金净值增长率均超过20%。日前，记者专访了陆衡。\n"
                 "　　记者：您如何看待当前的市场？\n"
                 "　　陆衡：市场短期波动难以预测，但中长期看，经济结构转型带来的机会非常多，好公司的估值终会回归。\n")
    recs = articles(split(report + interview))
    assert [r.title for r in recs] == ["新发基金募资逾千亿元", "“好公司的估值终会回归”"]
    assert recs[0].text.endswith("避免追高申购。")
    assert recs[1].section == "基金经理说"


def test_a_weather_box_over_a_headline_is_no_part_of_it():
    """A county paper's front page set solid: '芷川天气' / '今天：晴转多云　11℃～23℃'
    / '明天：多云　13℃～25℃' right over the lead's kicker and headline is the
    paper's weather box, not the kicker."""
    page = ("芷川报\n2035年4月9日 星期一\n芷川天气\n今天：晴转多云　11℃～23℃\n明天：多云　13℃～25℃\n"
            "聚力建设宜居宜业和美乡村\n我县召开乡村振兴工作推进会\n融媒记者　柯慕白\n"
            "  4月8日，我县召开乡村振兴工作推进会，总结去年工作，部署今年任务。县委书记出席会议并讲话。\n"
            "  会议指出，过去一年，全县粮食总产量达到31.2万吨，农村居民人均可支配收入增长7.4%，新建高标准农田3.5万亩。\n"
            "  会议要求，各乡镇、各部门要压实责任，强化要素保障，确保乡村振兴工作取得新成效。\n")
    recs = split(page)
    lead = articles(recs)
    assert len(lead) == 1 and lead[0].title.endswith("我县召开乡村振兴工作推进会")
    assert "℃" not in (lead[0].kicker or "") + lead[0].title
    assert any(r.kind == "other" and "今天：晴转多云 11℃～23℃" in r.text for r in recs)


def test_a_picture_credit_wrapped_in_a_narrow_column_closes_its_photo_news():
    """'图片由芷川县文化和旅游局' / '提供' under a photo's caption in a
    12-character column: one credit, broken at the column's edge; it closes
    the photo news and neither of its lines is a headline."""
    page = ("油 菜 花 海 迎 客 来\n　近日，桃源镇万亩油菜花\n竞相绽放，吸引大批游客前\n来观光。今年以来，该镇依\n"
            "托油菜花海举办乡村旅游节，\n带动农家乐、民宿增收。\n图片由芷川县文化和旅游局\n提供\n\n"
            "简讯\n\n　■4月7日，芷川县农技推\n广中心组织专家深入6个乡\n镇开展春耕生产技术指导，\n发放技术资料2000余份。\n")
    recs = split(page)
    assert not any("图片由" in (r.title or "") or r.title == "提供" for r in recs)
    photo = next(r for r in recs if r.title == "油菜花海迎客来")
    assert photo.kind == "brief" and photo.byline == "图片由芷川县文化和旅游局提供"
    assert not any("提供" in r.text for r in recs if r is not photo)
    wide = split(page.replace("图片由芷川县文化和旅游局\n提供", "图片由芷川县文化和旅游局提供"))
    assert next(r for r in wide if r.title == "油菜花海迎客来").byline == "图片由芷川县文化和旅游局提供"


def test_unsigned_bulleted_items_under_a_digest_label_are_items_of_their_own():
    """'简讯' over '■4月7日，…（通讯员　卢小禾）' / '■近日，…' / '■截至4月上旬，…':
    each bulleted paragraph is one of the digest's items, signed or not,
    however short; a signature on its own line closes its item."""
    page = ("简讯\n\n"
            "　■4月7日，芷川县农技推广中心组织专家深入6个乡镇开展春耕生产技术指导，发放技术资料2000余份。\n"
            "（通讯员　卢小禾）\n\n"
            "　■近日，县农业农村局启动2035年耕地地力保护补贴发放工作，预计惠及农户3.6万户。\n\n"
            "　■截至4月上旬，全县已完成早稻育秧面积4.3万亩，占计划的92%。\n\n责任编辑：苗一禾\n")
    recs = articles(split(page))
    assert [r.text.count("■") for r in recs] == [1, 1, 1]
    assert [r.authors for r in recs] == [["卢小禾"], [], []]
    assert recs[2].text.startswith("■截至4月上旬")
    # (a list of one-sentence items credited once, at its end, is one piece)
    listed = page.replace("（通讯员　卢小禾）\n", "").replace("占计划的92%。", "占计划的92%。（本报综合）")
    assert len(articles(split(listed))) == 1


def test_co_authors_names_set_apart_under_a_headline_sign_the_essay():
    """'推动数字技术与实体经济深度融合' / '宋今禾　蓝以宁' over an indented
    paragraph: two names set apart, no dictionary's, are the essay's two
    writers, not its headline."""
    page = ("学术视点\n推动数字技术与实体经济深度融合\n宋今禾　蓝以宁\n"
            "  数字技术与实体经济深度融合，是把握新一轮科技革命和产业变革机遇的战\n"
            "略选择。当前，我省制造业数字化转型已从“单点应用”进入“系统推进”阶\n"
            "段，但中小企业“不想转、不敢转、不会转”的问题依然突出，需要综合施策。\n"
            "  数据是数字经济的关键生产要素。要加快建设行业级工业互联网平台，推动\n"
            "产业链上下游企业在订单、库存、产能等方面实现数据共享。\n")
    rec = articles(split(page))[0]
    assert (rec.title, rec.authors) == ("推动数字技术与实体经济深度融合", ["宋今禾", "蓝以宁"])


def test_an_editors_note_under_its_label_and_a_series_name_is_no_article():
    """'县域高质量发展系列谈' / '【编者按】' / the note / the series' first essay:
    the note introduces the series; it is no article of its own."""
    page = ("县域高质量发展系列谈\n【编者按】\n"
            "  县域是推动经济社会发展的基本单元，是城乡融合发展的重要切入点。为深入研究新形势下县域高质量发展的实现路径，本版今起推出系列谈，敬请关注。\n\n"
            "以产业集群化发展壮大县域经济\n——县域高质量发展系列谈之一\n◎ 许照临\n"
            "  县域经济是国民经济的基本单元。近年来，我省县域经济总量稳步扩大，但也存在产业层次偏低、同质竞争明显等问题。\n"
            "  推动县域经济高质量发展，必须抓住产业这个“牛鼻子”，走集群化发展之路。\n")
    assert [r.title for r in articles(split(page))] == ["以产业集群化发展壮大县域经济"]


def test_a_letters_salutation_opens_the_letter_under_its_headline():
    """'小区加装电梯为何卡在“最后一票”' / blank / '编辑同志：' / blank / the
    letter: the salutation is the letter's first line, not its headline."""
    page = ("读者来信\n小区加装电梯为何卡在“最后一票”\n\n编辑同志：\n\n"
            "　　我住在临澜区桂香里小区7号楼，这栋楼建于1998年，共7层，住户多数是老年人。去年，大家商量着申请加装电梯，楼里14户中有13户签字同意。\n\n"
            "　　没想到，一楼的一户居民坚决反对，理由是电梯会影响采光、带来噪声。希望有关部门能出台更具体的协调办法。\n"
            "　　　　　　　　　　　　　　临澜区　读者　温可心\n")
    rec = articles(split(page))[0]
    assert rec.title == "小区加装电梯为何卡在“最后一票”" and rec.text.startswith("编辑同志：")


def test_a_lottery_box_and_a_hotline_after_a_text_are_no_part_of_its_headline():
    """A headline printed after its text, then '开奖公告' / '“天天乐”第2035139期：03
    11　16…' / '（以彩票中心公布为准）' and '新闻热线　8866××××': the draws are a
    box under their own label (the headline above is none of the box's),
    the hotline an advert; the headline is the text's."""
    page = ("  5月以来，市中心医院将原来分散在不同楼层的入院登记、出院结算、医保审核等业务整合到一站式服务中心。\n\n"
            "  服务中心还设置了老年人和残疾人专窗，配备导医人员全程帮办，患者办理手续的平均用时缩短至15分钟。（通讯员　林岫）\n\n"
            "市中心医院开设“一站式”出入院服务中心\n\n开奖公告\n“天天乐”第2035139期：03　11　16　24　30\n"
            "“好运3”第2035139期：8　2　5\n（以彩票中心公布为准）\n\n沅曦晚报新闻热线　8866××××\n24小时接听　有事您说话\n")
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["市中心医院开设“一站式”出入院服务中心"]
    assert not any("第2035139期" in r.text or "热线" in r.text for r in articles(recs))
    assert next(r for r in recs if "开奖公告" in r.text).text.rstrip().endswith("（以彩票中心公布为准）")
    assert any(r.what == "广告或报头" and "热线" in r.text for r in recs)


def test_world_briefs_in_a_narrow_strip_under_place_labels():
    """A ten-character strip of world briefs, no indent, no blank line:
    '【梅里迪亚】' over '梅里迪亚上调' / '全年增长预期' over the item. The bracketed
    place is a label, no part of the headline; the headline's two lines,
    wrapped at the strip, join without a space; a short last line that
    closes no sentence ('失业率降至3.9%', seven characters wide) ends the
    headline, it opens no paragraph."""
    page = ("国际快讯\n【诺德兰】\n诺德兰5月\n失业率降至3.9%\n诺德兰国家统计局7日\n公布，该国5月经季节\n"
            "调整后的失业率为3.9%，\n比4月下降0.1个百分点，\n为近一年来最低水平。\n统计局官员说，建筑\n"
            "业和医疗服务业就业人\n数增长较快。（据瀚海社）\n【梅里迪亚】\n梅里迪亚上调\n全年增长预期\n梅里迪亚财政部6日将\n"
            "今年经济增长预期由\n2.4%上调至2.9%，理由\n是矿产品出口和私人消\n费好于预期。财政部同\n时表示，今年财政赤字\n"
            "率有望控制在3%以内。\n（温叙白）\n【塔兰提亚】\n塔兰提亚启动\n主权基金改革\n塔兰提亚政府5日宣布\n"
            "启动国家主权财富基金\n改革，将基金管理机构\n改组为独立运营的投资\n公司，并引入外部专业\n管理人。\n"
            "该基金目前管理资产约\n620亿美元，主要来自\n油气收入。（秦望）\n")
    recs = articles(split(page))[:2]
    assert [r.title.replace(" ", "") for r in recs] == ["诺德兰5月失业率降至3.9%", "梅里迪亚上调全年增长预期"]
    assert recs[1].title == "梅里迪亚上调全年增长预期" and recs[0].text.startswith("诺德兰国家统计局7日公布")
    assert recs[0].text.rstrip().endswith("数增长较快。（据瀚海社）")
    assert [r.authors for r in recs] == [[], ["温叙白"]]


def test_a_verb_alone_on_a_display_line_waits_for_its_object():
    """'点亮' / '乡村夜经济': a headline broken on purpose after its verb; the
    verb is the headline's first word, no column's label over it."""
    page = ("BUSINESS　商业\n\n点亮\n乡村夜经济\n\n文｜蓝小安\n\n"
            "　　走进青溪县的夜市，灯火通明，游客如织。今年以来，青溪县夜间消费额突破十亿元，带动两万多户农户增收致富。\n\n"
            "　　县里还建设了夜间文旅街区和冷链仓储设施，让乡村夜经济火起来、旺起来。\n")
    rec = articles(split(page))[0]
    assert rec.title == "点亮乡村夜经济" and "点亮" not in (rec.section or "")


def test_a_tables_title_over_its_header_row_is_the_tables_inside_an_article():
    """A price table set inside a market report, no blank line anywhere:
    its title ('本周沅川主要建材市场价格（…）'), its header row ('品名　规格
    单位　均价　涨跌') and rows are the table's; the title is no headline
    printed after the report's first part, and the report stays whole."""
    page = ('钢材水泥价格小幅回升\n'
            '——9月下旬以来沅川建材市场走势分析\n'
            '本报记者\u3000骆晴川\n'
            '\u3000进入10月，随着“金九银十”传统施工旺季到来，沅川建材市场需\n'
            '求 有 所 回 暖 。 鼎 筑 建 材 价 格 监 测 中 心 数 据 显 示 ， 10 月 第 2 周 ， 全 省 建\n'
            '材价格综合指数为108.6点，环比上涨0.9%，连续三周上涨，但同比\n'
            '仍下降4.2%。\n'
            '\u3000钢材价格震荡上行。本周澜州市场HRB400E Φ20螺纹钢均价为3560\n'
            '元/吨，较9月中旬上涨90元/吨。“近期基建项目集中开工，下游采\n'
            '购明显增加，贸易商出货节奏加快。”澜州一家钢贸企业负责人说。\n'
            '但他同时表示，房地产新开工面积仍在下降，钢材需求回暖的持续性\n'
            '有待观察。\n'
            '\u3000水 泥 价 格 稳 中 有 升 。 受 错 峰 生 产 和 煤 炭 价 格 上 涨 影 响 ， 本 周\n'
            'P.O42.5散装水泥均价为418元/吨，环比上涨6元/吨，部分企业发布\n'
            '了每吨上调20元至30元的涨价通知。业内人士分析，四季度是水泥行\n'
            '业传统旺季，叠加错峰生产政策执行，水泥价格有望保持稳中偏强走\n'
            '势。\n'
            '\u3000商品混凝土和砂石价格基本平稳。由于上游水泥价格上涨，部分搅\n'
            '拌站有提价意愿，但受市场竞争激烈影响，实际成交价格变化不大。\n'
            '本周沅川主要建材市场价格（10月8日—10月12日）\n'
            '品名\u3000\u3000\u3000\u3000规格\u3000\u3000\u3000\u3000单位\u3000\u3000\u3000均价\u3000涨跌\n'
            '螺纹钢\u3000\u3000\u3000HRB400E Φ20\u3000元/吨\u3000\u30003560\u3000↑30\n'
            '水泥\u3000\u3000\u3000\u3000P.O42.5散装\u3000元/吨\u3000\u3000418\u3000 ↑6\n'
            '商品混凝土\u3000C30\u3000\u3000\u3000\u3000\u3000元/立方米\u3000465\u3000 ↓5\n'
            '平板玻璃\u3000\u30005mm\u3000\u3000\u3000\u3000\u3000元/重量箱\u300082\u3000\u3000↑2\n'
            '中粗砂\u3000\u3000\u3000机制砂\u3000\u3000\u3000元/吨\u3000\u300096\u3000\u3000持平\n'
            '数据来源：鼎筑建材价格监测中心\n')
    recs = articles(split(page))
    assert [r.title for r in recs] == ["钢材水泥价格小幅回升"] and "商品混凝土和砂石价格基本平稳" in recs[0].text


def test_an_advert_labelled_with_its_advertiser_is_no_headline_after_a_feature():
    """'广告　澜州恒固建材机械有限公司' / '蒸压釜　砌块成型机　切割机组' / … /
    '电话：…' after a paid feature signed （通讯员　X　Y）: the advert and
    its lines are one advert, not the headline of the feature's last paragraph."""
    page = ('企业风采\n'
            '以“绿”为底色打造新型建材标杆\n'
            '——走进沅川青石新型建材有限公司\n'
            '\u3000走进位于芷陵经济开发区的沅川青石新型建材有限公司，宽敞明亮\n'
            '的生产车间里，一条条自动化生产线高效运转，机械臂将切割成型的\n'
            '加气混凝土砌块码放整齐，整个车间几乎看不到粉尘。\n'
            '\u3000青石建材成立于2009年，是一家专业从事蒸压加气混凝土砌块、\n'
            'ALC轻质墙板研发生产的企业，年产能达到120万立方米。公司充分利\n'
            '用周边电厂的粉煤灰和脱硫石膏作为原料，每年消纳工业固废80余万\n'
            '吨，产品先后获得绿色建材产品三星级认证和省名牌产品称号。\n'
            '\u3000“过去是‘傍着电厂吃固废’，现在我们要靠技术吃饭。”公司董\n'
            '事长葛守诚介绍，公司每年将销售收入的4%以上投入研发，与省建筑\n'
            '科学研究院共建了新型墙体材料工程技术中心，开发的高强度薄型\n'
            'ALC墙板已在全省40多个装配式建筑项目中应用。\n'
            '\u3000今年，公司投资3.2亿元建设的智能化生产基地二期工程即将投产，\n'
            '届时年产值将突破10亿元。葛守诚表示，公司将坚持绿色发展道路，\n'
            '努力为建筑行业节能降碳贡献力量。（通讯员\u3000柯岩\u3000姚澄）\n'
            '广告\u3000澜州恒固建材机械有限公司\n'
            '蒸压釜\u3000砌块成型机\u3000切割机组\n'
            '承接加气砌块生产线整线工程\n'
            '电话：0874-5812××66\u3000传真：0874-5812××67\n')
    recs = split(page)
    assert [(r.title, r.authors) for r in articles(recs)] == [("以“绿”为底色打造新型建材标杆", ["柯岩", "姚澄"])]
    assert any(r.kind == "other" and r.text.startswith("广告") and "蒸压釜" in r.text for r in recs)


def test_a_continuation_under_its_repeated_headline_and_jump_line_ends_where_the_next_story_begins():
    """'全球央行增持黄金趋势延续' / '（上接第1版）' / the rest of the story, then
    another story whose headline is printed after it: the text between is
    cut where its subject changes, the jump line between the repeated
    headline and its text notwithstanding."""
    page = ('全球央行增持黄金趋势延续\n'
            '（上接第1版）\n'
            '储备中的占比已由五年前的11.2%提高到17.6%。分析人士认为，\n'
            '地缘政治风险上升和主要储备货币汇率波动加大，是各国央行增\n'
            '持黄金的重要原因。\n'
            '\n'
            '  从增持主体看，新兴市场央行是购金主力。梅里迪亚、卡兰贾、\n'
            '伊斯帕拉等国央行去年合计增持黄金约310吨，占全球央行净购\n'
            '买量的四成以上。诺德兰中央银行也在时隔8年后首次增持黄金。\n'
            '  不过，也有观点提醒，金价处于历史高位，部分央行可能放缓\n'
            '购金节奏。南陆资产管理公司分析师认为，今后一段时间央行购\n'
            '金需求仍将对金价形成支撑，但金价波动可能加大。\n'
            '\n'
            '  南陆开发银行9日宣布，将推出总额300亿美元的本币融资便利，\n'
            '支持成员国企业以本国货币开展贸易和投资融资，降低对单一外\n'
            '币的依赖和汇率风险。\n'
            '  根据安排，首批本币融资将覆盖梅里迪亚比索、塔兰第纳尔和\n'
            '伊斯帕拉元三种货币，期限最长可达15年。南陆开发银行行长贾\n'
            '丝明·奥卢表示，银行将通过在成员国发行本币债券筹集资金，\n'
            '同时与各国央行加强合作，完善本币清算安排。\n'
            '\n'
            '  分析人士认为，本币融资有助于缓解发展中经济体的“货币错\n'
            '配”问题。但本币市场深度不足、流动性偏低，仍是推广本币融\n'
            '资面临的主要挑战。\n'
            '\n'
            '南陆开发银行推出300亿美元本币融资便利\n'
            '——首批覆盖三种成员国货币\n'
            '本报记者\u3000邢一朵\n')
    recs = articles(split(page))
    assert [r.title for r in recs] == ["全球央行增持黄金趋势延续", "南陆开发银行推出300亿美元本币融资便利"]
    assert recs[1].text.startswith("南陆开发银行9日宣布")


def test_a_digest_of_abstracts_closed_by_their_source_lines():
    """'理论前沿': abstracts of journal papers, each closed by where it was
    taken from ('（摘编自《…》2035年第5期，作者：宗望川）', '——摘自《…》　作者：
    X　Y', and one wrapped over two lines): each source line closes its
    item and names its writers; none is a headline printed after a text."""
    page = ('理论前沿\n'
            '\n'
            '数字普惠金融显著提升县域居民消费\n'
            '研究利用2018年至2033年全国1800余个县域的面板数据，考察数字普\n'
            '惠金融发展对县域居民消费的影响。结果表明，数字普惠金融指数每\n'
            '提高1个标准差，县域居民人均消费支出平均增长2.7%，其中对农村\n'
            '居民和低收入群体的促进作用更为明显。\n'
            '\n'
            '作者认为，数字普惠金融主要通过缓解流动性约束、提升支付便利性\n'
            '两条渠道发挥作用，建议进一步完善县域数字金融基础设施，加强数\n'
            '字金融知识普及。\n'
            '（摘编自《九州金融评论》2035年第3期，原题为《数字普惠金融与\n'
            '县域居民消费》，作者：蒲远舟\u3000黎晚晴）\n'
            '\n'
            '中小银行资本补充需多渠道并举\n'
            '文章分析了近年来中小银行资本充足水平的变化趋势，指出部分中小\n'
            '银行资本补充渠道单一，主要依靠利润留存，外源性资本补充能力不\n'
            '足。作者建议，拓宽永续债、二级资本债等工具的发行主体范围，支\n'
            '持符合条件的中小银行引入战略投资者，同时推动中小银行回归本源、\n'
            '做精主业，提高内源性资本积累能力。\n'
            '（摘编自《银行业观察》2035年第5期，作者：宗望川）\n'
            '\n'
            '绿色信贷对企业技术创新的影响存在门槛效应\n'
            '基于上市公司数据的实证研究发现，绿色信贷政策对企业绿色技术创\n'
            '新的促进作用存在明显的门槛效应：当企业规模和研发基础达到一定\n'
            '水平后，绿色信贷的创新激励作用显著增强，而对规模较小、研发基\n'
            '础薄弱的企业作用有限。\n'
            '研究建议，绿色金融政策应注重差异化设计，对中小企业配套技术服\n'
            '务和风险补偿措施，避免“一刀切”。\n'
            '——摘自《绿色金融研究》2035年第2期\u3000作者：戚之远\u3000温小禾\n'
            '跨境人民币结算便利化的新进展与挑战\n'
            '文章梳理了近年来跨境人民币结算便利化政策的演进，认为优质企业\n'
            '跨境人民币结算便利化试点有效降低了企业汇率风险和结算成本。但\n'
            '也存在部分中小外贸企业对政策知晓度不高、境外主体人民币使用意\n'
            '愿不稳定等问题。作者建议加强政策宣传，完善人民币跨境支付系统\n'
            '的服务网络，丰富人民币计价的金融产品。\n'
            '（摘编自《国际金融前沿》2035年第4期，作者：阎书成）\n')
    recs = articles(split(page))
    assert [r.title for r in recs] == ["数字普惠金融显著提升县域居民消费", "中小银行资本补充需多渠道并举",
                                       "绿色信贷对企业技术创新的影响存在门槛效应", "跨境人民币结算便利化的新进展与挑战"]
    assert [r.authors for r in recs[1:3]] == [["宗望川"], ["戚之远", "温小禾"]]


def test_where_to_send_letters_under_the_last_letter_is_no_part_of_it():
    """'来信请寄：泓州市江滨路58号…' under the last letter, signed （读者　X）:
    the paper's address for letters, not the letter's last paragraph, which
    keeps its signature."""
    page = ("来信摘登\n\n建议规范共享单车停放\n\n"
            "　　近来，我发现地铁站口的共享单车越停越多，经常堵住盲道和出入口，行人只能绕着走。希望管理部门和\n"
            "运营企业加强调度，划定停放区域，及时清理乱停乱放的车辆。（读者　邝书言）\n\n"
            "来信请寄：泓州市江滨路58号泓州日报社民生新闻部\n电子信箱：laixin@hzrb.cn\n")
    recs = split(page)
    assert [(r.title, r.authors) for r in articles(recs)] == [("建议规范共享单车停放", ["邝书言"])]
    assert "来信请寄" not in articles(recs)[0].text


def test_world_briefs_each_run_in_under_its_place_are_items_under_the_digests_label():
    """A story, then '国际快讯' over items that each open on their place in
    brackets ('【梅里迪亚】梅里迪亚中央银行9日发布…'), a blank line after every
    line: each item is one of the digest's, titled by what happened (no
    place label); the label heads no text, the story above stays whole."""
    page = ('避险需求升温\n'
            '\n'
            '国际金价再创历史新高\n'
            '\n'
            '■本报记者\u3000华映川\n'
            '\n'
            '\u3000受主要经济体货币政策前景不确定、地\n'
            '\n'
            '缘局势紧张等因素影响，国际金价近日再\n'
            '\n'
            '创历史新高。9日，现货黄金价格盘中一\n'
            '\n'
            '度突破每盎司2450美元，年内累计涨幅超\n'
            '\n'
            '过16%。\n'
            '\n'
            '\u3000全球黄金交易机构的数据显示，今年以\n'
            '\n'
            '来全球黄金交易所交易基金持仓量增加约\n'
            '\n'
            '160吨，扭转了过去两年持续流出的局面。\n'
            '\n'
            '央行购金也是支撑金价的重要力量。\n'
            '\n'
            '\u3000业内人士提醒，金价短期涨幅较大，波\n'
            '\n'
            '动风险随之上升，普通投资者应理性看待\n'
            '\n'
            '黄金投资，避免追高。\n'
            '\n'
            '国际快讯\n'
            '\n'
            '\u3000【诺德兰】诺德兰最大的造船企业北岬\n'
            '\n'
            '船舶集团9日宣布，获得6艘液化天然气运\n'
            '\n'
            '输船订单，合同总金额约14亿美元，新船\n'
            '\n'
            '将于2038年起陆续交付。\n'
            '\n'
            '\u3000【梅里迪亚】梅里迪亚中央银行9日发\n'
            '\n'
            '布报告说，该国银行业不良贷款率降至\n'
            '\n'
            '2.3%，为近十年来最低水平，银行体系资\n'
            '\n'
            '本充足率保持在15%以上。\n'
            '\n'
            '\u3000【萨尔韦多】萨尔韦多议会8日通过新\n'
            '\n'
            '版外汇管理法，允许居民个人每年在银行\n'
            '\n'
            '购买不超过5万美元的外汇，较此前上限\n'
            '\n'
            '提高一倍。\n')
    recs = articles(split(page))
    assert [r.title for r in recs] == ["避险需求升温 国际金价再创历史新高", "诺德兰最大的造船企业北岬船舶集团9日宣布",
                                       "梅里迪亚中央银行9日发布报告说", "萨尔韦多议会8日通过新版外汇管理法"]
    assert "全球黄金交易机构的数据显示" in recs[0].text and "业内人士提醒" in recs[0].text


def test_a_maps_title_place_names_and_credit_are_a_figure_after_the_story():
    """'梅里迪亚主要城市与港口示意图' / '北湾港' / '●' / … / '制图：池若衡' after a
    correspondent's notes: a map, its title, the places on it and its
    credit; not the headline of the notes' last paragraph, nor a byline."""
    page = ('驻外记者手记\n'
            '“慢城”圣洛伦的快变化\n'
            '本报驻梅里迪亚记者\u3000温叙白\n'
            '\n'
            '初到圣洛伦时，这座城市给记者留下的印象是“慢”：银行下午三点就关门，办一\n'
            '张电话卡要跑两趟营业厅，街角的咖啡馆里，老人们一坐就是一下午。\n'
            '\n'
            '三年过去，“慢城”正在悄悄变快。最直观的变化是支付。过去在圣洛伦买东西，\n'
            '现金几乎是唯一选择；如今，从超市到街头报亭，扫码支付已经随处可见。梅里迪\n'
            '亚中央银行的数据显示，去年该国电子支付交易笔数同比增长46%，首次超过现金\n'
            '交易。\n'
            '\n'
            '变快的还有交通。去年年底，圣洛伦首条地铁线开通运营，从老城区到机场的时间\n'
            '由一个多小时缩短到25分钟。记者的邻居、在港口工作的米格尔说，以前他每天清\n'
            '晨五点就要出门挤公交，“现在能多睡一个小时”。\n'
            '\n'
            '城市节奏的变化，也反映在经济数据上。去年梅里迪亚经济增长2.8%，增速在南陆\n'
            '地区名列前茅；圣洛伦新注册企业数量同比增长19%，其中近三成是数字服务类企\n'
            '业。\n'
            '\n'
            '当然，快也带来了新烦恼：房租上涨、交通拥堵、老城区的传统小店受到冲击……\n'
            '不少当地人既享受着便利，也怀念着过去的悠闲。在快与慢之间寻找平衡，或许是\n'
            '每一座发展中城市都要回答的问题。\n'
            '\n'
            '梅里迪亚主要城市与港口示意图\n'
            '\u3000\u3000\u3000\u3000北湾港\n'
            '\u3000\u3000\u3000\u3000\u3000●\n'
            '南\u3000陆\u3000洋\n'
            '\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000★圣洛伦\n'
            '\u3000\u3000\u3000圣洛伦港●\n'
            '\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000南港●\n'
            '制图：池若衡\n'
            '\n')
    recs = articles(split(page))
    assert [r.title for r in recs] == ["“慢城”圣洛伦的快变化"] and recs[0].authors == ["温叙白"]
    assert "当然，快也带来了新烦恼" in recs[0].text


def test_a_meeting_reports_deck_of_who_spoke_and_chaired_is_no_headline():
    """'全省优化营商环境大会在青崖召开' / '厉承远讲话　贺镜川主持　庞望舒　岑怀德出席':
    the line under a party daily's meeting headline says who spoke, who
    chaired, who attended; the report's deck, not its headline."""
    page = ("全省优化营商环境大会在青崖召开\n厉承远讲话　贺镜川主持　庞望舒　岑怀德出席\n\n"
            "　　本报青崖3月13日讯（记者　桑若溪）3月13日，全省优化营商环境大会在青崖召开。会议总结近年来全省营商环境建设成效，部署今年重点任务。\n"
            "　　会议指出，要以更大力度推进营商环境市场化、法治化、国际化，让各类经营主体安心发展、放心投资。\n")
    rec = articles(split(page))[0]
    assert rec.title == "全省优化营商环境大会在青崖召开" and "主持" in (rec.subtitle or "")


def test_a_documents_title_runs_on_to_its_genre_and_its_number_is_a_note():
    """'沧岭省人民政府办公厅关于印发' / '沧岭省中小企业融资促进办法的通知' /
    '沧政办发〔2034〕7号': the document's number under its title is a note,
    no part of the title (the two lines over it are one title, no kicker)."""
    page = ("沧岭省人民政府办公厅关于印发\n沧岭省中小企业融资促进办法的通知\n　　　　　　　　　　　沧政办发〔2034〕7号\n"
            "各市（州）人民政府，省人民政府各部门、各直属机构：\n"
            "　　《沧岭省中小企业融资促进办法》已经省人民政府同意，现印发给你们，请结合实际认真贯彻执行，切实做好中小企业融资服务工作。\n"
            "　　各地要建立健全中小企业融资服务工作机制，加强政银企对接，落实好首贷、续贷、信用贷等支持政策，\n"
            "推动金融资源更多流向中小企业，为全省经济高质量发展提供有力支撑。\n")
    rec = articles(split(page))[0]
    assert rec.title.replace(" ", "") == "沧岭省人民政府办公厅关于印发沧岭省中小企业融资促进办法的通知" and not rec.kicker


def test_an_adverts_copy_is_no_article():
    """A book's blurb over its buying lines ('当当购买') and a box printed
    under a paper's contact lines ('报社活动') are adverts; a reader's letter
    with the editor's e-mail under it stays a piece of the page."""
    book = ("作者：李华\n\n定价：68元\n\n出版社：经济科学出版社\n\n讲好中国制造故事\n\n"
            "“路不行不到，事不为不成”，一本书写尽中国制造业七十年的奋斗与荣光，值得每一位关心实体经济的读者细读。\n\n当当购买\n\n京东购买\n\n")
    news = ("县域商业体系加快完善\n本报记者 王小明\n\n"
            "　　记者从商务部获悉，今年以来各地加快完善县域商业体系，新建和改造县级物流配送中心一千二百多个，乡镇商贸中心三千多个，农村消费潜力持续释放。\n\n"
            "客服热线：010-88559669\n\n传真：010-88559664\n\n邮编：100048\n\n报社活动\n\n"
            "本报与多家行业协会联合举办年度优秀案例征集活动，欢迎各单位踊跃报名，详情请致电客服热线咨询。\n\n")
    recs = split(book + news)
    assert [(r.title, r.lines) for r in articles(recs)] == [("县域商业体系加快完善", (15, 18))]
    letter = ("读者来信\n小区充电桩安装难何时破解\n\n　　我去年买了新能源汽车，想在小区车位上安装充电桩，但物业一直没有同意。"
              "希望有关部门明确物业配合安装的责任。\n\n浙江杭州 读者 陈丽华\n\n本版编辑：何川 电子邮箱：jjpl@example.com.cn\n")
    assert [r.title for r in articles(split(letter))] == ["小区充电桩安装难何时破解"]


def test_a_column_of_the_article_before_breaking_into_an_open_sentence_goes_back():
    """Two articles set side by side: the cars article's last column comes
    out inside the battery article, breaking a sentence it left open
    ('这些小作坊对废旧动力'); it opens a sentence of its own and is about the
    article printed just before, so it goes back there, and the battery
    article goes on from its own next crosshead."""
    a = ("大模型接连上车 车企智能化竞争升温\n本报记者 王小明\n\n"
         "　　今年以来，多家车企宣布将大模型装进智能座舱，语音助手能听懂连续指令，还能根据车主习惯推荐路线和音乐。业内人士认为，大模型上车正在改变智能座舱的竞争格局。\n\n"
         "　　记者注意到，造车新势力在智能驾驶和智能座舱上的研发投入持续加大，部分车企的年度研发费用已超过百亿元，算力平台、芯片和操作系统成为投入重点。\n\n"
         "　　招商证券研报认为，在政策、技术和消费需求多重因素驱动下，智能驾驶赛道的景气度有望延续，具备软件能力和数据积累的车企将在竞争中占得先机，智能驾驶渗透率将进一步提升。\n\n"
         "　　一家车企负责人表示，智能化已经成为消费者购车时最看重的因素之一，车企必须在算力、算法和数据上持续投入，才能在下一轮智能驾驶竞争中站稳脚跟。\n\n"
         "　　另一位分析师指出，大模型上车之后，智能座舱的交互方式从触屏转向自然语言，车企之间比拼的不再只是硬件配置，而是算法迭代速度和数据闭环能力，这对车企的软件团队提出了更高要求。\n\n"
         "　　多家车企已经公布了今年的智能驾驶规划：高速领航辅助驾驶将覆盖更多城市，城市领航辅助驾驶的开通范围也在扩大，智能座舱的大模型功能将通过远程升级推送给老车主。\n\n"
         "　　业内人士提醒，大模型上车也带来了数据安全和功能安全的新课题，车企需要在智能化体验和安全合规之间找到平衡，监管部门也在加快完善智能网联汽车的相关标准。\n\n"
         "　　在智能座舱领域，大模型带来的变化最为直观：车主可以用一句话让车辆规划路线、预订餐厅、调节空调，语音助手还能记住车主的偏好，这些功能已经成为新车型宣传的重点。\n\n"
         "　　在智能驾驶领域，端到端大模型正在取代传统的规则算法，车企纷纷自建智算中心训练模型，算力储备成为衡量车企智能驾驶实力的新指标。\n\n")
    b = ("动力电池回收迎来千亿市场\n本报记者 李四\n\n"
         "　　近年来，首批动力电池已陆续进入退役期。业内预计，到2030年退役动力电池规模将超过百万吨，电池回收利用市场空间广阔，正规回收企业纷纷扩产。\n\n"
         "　　记者从多家电池回收企业了解到，回收企业的产能利用率普遍不高，退役电池的来源分散、渠道不畅，回收价格波动较大，正规回收企业在与小作坊的竞争中处于劣势，不少企业的回收线处于半停工状态。\n\n"
         "　　按照现行规定，电池生产企业应承担回收主体责任，但在实际操作中，退役电池往往经过多次转手，最终流向何处难以追溯，正规回收企业拿不到足够的货源。\n\n"
         "　　有回收企业负责人算了一笔账：正规企业需要承担环保设施、检测设备和税费等成本，报价自然比小作坊低，在退役电池的收购竞争中很难占到便宜。\n\n"
         "　　一位全国人大代表表示：“大概有七成的退役电池被小作坊以更高的价格收走，流入非正规渠道，这些小作坊对废旧动力\n\n"
         "　　大模型上车以后，智能座舱的语音助手能听懂连续指令，智能驾驶的算力平台普遍换上大算力芯片，车企发布会上比拼的是大模型、算力和智能驾驶，智能座舱的交互方式正从触屏转向自然语言。\n\n"
         "构建全生命周期体系\n\n"
         "　　这位代表建议，从电池生产、使用到回收利用，构建动力电池全生命周期的管理体系，建立电池溯源和碳足迹标准，让退役电池流向正规回收企业。\n")
    recs = articles(split(a + b))
    assert [r.title for r in recs] == ["大模型接连上车 车企智能化竞争升温", "动力电池回收迎来千亿市场"]
    assert recs[0].text.endswith("智能座舱的交互方式正从触屏转向自然语言。")
    assert "智能座舱" not in recs[1].text and recs[1].text.endswith("让退役电池流向正规回收企业。")


def test_a_signature_in_brackets_on_a_line_of_its_own_signs_the_text():
    """'（赵 舟）' set apart under a reporter's notebook is its signature:
    not a display line, and it names the writer."""
    text = ("记者手记\n别让内卷卷走利润\n\n"
            "　　采访中，不少储能企业负责人都提到一个词：内卷。价格一降再降，利润越来越薄，挤压了研发投入的空间。\n\n"
            "　　出海是一条路，但如果把国内的价格战搬到海外，最终受损的还是整个行业的声誉。企业只有把产品做好、把服务做实，才能赢得市场的长期信任。\n\n"
            "（赵 舟）\n\n本版编辑：孙韬\n")
    recs = articles(split(text))
    assert [(r.title, r.authors) for r in recs] == [("别让内卷卷走利润", ["赵舟"])]
    assert recs[0].text.endswith("（赵舟）")


def test_a_readers_letter_signed_with_place_and_name():
    """'浙江杭州 读者 陈丽华' under a letter signs it: the reader is its
    writer; '读者来信' is a column's label, no name."""
    from generator.split.bylines import reader_signature

    assert reader_signature("读者来信") is None and reader_signature("广大读者朋友") is None
    letter = ("读者来信\n小区充电桩安装难何时破解\n\n"
              "　　我去年买了新能源汽车，想在小区车位上安装充电桩，但物业以电力容量不足为由一直没有同意，只能每天到附近的公共充电站排队充电。\n\n"
              "　　希望有关部门能加快老旧小区电力扩容改造，明确物业配合安装的责任，让新能源车主不再为充电发愁。\n\n"
              "浙江杭州 读者 陈丽华\n\n本版编辑：何川\n")
    assert [(r.title, r.authors) for r in articles(split(letter))] == [("小区充电桩安装难何时破解", ["陈丽华"])]


def test_an_editors_note_between_the_headline_and_the_byline_prefaces_the_article():
    """A magazine prints the headline, the editor's note ('编者按：…'), then
    the byline and the text: one article, signed by the byline, not a
    note plus an untitled article."""
    text = ("换电重卡驶入快车道\n\n"
            "　　编者按：在港口、矿山、钢厂等封闭场景，换电重卡正快速替代柴油车。但换电站投资大、标准不统一等问题仍制约着规模化推广。本期专题邀请业内人士共同探讨。\n\n"
            "文│本刊记者 周 航\n\n"
            "　　今年上半年，国内新能源重卡销量超过3.5万辆，同比增长超过一倍，其中换电车型占比接近一半。在河北唐山的一家钢铁企业，150辆换电重卡每天往返于厂区与港口之间。\n\n"
            "　　“换电最大的优势是补能快，车辆出勤率和柴油车几乎没有差别。”该企业物流部负责人说，按目前的电价测算，每辆车一年可节省燃料成本10万元以上。\n")
    recs = articles(split(text))
    assert [(r.title, r.authors) for r in recs] == [("换电重卡驶入快车道", ["周航"])]
    assert recs[0].text.startswith("编者按") and recs[0].text.endswith("10万元以上。")


def test_an_authors_photo_caption_is_whole_on_its_line():
    """'▲林 涛  …研究室主任' is an author's note whole on its line: the
    crosshead and paragraph under it stay text in their place (they were
    taken into the note and moved with it to the article's end); a second
    name and post right under a note is the next writer's note."""
    text = ("换电重卡驶入快车道\n文│本刊记者 周 航  特约撰稿人 林 涛\n\n"
            "　　今年上半年，国内新能源重卡销量约3.5万辆，同比增长超过一倍，其中换电车型占比接近一半。\n\n"
            "▲林 涛  中国汽车技术研究中心新能源研究室主任\n"
            "场景先行：短倒运输率先跑通\n"
            "　　业内普遍认为，换电重卡最先跑通的是运距短、路线固定、车辆集中的短倒运输场景，换电站可以建在场站内部，利用率有保障。\n")
    paragraphs = [p.text for r in split(text) for p in r.paragraphs]
    assert "▲林 涛 中国汽车技术研究中心新能源研究室主任" in paragraphs
    assert any(p.startswith("业内普遍认为") for p in paragraphs)
    from generator.clean import clean_lines
    from generator.split.lines import NOTE, rows_of, split_merged
    from generator.split.page import _note_rows

    rows = rows_of(split_merged(clean_lines(["苗圩 第十四届全国政协常委、经济委员会副主任", "曾纯 本刊总编辑", "曾纯：中国新能源汽车市场这两年猛然“井喷”。"])))
    _note_rows(rows)
    assert [r.role == NOTE for r in rows] == [True, True, False]


def test_a_magazines_running_foot_with_its_page_number_is_furniture():
    """'46 中国汽车报道 CHINA AUTO REPORT' names the magazine its header
    prints, beside a page number: the running foot at a page turn, which the
    article's text goes on across."""
    text = ("中国汽车报道 2024年第7期\n\n换电重卡驶入快车道\n本刊记者 周 航\n\n"
            "　　今年上半年，国内新能源重卡销量约3.5万辆，同比增长超过一倍，其中换电车型占比接近一半。在河北唐山的一家钢铁企业，150辆换电重卡每天往返于厂区与港口之间。\n\n"
            "46 中国汽车报道 CHINA AUTO REPORT\n\n"
            "　　“换电最大的优势是补能快，车辆出勤率和柴油车几乎没有差别。”该企业物流部负责人说，按目前的电价测算，每辆车一年可节省燃料成本10万元以上。\n")
    recs = articles(split(text))
    assert [r.title for r in recs] == ["换电重卡驶入快车道"]
    assert recs[0].text.endswith("10万元以上。") and "CHINA" not in recs[0].text


def test_a_page_number_between_two_pages_of_a_text_does_not_end_it():
    """A journal article's abstract, the page number ('10'), then '一、引言':
    the number is the page's foot, and the section heading after it is the
    article's crosshead, not the headline of another article."""
    text = ("数字化转型对制造业企业出口韧性的影响\n王立新\n\n"
            "　　摘要：本文利用长三角地区企业调查数据，考察数字化转型对制造业企业出口韧性的影响。研究发现，数字化转型显著提升了企业出口韧性，其作用在中小企业中更为明显。\n\n"
            "10\n\n一、引言\n\n"
            "　　近年来，外部需求波动加大，制造业企业出口面临更多不确定性。数字化转型能否帮助企业稳住出口，成为学界和政策部门共同关注的问题。本文基于长三角企业调查数据展开分析。\n\n"
            "二、研究设计\n\n"
            "　　本文使用的数据来自长三角地区制造业企业问卷调查，样本覆盖企业一千八百余家，数字化转型程度以企业数字技术应用指数衡量，出口韧性以出口额的恢复速度衡量。\n")
    recs = articles(split(text))
    assert [(r.title, r.lines) for r in recs] == [("数字化转型对制造业企业出口韧性的影响", (1, 14))]


def test_a_section_and_page_code_under_the_dated_header_line():
    recs = split("扬子晚报 2024年7月9日 星期二\nA4 城市·民生\n\n城西新线下月试运行\n\n" + "\n\n".join(NARROW_NEWS) + "\n")
    assert [(r.title, r.section) for r in articles(recs)] == [("城西新线下月试运行", None)]


def test_names_alone_under_the_headline_and_the_writer_named_in_the_note():
    """A theory page signs an essay with the names alone under its headline
    ('王 芳  陈建国'), or in the note at its end ('（作者：李文华，系…）')."""
    essay = "  " + "".join(CREDIT) + "\n"
    signed = articles(split("数据要素市场化配置的三个着力点\n王 芳  陈建国\n" + essay))[0]
    assert (signed.title, signed.authors) == ("数据要素市场化配置的三个着力点", ["王芳", "陈建国"])
    noted = articles(split("以新质生产力赋能县域经济高质量发展\n\n" + essay + "（作者：李文华，系某省委党校教授）\n"))[0]
    assert noted.authors == ["李文华"]


def test_a_deck_that_refers_back_and_an_outlet_with_a_middle_dot():
    """'他们把…带回家乡' under '县城里的“新职业”青年' speaks of what the line
    above names: the deck, not the headline; '中青报·中青网见习记者 钱 雨'
    is a byline; '人社部：…' is a ministry speaking, no masthead label."""
    rec = under_headline("县城里的“新职业”青年\n他们把直播间、无人机和咖啡馆带回家乡")
    assert (rec.title, rec.subtitle) == ("县城里的“新职业”青年", "他们把直播间、无人机和咖啡馆带回家乡")
    assert parse_byline("中青报·中青网见习记者 钱 雨 记者 孙海涛").authors == ["钱雨", "孙海涛"]
    ministry = articles(split("人社部：上半年城镇新增就业超600万人\n\n" + "\n".join(FOREIGN) + "\n"))
    assert [r.title for r in ministry] == ["人社部：上半年城镇新增就业超600万人"]


def test_a_caption_marked_with_a_triangle_inside_a_sentence_is_moved_out():
    lines = FOREIGN[:1] + ["▲7月5日，工人在车间调试设备。", "（中青报·中青网记者 孙海涛 摄）"] + FOREIGN[1:]
    rec = articles(split("外贸企业加快开拓国内市场\n\n" + "\n".join(lines) + "\n"))[0]
    assert rec.paragraphs[0].text == FOREIGN[0] + FOREIGN[1]


def test_a_headline_with_its_dash_subtitle_set_solid_after_a_closed_text():
    """In a narrow column set solid: a closed sentence, a headline line with a
    '、', its dash subtitle and a byline are a headline group, not text; an
    editor's credit with a second role ('审校') is end matter."""
    column = ["浮体结构受力和海水腐蚀等数据，为", "海上光伏规模化开发提供技术支撑。", "“揭榜挂帅”让企业出题、科研人员答题",
              "——江苏推进产学研深度融合见闻", "□ 本报记者 张 晔", "", "一家企业遇到的技术难题，由高校团", "队“揭榜”攻关，半年后拿出了解决",
              "方案。这样的产学研合作，正在江苏", "各地铺开，累计已有300多项成果落", "地转化，带动企业新增产值超百亿元。", "本版责编：陈 丹  审校：王 恒"]
    above = ["22日，由我国自主研发的海上漂浮式光", "伏实证平台在山东东营近海海域成功并", "网发电。该平台装机容量400千瓦，是", "我国首个在开放海域开展实证运行的漂", "浮式光伏项目。项目负责人介绍，平台", "将持续采集发电效率、"]
    recs = articles(split("我国首个海上漂浮式光伏实证平台并网发电\n\n" + "\n".join(above + column) + "\n"))
    assert [(r.title, r.subtitle) for r in recs][-1] == ("“揭榜挂帅”让企业出题、科研人员答题", "——江苏推进产学研深度融合见闻")
    assert "王恒" not in recs[-1].text


HANDMADE = Path(__file__).resolve().parents[1] / "bench"


def _page(path: str):
    return articles(split_document(read_source(HANDMADE / path)))


def test_a_box_label_heads_no_text_before_it_and_a_labelled_item_stands_alone():
    """'数据' over a chart is a box's label, not the headline of the paragraph
    above printed after it; '【短评】…' opens an item of its own (a page of
    the second hand-made set)."""
    recs = _page("handmade2/seeds/k10.txt")
    assert [r.title for r in recs][:1] == ["上半年新能源汽车出口保持较快增长"] and "数据" not in [r.title for r in recs]
    assert recs[0].text.count("\n\n") >= 2  # its last paragraphs, after a blank line, stay with it
    assert any(r.title.endswith("出海更要重质量") for r in recs)


def test_a_sibling_crosshead_under_a_full_headline_group_is_no_headline_printed_after_the_text():
    """A feature under a full headline group (kicker, headline, dash
    subtitle, byline) sets its crossheads alike; a line of their length
    whose words the section above mentions is the next crosshead, not a
    headline printed after that section, which has its headline already
    (a page of the first hand-made set)."""
    recs = _page("handmade/seeds/h01.txt")
    titles = [r.title.replace(" ", "") for r in recs]
    assert "商贸流通网络向乡村延伸" not in titles and "服务消费成为新增长点" not in titles
    feature = next(r for r in recs if r.title.replace(" ", "") == "县域消费潜力加快释放")
    assert "快递进村" in feature.text and "留坝县" in feature.text


def test_a_display_line_after_a_text_signed_at_its_end_is_no_crosshead_of_it():
    recs = _page("handmade/seeds/h07.txt")
    signed = next(r for r in recs if "专精特新" in r.title)
    assert signed.authors == ["许诺", "齐勇"] and any("碳排放权质押贷款落地" in r.title for r in recs)


def test_letter_spaced_names_under_their_role_are_paired():
    rec = under_headline("西部陆海新通道班列开行突破1万列\n经济日报记者\n刘 畅  钟 华")
    assert rec.authors[:2] == ["刘畅", "钟华"]


def test_a_series_kicker_set_apart_over_a_letter_spaced_headline():
    """Set apart by blank lines and in other type (the headline letter-spaced,
    the line above not): a kicker, though the two are of a length."""
    rec = articles(split("聚焦高质量发展·一线见闻\n\n县 域 消 费 潜 力 加 快 释 放\n\n本报记者 王 浩\n\n" + "\n".join(FOREIGN) + "\n"))[0]
    assert (rec.title, rec.kicker) == ("县域消费潜力加快释放", "聚焦高质量发展·一线见闻")


def test_a_journal_articles_front_matter():
    """A journal prints its issue in the running header, the authors with the
    numbers of their affiliations, the affiliations in brackets and its
    catalogue data: a header, a byline, a note and no reading."""
    page = ("中国经济评论 2024年第5期\n\n数字化转型对制造业企业出口韧性的影响\n\n王立新1，赵 敏2\n"
            "（1.中国人民大学 经济学院，北京 100872；2.南开大学 金融学院，天津 300350）\n\n"
            + "\n".join(FOREIGN) + "\n\n中图分类号：F424  文献标识码：A  文章编号：1002-8102（2024）05-0010-12\n")
    rec = articles(split(page))[0]
    assert (rec.title, rec.authors) == ("数字化转型对制造业企业出口韧性的影响", ["王立新", "赵敏"])
    assert "2024年第5期" not in rec.text and "100872" not in rec.text.split("\n\n")[0]
    assert parse_byline("文│本刊记者 周 航  特约撰稿人 林 涛").authors == ["周航", "林涛"]
    from generator.split.lines import JOURNAL_AUTHORS

    assert JOURNAL_AUTHORS.match("钮钦 1") is None  # a contents entry: the author and the page


def test_a_credit_of_who_reported_it_after_the_text():
    """'采写：南都记者 吴 笛' under the last sentence signs the text above it."""
    assert parse_byline("采写：南都记者 吴 笛").authors == ["吴笛"]
    recs = articles(split("台风“派比”或于周四登陆粤西\n" + "\n".join(FOREIGN) + "\n采写：南都记者 吴 笛\n"
                          "深圳试点新生儿出生“一件事”联办\n  南都讯 记者 周 琪 " + "".join(CREDIT) + "\n"))
    assert [(r.title, r.authors) for r in recs] == [("台风“派比”或于周四登陆粤西", ["吴笛"]),
                                                   ("深圳试点新生儿出生“一件事”联办", ["周琪"])]


def test_an_international_digest_of_reports_retold_with_their_sources():
    """'据路透社7月5日报道，…' (its date may wrap) opens an item as a dateline
    does, and '（据新华社）' under an item says where it came from."""
    recs = _page("handmade2/seeds/k07.txt")
    titles = [r.title for r in recs]
    assert "德国6月通胀率降至2.2%" in titles and "美国6月非农就业人数增加20.6万" in titles
    assert not any("据新华社" in t for t in titles)


def test_a_topic_and_its_headline_after_a_colon_is_no_speakers_turn():
    from generator.split.lines import looks_like_headline

    assert looks_like_headline("换电模式：重卡电动化的“加速器”") and looks_like_headline("场景先行：短倒运输率先跑通")
    assert not looks_like_headline("曾纯：后来我们发现这个市场") and not looks_like_headline("陈建平：我们计划明年在越南建厂，同时加大研发投入")


def test_an_authors_photo_caption_marked_with_a_triangle_is_a_note():
    lines = CREDIT[:1] + ["", "▲林 涛  中国汽车技术研究中心新能源研究室主任", ""] + CREDIT[1:]
    rec = articles(split("换电重卡加速推广\n\n本报记者 周 航\n\n" + "\n".join(lines) + "\n"))[0]
    assert rec.paragraphs[0].text == CREDIT[0] + CREDIT[1] and not any(p.heading for p in rec.paragraphs)


def test_a_kicker_longer_than_the_headline_is_not_the_headline():
    kicker = "在政策驱动与市场需求双引擎驱动下"
    rec = under_headline(f"{kicker}\n外贸企业开拓国内市场")
    assert (rec.title, rec.kicker, rec.authors) == ("外贸企业开拓国内市场", kicker, ["王小明"])


def test_a_scene_setting_clause_above_the_headline_is_its_kicker_even_when_short():
    """Two lines of equal length read as the two parts of one headline,
    unless the upper one opens with a preposition that sets the scene."""
    rec = under_headline("随着资本市场渐趋回暖\n混合产品受宠权益理财回暖")
    assert (rec.title, rec.kicker) == ("混合产品受宠权益理财回暖", "随着资本市场渐趋回暖")


def test_a_phrase_under_half_the_headline_standing_above_it_is_its_kicker():
    """A headline broken on purpose breaks near its middle; a short phrase
    over a headline twice its length is set above it, unless it opens on a
    coverb ('以…', '把…') that waits for the verb on the next line."""
    rec = under_headline("网红城市西安\n陕西科技创新生态持续优化升级")
    assert (rec.title, rec.kicker) == ("陕西科技创新生态持续优化升级", "网红城市西安")
    coverb = under_headline("以“三链融合”\n疏通特色产业集群发展堵点")
    assert coverb.title.replace(" ", "") == "以“三链融合”疏通特色产业集群发展堵点" and not coverb.kicker


def test_a_word_left_after_the_space_of_a_headline_line_goes_on_the_next_line():
    """"…赛道 中国" / "车企奏响…": the second phrase wrapped after its first
    word; the two lines are one two-part headline, not a kicker over a headline."""
    rec = under_headline("高科技加持全球智能网联赛道 中国\n车企奏响出海“多重奏”")
    assert rec.title == "高科技加持全球智能网联赛道 中国车企奏响出海“多重奏”" and not rec.kicker
    two_part = under_headline("积极作为 坚定前行\n外贸企业开拓国内市场")
    assert two_part.title == "积极作为 坚定前行"  # phrases of a length stay together


def test_a_word_or_two_wrapped_under_the_headline_ends_it_and_a_label_above_stays_a_label():
    rec = under_headline("混合产品受宠权益\n理财回暖")
    assert (rec.title, rec.section) == ("混合产品受宠权益理财回暖", None)
    labelled = under_headline("记者手记\n混合产品受宠权益理财回暖")
    assert (labelled.title, labelled.section) == ("混合产品受宠权益理财回暖", "记者手记")


def test_a_headline_broken_between_a_figure_and_its_unit_is_one_headline():
    rec = under_headline("全国交通固定资产投资完成3.9\n万亿元 创历史新高")
    assert rec.title.replace(" ", "") == "全国交通固定资产投资完成3.9万亿元创历史新高" and not rec.kicker


def test_a_labelled_deck_under_the_headline_is_not_the_headline():
    title = "打通科创金融风控难点 民生银行精准“开方”"
    text = f"{title}\n\n产品特点:专属矩阵提供综合化服务\n\n本报记者 王小明\n\n" + "\n".join(FOREIGN) + "\n"
    rec = articles(split(text))[0]
    assert rec.title == title and "产品特点" in (rec.subtitle or "")


def test_headline_direction_is_judged_per_article():
    # The first article prints its headline above its text, the second below.
    text = ("外贸企业加快开拓国内市场\n\n" + "\n".join(FOREIGN) + "\n\n" + "\n".join(CREDIT) + "\n\n绿色信贷余额保持较快增长\n")
    recs = articles(split(text))
    assert [(r.title, r.text[:6]) for r in recs] == [("外贸企业加快开拓国内市场", "今年以来，全"), ("绿色信贷余额保持较快增长", "今年前两个月")]


def test_a_caption_and_credit_inside_a_sentence_are_moved_out_and_the_sentence_rejoined():
    lines = FOREIGN[:1] + ["图为工人在车间忙碌，赶制订单。", "本报记者 李四 摄"] + FOREIGN[1:]
    rec = articles(split("外贸企业加快开拓国内市场\n\n" + "\n".join(lines) + "\n"))[0]
    assert rec.paragraphs[0].text == FOREIGN[0] + FOREIGN[1]
    caption = next(p for p in rec.paragraphs[1:] if p.text.startswith("图为工人"))
    assert caption.figure  # set as the picture's line, apart from the reading


def test_an_author_note_inside_a_sentence_is_moved_out():
    lines = CREDIT[:1] + ["（作者系某大学经济学院教授）"] + CREDIT[1:]
    rec = articles(split("绿色信贷余额保持较快增长\n\n" + "\n".join(lines) + "\n"))[0]
    assert rec.paragraphs[0].text == CREDIT[0] + CREDIT[1]


def test_the_bio_of_the_signed_author_inside_a_sentence_is_moved_out():
    """A magazine prints the author's name and post beside the text; a name
    jieba does not know ('赵俊渥') is known from the article's own byline."""
    lines = CREDIT[:1] + ["", "赵俊渥 中国通信企业协会副秘书长", ""] + CREDIT[1:]
    rec = articles(split("绿色信贷余额保持较快增长\n\n文 / 赵俊渥\n\n" + "\n".join(lines) + "\n"))[0]
    assert rec.authors == ["赵俊渥"] and rec.paragraphs[0].text == CREDIT[0] + CREDIT[1]
    assert not any("副秘书长" in p.text and p.heading for p in rec.paragraphs)


def test_a_line_opening_on_a_unit_is_no_crosshead():
    """'年共27家…' opens on the unit of a figure printed on the line before:
    the rest of a sentence, never a heading (年轻人…, 月饼… are words)."""
    text = ("绿色信贷余额保持较快增长\n\n本报记者 王小明\n\n" + "".join(CREDIT) + "\n\n"
            "年共27家手游发行商海外营收成功\n\n突破1亿美元，其中一家首次登顶出海收入榜首。\n")
    rec = articles(split(text))[0]
    assert not any(p.heading for p in rec.paragraphs)
    assert rec.paragraphs[-1].text == "年共27家手游发行商海外营收成功突破1亿美元，其中一家首次登顶出海收入榜首。"
    # a headline broken after its figure, right under text cut at the column's edge
    page = ("屏幕连起城乡课堂\n    乡村小规模学校最大的短板，是音乐、美\n术、英语等学科的专业教师不足。为此，清溪\n"
            "县建设了覆盖全部乡村学校的“专递课堂”，\n由县城学校的骨干教师通过5G网络同步授课。\n"
            "    截至目前，清溪县“专递课堂”已累计开\n课1.2万余节，覆盖学生3600余人。县里还组\n建了13个城乡学校教育共同体，由城区学校和\n\n"
            "城东区今年将为126\n个老旧小区加装电梯\n\n    本报讯（记者 李明远）记者从城东区住\n房和城乡建设局获悉，今年该区计划为126个\n"
            "老旧小区加装电梯480部，覆盖居民约1.1万户。\n目前已有63个小区完成意见征询，首批112部\n电梯将于6月底前开工。\n")
    assert [r.title.replace(" ", "") for r in articles(split(page))][-1] == "城东区今年将为126个老旧小区加装电梯"


def test_a_line_after_a_verb_waiting_for_its_object_is_text_not_a_crosshead():
    """'…FDA有着' / '世界上严格的药品生产质量控制' / '体系，…': a verb with
    着 takes its object on the next line, so that line is no crosshead."""
    column = ["事实上，在出海之前，创新药", "的研发已经是“九死一生”。", "亿帆医药方面认为，FDA有着",
              "世界上严格的药品生产质量控制", "体系，这也是新药申请审评的", "一个关键环节。"]
    rec = articles(split("创新药出海记\n\n本报记者 王小明\n\n" + "\n\n".join(column) + "\n"))[0]
    assert not any(p.heading for p in rec.paragraphs)
    assert "FDA有着世界上严格的药品生产质量控制体系，" in rec.text


def test_a_charts_title_inside_a_sentence_is_moved_out():
    """'图2 某网络拓扑图' (its space lost when CJK spacing is closed) set
    inside a sentence is the chart's title: the sentence goes on after it."""
    text = ("网络隔离的安全价值\n\n文 / 赵俊渥\n\n" + CREDIT[0] + "\n\n图2 某网络拓扑图\n\n" + CREDIT[1] + "\n")
    rec = articles(split(text))[0]
    assert rec.paragraphs[0].text == CREDIT[0] + CREDIT[1]
    assert any(p.figure and p.text.startswith("图2") for p in rec.paragraphs)


def test_a_line_as_long_as_a_sentence_with_a_list_is_no_heading():
    text = ("银铁联手破解铁路货运企业融资痛点\n\n本报记者 王柯瑾\n\n" + "".join(FOREIGN) + "\n\n" + "".join(CREDIT[:2]) + "\n\n"
            "“信用证结算”产品能够减少采购方资金占用、加速销售方资金\n\n" + "".join(CREDIT[2:]) + "\n\n" + "".join(FOREIGN) + "\n")
    rec = articles(split(text))[0]
    assert not any(p.heading for p in rec.paragraphs)
    assert any(p.text.startswith("“信用证结算”") for p in rec.paragraphs)


def test_a_photo_with_its_credit_standing_alone_is_a_brief():
    text = ("外贸企业加快开拓国内市场\n\n" + "\n".join(FOREIGN) + "\n\n"
            "4月10日，安徽省怀宁县村民在金银花基地除草。当地利用荒废的大堤种植金银花，带动周边村民就业增收。\n张三 李四 摄\n")
    recs = split(text)
    assert [r.kind for r in recs if r.kind != "other"] == ["article", "brief"]
    assert [r for r in recs if r.kind == "brief"][0].authors == ["张三", "李四"]


def test_a_headline_is_never_a_sentence_fragment():
    # A narrow column whose short lines look like headlines: none of them is one.
    column = ["高素质的劳动者", "是新质生产力的第", "一要素，在高水平自", "立自强、发展新质生", "产力的历史机遇中，", "工程师团队将成为真", "正的创新主角。"]
    recs = articles(split("创新主角是工程师团队\n\n" + "\n".join(column) + "\n"))
    assert len(recs) == 1 and not any(p.heading for p in recs[0].paragraphs)


def test_synthesized_pages_are_split_into_their_articles():
    """A regression guard on 40 pages of the development set (the full
    figures come from `python bench/split_quality.py`)."""
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from split_quality import run

    figures, _ = run("dev", 40)
    assert figures["recall"] >= 0.7 and figures["precision"] >= 0.75 and figures["title_exact"] >= 0.9


def test_headline_of_two_spaced_phrases_right_above_its_body():
    """No blank line, no indent, the headline as wide as the column: the
    space between its two phrases is what running text never prints."""
    body_a = "\n".join(["随着资本市场渐趋回暖，理", "财公司在权益市场布局动作", "频频。部分理财公司积极推", "出混合型、偏股型等权益产", "品，首期募集规模达十三亿", "元的爆款产品也已出现。"])
    body_b = "\n".join(["国际经济形势不确定性加剧", "，外贸企业急需开拓国内市", "场，但转场并非易事：国内", "消费者对产品包装、品牌故", "事的需求与海外存在差异。"])
    recs = articles(split(f"混合产品受宠 权益理财回暖\n{body_a}\n外贸优品 加快转内销\n{body_b}\n"))
    assert [r.title for r in recs] == ["混合产品受宠 权益理财回暖", "外贸优品 加快转内销"]
    assert recs[0].paragraphs[0].text.startswith("随着资本市场")


def test_crosshead_wrapped_over_a_narrow_column_stays_one_heading():
    before = "\n".join(["　　当前，我国持续推进战略", "性新兴产业高质量发展，通", "过研发投入、集群培育和人", "才引进，战略性新兴产业规", "模不断壮大，增速高于工业", "平均水平。"])
    after = "\n".join(["　　战略性新兴产业集群培育", "仍需加快，研发投入结构有", "待优化，战略性新兴产业人", "才缺口较大，区域布局同质", "化问题依然存在。"])
    text = f"筑牢战略性新兴产业四梁八柱\n\n本报记者 王小明\n\n{before}\n\n国　内　战　略　性　新\n　兴　产　业　发　展　\n成　效　显　著\n{after}\n"
    recs = articles(split(text))
    assert len(recs) == 1
    headings = [p.text.replace(" ", "") for p in recs[0].paragraphs if p.heading]
    assert headings == ["国内战略性新兴产业发展成效显著"]


def _column(text: str, width: int = 14) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def test_interleaved_columns_go_back_to_their_articles():
    """Extraction reads column 1 of each of two articles set side by side,
    then column 2 of each: A1 B1 A2 B2. A piece that starts a new clause goes
    on from the open text it shares a subject with, and one after other
    matter goes on from a text cut in mid-phrase."""
    a1 = ("中国人民银行表示，将会同有关部门统筹力量补齐支付服务短板弱项，持续深化支付服务场景建设，"
          "银行卡受理、外币兑换、现金支付和移动支付服务都要更加便利，")
    a2 = ("着力完善多层次、多元化的支付服务体系，为老年人和外籍来华人员提供更加便利的支付服务。"
          "中国人民银行表示，优化支付服务是践行金融工作人民性的具体举措。")
    b1 = ("在新质生产力发展的要求下，我国战略性新兴产业面临重大机遇与挑战，如何实现其向好向上的发展"
          "成为关键命题，各地要尽快筑牢战略性")
    b2 = ("新兴产业发展的四梁八柱，靶向解决战略性新兴产业研发掣肘难题，统筹规划战略性新兴产业集群，"
          "推动战略性新兴产业向好发展。")
    text = (f"为老年人提供优质支付服务\n\n本报记者 王小明\n\n{_column(a1)}\n\n"
            f"筑牢战略性新兴产业四梁八柱\n\n本报记者 李四\n\n{_column(b1)}\n\n{_column(a2)}\n\n"
            f"责任编辑：张五\n\n{_column(b2)}\n")
    recs = articles(split(text))
    assert [r.title for r in recs] == ["为老年人提供优质支付服务", "筑牢战略性新兴产业四梁八柱"]
    assert recs[0].text.replace("\n", "").endswith("具体举措。")
    assert recs[1].text.replace("\n", "").endswith("推动战略性新兴产业向好发展。")


def _indented(paras: list[str], flush_first: bool = False) -> str:
    """Paragraphs indented with two full-width spaces, set in a narrow column."""
    return "\n".join(_column(("" if flush_first and k == 0 else "\u3000\u3000") + p) for k, p in enumerate(paras))


def test_a_column_that_ends_a_sentence_does_not_keep_the_next_column_of_another_article():
    """A1 B1 A2 B2 on a page that indents its paragraphs: A1 stops mid-sentence
    at a full line, B1 ends its sentence, and A2 goes on flush (no word runs
    across the join). A2 goes back to A; B2, a paragraph of B, stays with B."""
    a1 = _indented(["中国人民银行表示，将会同有关部门统筹力量补齐支付服务短板弱项，持续深化支付服务场景建设。",
                    "今年以来，银行卡受理、外币兑换、现金支付和移动支付服务更加便利，入境旅客的支付业务笔数截至今年十一月末已经"])
    b1 = _indented(["在新质生产力发展的要求下，我国战略性新兴产业面临重大机遇与挑战。",
                    "如何实现其向好向上的发展成为关键命题，各地要尽快筑牢战略性新兴产业发展的四梁八柱。"])
    a2 = _indented(["提早超过二十天完成了全年目标，为外籍来华人员提供更加便利的支付服务。",
                    "中国人民银行表示，优化支付服务是践行金融工作人民性的具体举措。"], flush_first=True)
    b2 = _indented(["靶向解决战略性新兴产业研发掣肘难题，统筹规划战略性新兴产业集群，推动战略性新兴产业向好发展。"])
    recs = articles(split(f"为老年人提供优质支付服务\n\n本报记者 王小明\n\n{a1}\n\n"
                          f"筑牢战略性新兴产业四梁八柱\n\n本报记者 李四\n\n{b1}\n\n{a2}\n\n{b2}\n"))
    assert [r.title for r in recs] == ["为老年人提供优质支付服务", "筑牢战略性新兴产业四梁八柱"]
    assert recs[0].text.replace("\n", "").endswith("具体举措。")
    assert "提早超过二十天" not in recs[1].text.replace("\n", "")
    assert recs[1].text.replace("\n", "").endswith("推动战略性新兴产业向好发展。")


def test_a_page_of_blurbs_that_open_articles_printed_later_is_not_an_article():
    leads = ["在政策驱动与市场需求双引擎驱动下，我国绿色金融市场呈现加速扩容态势，多家上市银行绿色贷款余额同比增幅普遍超过两成，"
             "部分城商行增速甚至突破一倍，绿色金融债发行规模也创下历史新高。",
             "国际经济形势不确定性加剧，外贸企业急需开拓国内市场，但转场并非易事，国内消费者对产品包装、品牌故事和营销方式的需求"
             "与海外市场存在显著差异，企业需要重新调研市场。",
             "数字技术快速融合发展与日益广泛的应用，推进了科技创新，推动了产业优化升级，优化了社会再生产过程，全面提升了经济社会效率，"
             "促进新质生产力大力发展。"]
    rests = ["商业银行以此为契机加大绿色金融供给，绿色金融债发行与绿色贷款余额双增，将带来两方面影响。" * 6,
             "电商平台近日纷纷发起专项行动，帮助外贸企业对接国内市场需求，外贸优品转内销渐成规模。" * 6,
             "数据要素作为数字经济时代的关键性生产要素，已经全面融入经济价值创造，成为经济增长的新动力。" * 6]
    titles = ["绿色金融加速扩容", "外贸优品转内销", "数字技术促进新质生产力发展"]
    digest = "\n\n".join(leads)
    text = f"本期导读\n\n{digest}\n\n" + "".join(
        f"{title}\n\n本报记者 王小明\n\n{lead}\n\n{rest}\n\n" for title, lead, rest in zip(titles, leads, rests))
    assert [r.title for r in articles(split(text))] == titles


def test_an_author_note_over_two_lines_stays_one_paragraph():
    body = _column("技术和产业创新同样是有人文温度的工作，高素质的劳动者是新质生产力的第一要素，工程师团队将成为真正的创新主角。" * 2)
    recs = articles(split(f"高素质劳动者是新质生产力第一要素\n\n本报记者 王小明\n\n{body}\n\n（作者系全国政协委员、安天科\n技集团董事长）\n"))
    assert recs[0].paragraphs[-1].text == "（作者系全国政协委员、安天科技集团董事长）"


def test_a_copyright_notice_is_not_an_article():
    notice = _column("某某传媒集团有限公司版权声明：本刊刊登的所有文章仅代表作者个人观点。凡投稿本刊的作品，均视为已授权本刊新媒体使用。"
                     "未经本刊编辑部书面许可，不得以任何方式转载本刊文章及图片。")
    recs = split(f"{notice}\n")
    assert not articles(recs) and "".join(r.text for r in recs).replace("\n", "").startswith("某某传媒")


def test_an_editors_note_is_called_what_it_says_it_is():
    note = "编者按/党的十八大以来,以习近平同志为核心的党中央高度重视科技创新工作,把科技创新摆在国家发展全局的核心位置。" + \
        "放眼神州大地,核心元器件、基础零部件等诸多领域的核心技术得以攻克,一批批大国重器竞相涌现,为高质量发展注入澎湃动能。" * 3
    # an editor's note alone introduces articles printed after it: other
    # matter named for what it is, kept in print order, no article
    recs = split(f"责任编辑：张五\n\n{note}\n")
    assert not articles(recs) and [r.what for r in recs if r.what == "编者按"] == ["编者按"]
    # "编者按　…": the label parted from the note by a space only, under a series' label
    spaced = split("专精特新·创新路\n" + note.replace("编者按/", "　　编者按　") + "\n")
    assert not articles(spaced) and [r.what for r in spaced if r.what == "编者按"] == ["编者按"]


def test_an_interview_deck_makes_its_headline_a_headline_group_in_flowing_text():
    """One paragraph per line (a magazine's flowing text): a lone display line
    is a crosshead, but a headline with its interview deck ('访…') starts an article."""
    para_a = "京津冀协同发展战略实施十年来，区域交通一体化加快推进，轨道上的京津冀初步建成，三地通勤时间明显缩短，城际铁路网络越织越密。"
    para_b = "伴随着社会主义市场经济的确立，改革开放的红利不断释放，统一石化经历了三次所有制的迭代升级，也经历了市场的三次更迭。"
    text = (f"轨道上的京津冀初步建成\n\n本报记者 王小明\n\n{para_a}\n\n路网越织越密\n\n{para_a}\n\n"
            f"走进联合国的低碳润滑油\n\n访统一股份总经理兼统一石化CEO李嘉\n\n{para_b}\n\n{para_b}\n")
    recs = articles(split(text))
    assert [r.title for r in recs] == ["轨道上的京津冀初步建成", "走进联合国的低碳润滑油"]
    assert recs[1].subtitle and "访统一股份" in recs[1].subtitle


def test_a_headline_printed_after_its_text_at_the_end_of_the_file():
    """The file's last line, one comma-less line after a closed sentence and
    a blank, fills a narrow column as the text does: it is the headline of
    the text above, not that text's last line cut off by a column break."""
    text = "\n".join(["随着资本市场渐趋回暖，理", "财公司在权益市场布局动作", "频频。部分理财公司积极推", "出混合型、偏股型等权益产",
                     "品，首期募集规模达十三亿", "元的爆款产品也已出现。"])
    recs = articles(split(f"{text}\n\n理财公司加码布局权益产品\n"))
    assert [r.title for r in recs] == ["理财公司加码布局权益产品"]
    assert recs[0].text.endswith("出现。")


def test_a_headline_left_over_heads_the_headless_text_beside_it():
    """A headline printed after a short piece of its text (the rest jumped to
    another page) shares few words with it; no other text is free, so it
    heads that piece rather than standing alone."""
    piece = "\n".join(["近日，瑞幸公布了去年第四季", "度及全年财报。数据表明，其", "已成为国内市场上最大的连锁", "品牌，总销售额为两百多亿元。", "近年来，国内咖啡行业市场竞", "争日趋激烈，各家门店数量不", "断增加，价格战也愈演愈烈。"])
    text = ("\n".join(FOREIGN) + f"\n\n外贸企业加快开拓国内市场\n本报记者 王小明\n\n{piece}\n（下转第4版）\n\n"
            "赛道热辣滚烫　向下探索路漫漫\n")
    recs = articles(split(text))
    assert [(r.title, r.text[:4]) for r in recs] == [("外贸企业加快开拓国内市场", "今年以来"), ("赛道热辣滚烫 向下探索路漫漫", "近日，瑞")]


def test_a_staff_credit_for_a_whole_series_is_not_a_headline_but_names_its_writer():
    """'本篇文章均由本报记者王小明采写' at the foot of a package credits its
    writer, printed once: a byline of the text above, never a headline."""
    body = "\n".join(FOREIGN)
    recs = split(f"外贸企业加快开拓国内市场\n\n{body}\n\n本篇文章均由本报记者王小明采写\n\n\n\n" + "\n".join(CREDIT) + "\n")
    assert not any("采写" in (r.title or "") for r in recs)
    first = next(r for r in articles(recs) if r.title == "外贸企业加快开拓国内市场")
    assert first.authors == ["王小明"]


def test_text_between_a_headline_above_and_one_below_past_an_editors_credit_holds_two_articles():
    """The first article prints its headline above its text, the second
    below, with the page's editor credit between its text and its headline:
    the text is cut where the subject changes."""
    text = ("外贸企业加快开拓国内市场\n\n本报记者 王小明\n\n" + "\n".join(FOREIGN) + "\n\n" + "\n".join(CREDIT)
            + "\n本版编辑：张五\n\n绿色信贷余额保持较快增长\n——多家银行推出绿色金融专项产品\n")
    recs = articles(split(text))
    assert [(r.title, r.text[:6]) for r in recs] == [("外贸企业加快开拓国内市场", "今年以来，全"), ("绿色信贷余额保持较快增长", "今年前两个月")]


def test_a_word_read_across_into_an_indented_line_does_not_make_a_headline_running_text():
    """On a page that indents its paragraphs, a display line after a closed
    sentence stays a display line even when jieba reads a word across into
    the indented line below ('共舞' + '伴随' gives '舞伴')."""
    first = "\n".join(["　　光伏产业是陕西的优势产", "业，隆基绿能先后打破了晶", "硅电池转换效率的世界纪录", "。", "　　除了光伏产业链，如今", "在陕西的重点产业链上，近", "百家链主企业带动上下游企", "业协同发展，推动陕西经济", "高质量发展。"])
    second = "\n".join(["　　伴随着银行小微企业经", "营贷款利率越来越低，市场", "上已经出现了利率倒挂现象", "，这给了一些投机者可乘之", "机。", "　　据记者了解，为了支持", "小微企业发展，监管一直要", "求银行降低小微企业融资成", "本。"])
    recs = articles(split(f"{first}\n陕西科技创新生态：“蚂蚁”\n与“大象”共舞\n{second}\n"))
    assert any(r.title == "陕西科技创新生态：“蚂蚁”与“大象”共舞" for r in recs)


def test_a_photo_credit_without_its_caption_is_set_apart_from_the_text():
    # Each paragraph on one line, as some extractions give them; a credit
    # under a whole paragraph is a photo's, its caption lost.
    lines = ["".join(FOREIGN[:2]) * 4, "视觉中国/图", "".join(FOREIGN[2:])]
    recs = articles(split("外贸企业加快开拓国内市场\n\n本报记者 王小明\n\n" + "\n".join(lines) + "\n"))
    credit = [p for p in recs[0].paragraphs if "视觉中国" in p.text]
    assert len(credit) == 1 and credit[0].figure and credit[0].text == "视觉中国/图"


def test_a_subtitle_under_a_headline_wider_than_a_narrow_column_stays_a_subtitle():
    """The headline's second line happens to be as wide as the narrow text
    column, but the line above it is wider (display type): the dash line
    under them opens the subtitle, not a clause of running text."""
    body = "\n".join(["　　在刚刚结束的消博会上，", "记者注意到，柴油发电机组", "的需求在数据中心持续增长", "，行业亟待建立统一的验收", "标准，降低企业认证投入。", "　　鹿新弟认为，统一标准", "将带来诸多好处，首先是基", "于数据中心的实际需求。"])
    text = f"全国人大代表鹿新弟：转换国六排放监管模式\n消除柴油发电机组市场竞争壁垒\n——在鹿新弟看来\n本报记者 王小明\n\n{body}\n"
    recs = articles(split(text))
    assert recs[0].subtitle == "——在鹿新弟看来"
    assert "市场竞争壁垒" in recs[0].title


def test_a_subtitle_with_a_comma_under_a_headline_of_two_spaced_phrases_stays_a_subtitle():
    """The headline fills the narrow column, but its two phrases parted by
    a space are display type, so the dash line under it is its subtitle,
    not a dash that goes on a sentence."""
    body = "\n".join(["出口量持续攀升的情形下，近期密集", "下水起航的中国汽车远洋滚装船，正", "成为蔚蓝大海中的一道亮丽风景线。"])
    lead = "\n".join(["新一轮科技革命和产业变革浪潮正在", "如火如荼。在这轮浪潮之中，区块链", "技术应用创新加速迭代，科学技术和", "经济社会发展加速渗透融合，区块链", "与实体经济的结合不断深化拓展。"])
    text = f"{body}\n\n区块链应用创新不断 技术驶向深水区\n——通过区块链实现贯穿船公司、港口等参与方的操作流程\n\n{lead}\n"
    rec = next(r for r in articles(split(text)) if "区块链" in r.title)
    assert rec.title == "区块链应用创新不断 技术驶向深水区"
    assert rec.subtitle == "——通过区块链实现贯穿船公司、港口等参与方的操作流程"


def test_a_dash_line_under_a_flush_line_that_stands_apart_is_a_subtitle():
    """A flush line after a blank, as wide as the column, then a dash line
    holding a comma: a headline and its subtitle, not a sentence going on."""
    before = "\n".join(["记者注意到，二〇二三年酱酒数据显", "示，金沙酒业的销售量区间为十五亿", "元至二十五亿元，未能求证到具体数", "据。"])
    body = "\n".join(["本报记者 王小明 北京报道", "", "白酒是一项低门槛、长周期的事业，", "还是劳动与资本密集型产业，而业外", "资本大多抱有短期财务目的来介入，", "往往事倍功半。白酒行业专家认为，", "此轮调整是一个挤泡沫的过程。"])
    text = f"{before}\n\n华润推动啤白双赋能酒业投资有赖\n——“白酒是一项低门槛、长周期的事业\n{body}\n"
    rec = next(r for r in articles(split(text)) if "华润" in r.title)
    assert rec.title == "华润推动啤白双赋能酒业投资有赖" and rec.subtitle == "——“白酒是一项低门槛、长周期的事业"


def test_commas_in_a_dash_line_do_not_make_it_running_text():
    """The line above the dash line has no comma and the page sets its text
    without blank lines: a subtitle of clauses ('——全局规划引领、重点分行…')
    under its headline, not a sentence going on."""
    before = "\n".join(["实现精准和主动营销,并逐步", "提升自身知识积累和团队培养。"])
    body = "\n".join(["中央金融工作会议提出,要做好科", "技金融、绿色金融、普惠金融、养", "老金融、数字金融五篇大文章。浙", "商银行持续深化科创金融服务,全", "面提升服务科创企业的能力。"])
    text = f"{before}\n靶向创新破解融资难浙商银行\n——全局规划引领、重点分行实施推广、特色支行专项服务\n本报记者 王柯瑾\n{body}\n"
    rec = next(r for r in articles(split(text)) if "浙商" in r.title)
    assert rec.subtitle == "——全局规划引领、重点分行实施推广、特色支行专项服务"


def test_a_line_that_goes_on_with_fang_le_is_not_an_interview_deck():
    """'…记者近日采' / '访了多名来自不同行业领域、': the rest of 采访 broken
    over two lines, not a deck ('访…总经理…') under a headline."""
    body = "\n".join(["在大众认知语境中，中国的AI发", "展到什么程度了？这是很多从业者", "长期以来一直关注的问题。", "《中国经营报》记者近日采", "访了多名来自不同行业领域、", "职业岗位的从业者以及行业观察", "者，试图找到这一问题的答案。"])
    recs = articles(split(f"中美AI差距在拉大\n\n本报记者 王小明\n\n{body}\n"))
    assert len(recs) == 1 and "记者近日采访了多名" in recs[0].text.replace("\n", "")


def test_spaces_around_a_latin_word_do_not_make_a_two_part_headline_with_a_deck():
    rec = under_headline("逐浪  AI  大模型：金融\n科技的突破与创新")
    assert rec.title.replace(" ", "") == "逐浪AI大模型：金融科技的突破与创新" and not rec.subtitle


def test_a_pull_quote_repeating_a_sentence_of_its_article_is_set_apart():
    quote = "企业负责人表示订单排到了下个季度。"
    body = "\n\n".join(["\n".join(FOREIGN), quote, BODY_B])
    recs = articles(split(f"外贸优品转内销\n\n本报记者 张三\n\n{body}\n"))
    repeated = [p for p in recs[0].paragraphs if p.text.replace("\n", "") == quote]
    assert len(repeated) == 1 and repeated[0].figure
    assert quote in recs[0].text.replace("\n", "").replace(quote, "", 1)  # the sentence itself stays in the reading


def test_a_display_line_over_an_editors_note_opens_a_new_feature():
    """'解读《…报告》' then '编者按/…': a package begins; the line is its
    headline, never a crosshead of the article before, however close the
    subjects."""
    note = "编者按/近日，有关部门发布的报告显示，外贸企业加快开拓国内市场，一批出口产品转内销售，本报今起推出系列解读。"
    text = f"外贸企业加快开拓国内市场\n\n本报记者 张三\n\n" + "\n".join(FOREIGN) + f"\n\n解读外贸企业转内销报告\n\n{note}\n\n" + "\n".join(FOREIGN[2:]) + "\n"
    recs = articles(split(text))
    assert [r.title for r in recs][:2] == ["外贸企业加快开拓国内市场", "解读外贸企业转内销报告"]


@pytest.mark.parametrize("line", ["3月5日 星期二 要闻 3", "要闻 3月5日 星期二", "第A07版：财经新闻",
                                  # papers named without a 报 at the end
                                  "10  每日经济新闻", "第05版  国际  21世纪经济报道", "南方周末  第3版"])
def test_page_headers_without_the_year_or_with_a_lettered_page_are_furniture(line):
    recs = split(f"{line}\n\n外贸企业加快开拓国内市场\n\n" + "\n".join(FOREIGN) + "\n")
    assert [r.title for r in articles(recs)] == ["外贸企业加快开拓国内市场"]


def test_a_byline_the_width_of_the_column_under_a_headline_set_in_phrases_stays_a_byline():
    """The headline line above fills the column and closes no sentence, but
    display type set in phrases is no sentence running into the byline."""
    text = "混合产品受宠\u3000权益理财回暖\n每日经济新闻记者 唐玉丽\n" + "\n".join(_narrow(FOREIGN, 12)) + "\n"
    rec = articles(split(text))[0]
    assert (rec.title, rec.authors) == ("混合产品受宠 权益理财回暖", ["唐玉丽"])


def test_a_headline_over_two_lines_after_its_text_at_the_end_of_the_file_heads_it():
    """A narrow column's last lines, after a closed sentence and a blank line,
    with no comma: the headline printed after its text, not text cut off."""
    text = "\n".join(_narrow(FOREIGN, 10)) + "\n\n2023年度“中国\n科学十大进展”发布\n"
    recs = articles(split(text))
    assert [r.title.replace(" ", "") for r in recs] == ["2023年度“中国科学十大进展”发布"]
    assert recs[0].text.startswith("今年以来") and recs[0].text.endswith("转型成本。")


def _narrow(paragraphs: list[str], width: int) -> list[str]:
    return [p[k:k + width] for p in paragraphs for k in range(0, len(p), width)]


def test_a_date_and_weekday_inside_a_sentence_are_not_a_page_header():
    from generator.split.lines import is_furniture
    assert not is_furniture("记者 3月5日 星期二获悉消息称") and not is_furniture("记者3月5日星期二获悉")


def _indented_paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join("\u3000\u3000" + p for p in paragraphs)


def _between_two_headlines(text: str) -> str:
    """A text with a headline over it and another printed after it."""
    return "创新药出海提速\n\n" + text + "\n\n中国汽车出口登顶之后\n"


def test_text_shared_by_a_headline_above_and_one_below_is_cut_at_the_dateline():
    """A headline above its text, then a second article whose headline is
    printed below it, with nothing between the two texts: the dateline opens
    the second article even when its first sentence echoes the first headline."""
    first = ["创新药出海正在提速，多家药企的创新药在海外获批上市，授权交易金额屡创新高。",
             "业内人士表示，创新药出海考验企业研发实力，要形成差异化的竞争优势。"]
    second = ["新华社广州1月28日电 近日，一艘载有国产汽车的滚装船驶离南沙港，这是中国创新产品出海的又一缩影。",
              "中国汽车出口去年首次位居全球第一，汽车产业加快突破芯片、操作系统等技术瓶颈。",
              "中国汽车出口不应仅以数量论英雄，汽车企业的海外布局和技术输出才刚刚开始。"]
    text = _between_two_headlines(_indented_paragraphs(first + second))
    recs = articles(split(text))
    assert [r.title for r in recs] == ["创新药出海提速", "中国汽车出口登顶之后"]
    assert recs[1].text.startswith("新华社广州1月28日电")
    assert recs[0].text.rstrip().endswith("差异化的竞争优势。")


SHORT_STATS_A1 = "国家统计局发布的统计公报显示，全年国内生产总值超过一百二十六万亿元，城镇新增就业一千二百多万人。"
SHORT_STATS_A2 = "国家统计局副局长表示，国内生产总值增速比上年加快，居民消费价格保持温和上涨，统计公报显示就业总体稳定。"
CARS_GO_ON = "越南市场，为了市场份额大打价格战，最后铩羽而归。中国汽车企业出海要形成可持续的创新优势。"


def _interleaved(b1: str, b2: str, column=_column, b0: str = "") -> list:
    """Two articles side by side read A1, B1, A2, B2 (B0: a paragraph of B before B1)."""
    opening = f"{column(b0)}\n" if b0 else ""
    return articles(split(f"统计公报显示经济回升向好\n\n本报记者 王小明\n\n{column(SHORT_STATS_A1)}\n\n"
                          f"汽车出海要靠持续创新\n\n本报记者 李四\n\n{opening}{column(b1)}\n\n"
                          f"{column(SHORT_STATS_A2)}\n\n{_column(b2)}\n"))


def test_a_column_of_another_article_between_two_columns_of_one_goes_back():
    """B1 A2 B2 where A1 closed its last sentence: no text reads on into A2,
    but B2 finishes the sentence B1 left open ("…大量进" / "入越南市场"), so A2
    is a column printed between and goes back to the article it is about."""
    b1 = "中国汽车出口不能重蹈摩托车出口覆辙。上世纪末，具有性价比优势的国产摩托车曾经大量进"
    first, second = _interleaved(b1, "入" + CARS_GO_ON)
    assert [p.text for p in first.paragraphs] == [SHORT_STATS_A1, SHORT_STATS_A2]
    assert [p.text for p in second.paragraphs] == [b1 + "入" + CARS_GO_ON]


def test_a_line_end_a_narrow_column_repeats_is_running_text_not_a_running_header():
    """A short line printed three times is a running header, unless it
    closes a sentence ("新。") or runs on into the next line at a narrow
    column's edge ("《某报》记者" / "了解到…"): then it is the text's."""
    paragraphs = ["银行持续加大对科技企业的信贷支持，助力科技创新。", "保险机构推出研发费用损失保险，服务科技创新。",
                  "《中国经营报》记者了解到，多地设立科技金融专营机构。", "担保机构扩大覆盖面，降低融资门槛，支持科技创新。",
                  "《中国经营报》记者了解到，科创票据发行规模持续增长。", "《中国经营报》记者了解到，多家银行设立科技支行。"]
    text = "科技金融服务提质扩面\n\n本报记者 王小明\n\n" + "\n".join(_column(p, 9) for p in paragraphs) + "\n"
    recs = split(text)
    assert [r.what for r in recs if r.kind == "other"] == []
    (art,) = articles(recs)
    assert [p.text for p in art.paragraphs] == paragraphs


def test_a_column_under_its_own_crosshead_between_two_columns_of_another_goes_back():
    """A1 B1 A2 B2 where A's second column opens under a crosshead: B2
    finishes the sentence B1 left open, so the crosshead and the column
    between are A's (they share its subject), not an article of their own."""
    b1 = "中国汽车出口不能重蹈摩托车出口覆辙。上世纪末，具有性价比优势的国产摩托车曾经大量进"
    text = (f"统计公报显示经济回升向好\n\n本报记者 王小明\n\n{_column(SHORT_STATS_A1)}\n\n"
            f"汽车出海要靠持续创新\n\n本报记者 李四\n\n{_column(b1)}\n\n"
            f"就业形势总体稳定\n{_column(SHORT_STATS_A2)}\n\n{_column('入' + CARS_GO_ON)}\n")
    first, second = articles(split(text))
    assert [(p.text, p.heading) for p in first.paragraphs] == [
        (SHORT_STATS_A1, False), ("就业形势总体稳定", True), (SHORT_STATS_A2, False)]
    assert [p.text for p in second.paragraphs] == [b1 + "入" + CARS_GO_ON]


def test_a_headline_over_a_dateline_between_two_columns_of_another_stays_its_own():
    """A1 B1 A2 B2 where B's headline has no byline but B opens with a
    dateline ("本报讯（记者…）"): the headline and B1 are an article of their
    own, not a column of the article over A1's headline (whose words they
    may share), though A2 goes back to A1 and B2 to B1."""
    page = """全市城中村改造首批项目开工
（上接第1版）

  据介绍，首批开工的5个项目共涉及居
民3100余户，将同步建设保障性住房4200
套，配套建设幼儿园2所、社区卫生服务
站3个和农贸市场1个。

  在城北区石榴村项目现场，记者看到，
挖掘机、渣土车来回穿梭，工人们正在进
行场地平整。65岁的村民黄伯站在围挡外
看了好一阵子：“住了几十年的老房子，
终于要换新楼了。”

  市住建局有关负责人表示，城中村改造
将坚持“先安置、后拆除”，优先建设安
置房，确保群众早日回迁。

小区电动车充电难题有了“解法”
本报记者　凌素

  晚上9点，城南区枫林苑小区的集中充
电棚里，20个充电口几乎全部占满。“以
前充电只能从楼上拉电线下来，物业天天
劝，大家也提心吊胆。”居民周大姐说，
今年4月，小区在闲置车棚里建起了智能
充电桩，刷卡或扫码就能充，充满一次只
要一块多钱。

  电动自行车是不少市民日常出行的主要
工具，但“充电难”问题长期困扰着老旧
小区居民。飞线充电、入户充电不仅容易
引发火灾，也给邻里关系带来矛盾。

  记者从市消防救援支队了解到，今年以
来，我市将电动自行车充电设施建设纳入
民生实事项目，已在312个小区新建集中
充电点，新增充电口1.8万个。对于场地
受限的老旧小区，街道社区通过协调周边

暑期“小候鸟”服务站开班

  本报讯（记者　潘晓）7月22日，城北
区石榴社区“小候鸟”暑期服务站开班，
30多名从老家来到榕岫与务工父母团聚的
孩子，参加了当天的手工课和防溺水安全
课。

  社区负责人介绍，服务站由社区联合高
校志愿者开设，暑期每周一至周五开放，
提供作业辅导、兴趣课程和安全教育，免

闲置用地、改造地下室等方式解决。

  消防部门提醒，居民切勿将电动自行车
停放在楼道、疏散通道和安全出口处，更
不要将电池带回家中充电。

费向辖区务工人员子女开放。今年全市共
设立这样的服务站46个。
"""
    recs = articles(split(page))
    assert [r.title for r in recs] == ["全市城中村改造首批项目开工", "小区电动车充电难题有了“解法”", "暑期“小候鸟”服务站开班"]
    assert recs[1].text.rstrip().endswith("更不要将电池带回家中充电。")
    assert recs[2].text.startswith("本报讯") and recs[2].text.rstrip().endswith("设立这样的服务站46个。")


def test_a_column_that_goes_on_inside_another_texts_paragraph_is_cut_out_there():
    """A1 B1 A2 B2 with no blank line or indent at the columns' joins: A2
    starts inside what reads as one of B's paragraphs ("…集装箱枢纽" /
    "同期提升…"), where A1's cut word goes on ("…比重较去年" / "同期") and no
    word runs across from the line above; B2 starts where B1's cut word
    goes on ("枢纽" / "港，"). Each column goes back to its article."""
    page = """前两月全市外贸进出口增长8.2%
本报记者　覃晓岚
　　记者从檀州海关获悉，今年前两个月，全市货
物贸易进出口总值412.6亿元，同比增长8.2%，增
速比全省平均水平高出2.4个百分点。其中，出口
276.3亿元，增长10.5%；进口136.3亿元，增长
3.8%。
　　从贸易方式看，一般贸易进出口298.4亿元，
增长9.7%，占全市外贸总值的72.3%，比重较去年
檀州港集装箱航线增至46条
　　本报讯（记者　鄢明舟　通讯员　柯一帆）3
月12日，随着“远帆檀州”轮满载2400标箱驶离檀
州港东渡作业区，檀州港至东南亚的第六条直航航
线正式开通。至此，檀州港集装箱航线增至46条，
其中外贸航线29条。
　　今年以来，檀州港加快建设区域性集装箱枢纽
同期提升1.0个百分点。跨境电商进出口势头强劲，
前两月完成31.2亿元，增长26.4%。
　　机电产品仍是出口主力。前两月全市出口机电
产品183.5亿元，增长12.1%，其中电动自行车、锂
电池、光伏组件“新三样”合计出口47.8亿元，增
长31.6%。劳动密集型产品出口58.2亿元，与去年
同期基本持平。
港，新增3台远程操控岸桥，码头作业效率提升约
15%。1至2月，港口完成集装箱吞吐量38.7万标箱，
同比增长11.9%。
　　港口集团负责人介绍，今年还将争取开通至中
东、南美的远洋航线，并与内陆城市合作开行海铁
联运班列，力争全年集装箱吞吐量突破250万标箱。
"""
    first, second = articles(split(page))
    assert "比重较去年同期提升1.0个百分点" in first.text and first.text.rstrip().endswith("与去年同期基本持平。")
    assert "集装箱枢纽港，新增3台远程操控岸桥" in second.text and second.text.rstrip().endswith("突破250万标箱。")
    assert "同期提升" not in second.text and "岸桥" not in first.text


def test_a_word_run_on_by_chance_from_an_open_column_does_not_cut_a_paragraph():
    """A text left open at a full line ("…在企业创业期开") and, further
    on, a line of another article that happens to finish its word ("封装…":
    开封): the line goes on with its own paragraph, whose subject it shares."""
    a1 = "一边是科技企业的高风险和高潜力，另一边是银行内部严格的风险管理要求，浦发银行选择了创新服务模式，从小做起，在企业创业期开"
    b = ("安踏经过多方考察，选择了新一代数字平台，在专业咨询团队协助下，采用行业最佳实践与"
         "封装实施模板相结合的方式，安踏集团的数字化平台按期上线，安踏各品牌的库存周转明显加快。")
    a0 = "从初创期的幼苗，到长成枝繁叶茂的参天大树，科技型企业的成长离不开金融春雨的润泽和呵护。记者采访了解到，因缺乏抵押物，科技企业融资难。"
    text = (f"金融活水灌溉科技之树\n本报记者 方欣\n\n{_column(a0, 20)}\n{_column(a1, 20)}\n\n"
            f"安踏集团数字化转型见效\n本报记者 李四\n\n{_column(b, 20)}\n")
    first, second = articles(split(text))
    assert [p.text for p in second.paragraphs] == [b]
    assert first.text.replace("\n", "") == a0 + a1


def test_a_text_after_a_jump_line_sending_another_on_goes_on_from_an_open_one():
    """"（转第7版）" sends the article above on to another page; the flush
    text after it has no headline and finishes the sentence an article
    further up left open ("…安踏需要" / "为多个品牌…"): it is that one's."""
    x1 = ("安踏集团拥有数百个产品系列和数千个库存单位。安踏经过多方考察，选择了新一代数字平台，全面梳理了业务流程，"
          "旗下各品牌的库存周转明显加快。日常经营中，安踏需要")
    x2 = "为多个品牌和众多零售店提供支持，确保为每个产品系列生产、交付最合理数量的产品，抓住每次销售机会，安踏每年对各品牌进行四次单独的销售规划演练。"
    y = "国家铁路局局长在发布会上表示，地铁和铁路在车辆制式、供电方式、信号制式等方面标准各不相同，要推动轨道交通四网融合，加快建设国际航空枢纽。"
    text = (f"安踏数字化转型见效\n本报记者 王小明\n\n{_column(x1, 16)}\n\n"
            f"交通强国建设稳步推进\n本报记者 李四\n\n{_column(y, 16)}\n（转第7版）\n\n{_column(x2, 16)}\n")
    first, second = articles(split(text))
    assert first.text.replace("\n", "") == x1 + x2
    assert second.text.replace("\n", "") == y


def test_a_short_text_cut_at_a_full_line_takes_back_its_column_from_the_next_article():
    """A1 B1 A2 B2, A2 sent on to another page: A1 is short and stops
    mid-sentence at a full line ("…在基础设施"), A2 opens on a quotation mark
    (no word to read across the join) and is about A's subject: it goes back
    to A, though a text that short could be a standfirst (which never stops
    at a full line mid-sentence) and B's text shares nearly as many pairs of
    characters with A2's opening as A's; B2, after the jump line, goes on from B1."""
    a1 = ("全国交通固定资产投资完成三万九千亿创历史新高。国家铁路局局长费东斌在发布会上表示，地铁和铁路在车辆制式、"
          "供电方式、信号制式和运输组织等方面标准各不相同，要推动构建高度融合的设施网络，在基础设施")
    a2 = ("“硬联通”和规则标准“软联通”方面还存在一些卡点和堵点。费东斌表示，国家铁路局将指导地方政府进一步优化区域内城际铁路、市域铁路布局，"
          "谋划下一阶段轨道交通规划建设，推动干线铁路、城际铁路、市域铁路和城市轨道交通四网融合。")
    b1 = ("安踏集团拥有数百个产品系列和数千个库存单位。安踏经过多方考察，选择了新一代数字平台，在专业咨询团队协助下全面梳理了业务流程，"
          "各品牌的库存周转明显加快，门店补货更加及时。安踏每年对各品牌进行四次单独的销售规划演练，利用从演练中获得的洞察来调整财务、"
          "供应链、生产和物流计划。日常经营中安踏需要")
    b0 = ("安踏集团近年加快数字化转型，把门店、仓库和工厂连成一张网。集团负责人介绍，过去各品牌的销售数据分散在不同系统，"
          "补货要靠经验判断，旺季常常断货，淡季又积压库存。如今，每一双鞋从工厂到门店的去向都能实时看到，"
          "门店经理打开手机就能查看库存和销量，总部据此安排生产和调拨，各品牌的售罄率明显提高，库存周转天数大幅缩短，"
          "缺货投诉明显减少，运营效率持续提升。集团还存在一些短板，将指导门店持续改进。")
    b2 = "为各品牌和众多零售店提供支持，确保为每个产品系列生产、交付最合理数量的产品，抓住每次销售机会。"
    text = (f"交通强国建设稳步推进\n本报记者 李四\n\n{_column(a1, 16)}\n\n安踏数字化转型见效\n本报记者 王小明\n\n{_column(b0, 16)}\n\n{_column(b1, 16)}\n\n"
            f"{_column(a2, 16)}\n（转第7版）\n\n{_column(b2, 16)}\n")
    first, second = articles(split(text))
    assert first.text.replace("\n", "") == a1 + a2
    assert second.text.replace("\n", "") == b0 + b1 + b2


def test_a_headline_after_a_tip_box_opens_the_next_piece():
    """"温馨提示" over two lines of a box, then a headline and a report: the
    headline heads the report, not a part of the box."""
    text = ("前5个月全市新增人民币贷款1126亿元\n\n  本报讯（记者　甄书言）记者从人民银行泓州市分行获悉，今年1月至5月，"
            "全市新增人民币贷款1126亿元，同比多增87亿元。\n\n温馨提示\n理财非存款，产品有风险，投资须谨慎。\n"
            "本产品由泓州农商银行代销，具体以产品说明书为准。\n\n反诈宣传走进夜市\n\n  6月7日晚，泓州农商银行组织青年志愿者"
            "走进城西夜市，向摊主和市民发放防范电信网络诈骗宣传手册1200余份，提醒大家不要出租出借银行卡。（通讯员　丘若）\n")
    arts = articles(split(text))
    assert [r.title for r in arts] == ["前5个月全市新增人民币贷款1126亿元", "反诈宣传走进夜市"]
    assert arts[1].text.startswith("6月7日晚") and arts[1].authors == ["丘若"]


def test_a_firms_profile_is_headed_by_its_registered_name_over_its_slogan():
    """"澄湖晶华新材料股份有限公司" over "以材料之新　成产业之强", no byline (a
    page's label may stand above): a firm's profile on a sponsored page, its
    registered name the headline and its slogan under it. An advert signed
    with a firm's name over a news headline with a figure is no profile."""
    profile = """构比邻而居。去年，区内企业研发投入强度达到4.1%，新增
发明专利授权1260件。高新区还设立了规模20亿元的科创基
金，已投资早期项目48个。

企业风采
澄湖晶华新材料股份有限公司
以材料之新　成产业之强
　　澄湖晶华新材料股份有限公司成立于2019年，是一家专
注于高纯电子材料研发和生产的国家级专精特新“小巨人”
企业。公司现有员工860人，其中研发人员占比超过三成。
　　公司自主研发的高纯氧化铝粉体打破国外垄断，产品进
入多家头部面板企业的供应链。去年，公司实现营业收入
18.6亿元，同比增长27%。
"""
    assert [(r.title, r.subtitle) for r in articles(split(profile))][-1:] == [("澄湖晶华新材料股份有限公司", "以材料之新 成产业之强")]
    news = """农机转运“绿色通道”，并储备烘干设备应对可能出现
的连阴雨天气。省气象部门提醒，6月上旬后期全省将
有一次明显降雨过程，各地要抢抓晴好天气加快收获进
度。
广告
丰穗牌缓释复合肥
一次施肥　全程营养
小麦玉米专用　亩增产看得见
全国服务热线：400-6××-××××
澜川丰穗农化有限公司
省级农产品电商直播基地增至46个
本报讯（记者　尚青禾）记者从省商务厅获悉，第三批
省级农产品电商直播基地名单日前公布，全省省级农产
品电商直播基地增至46个，覆盖粮油、茶叶、水果、水
产等主要特色产业。
今年1月至5月，全省农村网络零售额达到386亿元，同
比增长14.6%，其中农产品网络零售额129亿元，增长
"""
    assert [r.title for r in articles(split(news))][-1:] == ["省级农产品电商直播基地增至46个"]


def test_a_foreign_column_inside_a_sentence_moves_after_the_paragraph_it_cut():
    """With no article nearby to give it back to, the column read into the
    middle of a sentence follows the rejoined paragraph instead of cutting it."""
    b1 = "中国汽车出口不能重蹈摩托车出口覆辙。上世纪末，具有性价比优势的国产摩托车曾经大量进"
    text = f"汽车出海要靠持续创新\n\n本报记者 李四\n\n{_column(b1)}\n\n{_column(SHORT_STATS_A2)}\n\n{_column('入' + CARS_GO_ON)}\n"
    (rec,) = articles(split(text))
    assert [p.text for p in rec.paragraphs] == [b1 + "入" + CARS_GO_ON, SHORT_STATS_A2]


def test_on_an_indenting_page_a_flush_column_start_shows_the_sentence_goes_on():
    """No word runs across "…大量销往" / "越南市场", but on a page that indents
    every paragraph a flush start after a blank line goes on from the open
    sentence above; the indented column between belongs to the other article."""
    def para(text: str) -> str:
        return _column("\u3000\u3000" + text)
    b0 = "中国汽车出口去年首次位居全球第一，汽车企业加快布局海外市场。"
    b1 = "汽车出口不能重蹈摩托车出口覆辙。上世纪末，具有性价比优势的国产摩托车曾大量销往"
    first, second = _interleaved(b1, CARS_GO_ON, column=para, b0=b0)
    assert [p.text for p in first.paragraphs] == [SHORT_STATS_A1, SHORT_STATS_A2]
    assert [p.text for p in second.paragraphs] == [b0, b1 + CARS_GO_ON]


def test_a_column_wide_headline_right_above_a_dateline_is_the_headline():
    """A headline as wide as the column, with no blank line, indent or byline
    between it and a text opened by a dateline: the dateline opens the text,
    so the line above heads it instead of being its first line."""
    body_a = ("中国人民银行29日表示，将会同有关部门统筹力量补齐短板弱项，持续深化支付服务场景建设，"
              "着力完善多层次、多元化的支付服务体系，为老年人和外籍来华人员提供更加便利的支付服务。")
    body_b = ("国家自然科学基金委员会发布了年度中国科学十大进展，分别为人工智能大模型为精准天气预报"
              "带来新突破、揭示人类基因组暗物质驱动衰老的机制等成果。")
    text = ("为老年人外籍来华人员提供优质支付服务\n" + _column("新华社北京2月29日电（记者吴雨）" + body_a, 18) + "\n\n"
            + "年度中国科学十大进展发布\n" + _column("本报讯（记者李将辉）" + body_b, 18) + "\n")
    recs = articles(split(text))
    assert [(r.title, r.authors) for r in recs] == [("为老年人外籍来华人员提供优质支付服务", ["吴雨"]),
                                                    ("年度中国科学十大进展发布", ["李将辉"])]
    assert "财报电话" not in "".join(r.title for r in recs)


def test_running_text_that_merely_contains_a_dateline_word_runs_on():
    """'…星巴克财报电话会议' starts a line with words a dateline pattern could
    take ("克财报电"); only an agency or a date makes a dateline."""
    lines = ["在2024年1月31日凌晨星巴", "克财报电话会议上，星巴克", "中国董事长回复分析师提问时表示，平均客单价有所下降。"]
    (rec,) = articles(split("咖啡赛道探索路漫漫\n本报记者 王小明\n\n" + "\n".join(lines) + "\n"))
    assert rec.paragraphs[0].text.startswith("在2024年1月31日凌晨星巴克财报电话会议上")


def test_a_dateline_whose_bracket_wraps_over_a_line_of_names_is_not_a_headline_and_byline():
    """'新华社兰州6月13日电（' / '记者 谢强 孙玲峰 崔航' / '睿）3月4日…': the names
    are inside the dateline's bracket; the headline above keeps its text."""
    text = ("政协全国委员会会议开幕\n\n新华社兰州6月13日电（\n记者 谢强 孙玲峰 崔航\n睿）3月4日，政协第十四\n"
            "届全国委员会第二次会议\n在北京开幕，我国正式进\n入全国两会时间。会议议\n程主要包含六项内容。\n")
    (rec,) = articles(split(text))
    assert rec.title == "政协全国委员会会议开幕"
    assert rec.authors == ["谢强", "孙玲峰", "崔航睿"]
    assert rec.text.startswith("新华社兰州6月13日电（记者")


STATS_A1 = ("国家统计局发布的统计公报显示，全年国内生产总值超过一百二十六万亿元，城镇新增就业一千二百多万人，"
            "国民经济回升向好。")
STATS_A2 = ("国家统计局副局长表示，国内生产总值增速比上年加快，居民消费价格保持温和上涨，统计公报显示就业总体稳定，"
            "国民经济稳中有进。统计公报还显示，全国居民人均可支配收入实际增长，国民经济和社会发展主要预期目标圆满完成。")
CARS_B1 = ("中国汽车出口去年首次位居全球第一，汽车企业加快布局海外市场。汽车企业出海要形成可持续的创新优势，"
           "不能重蹈摩托车出口覆辙。")


def _two_articles_then(piece: str, between: str = "责任编辑：张五") -> list:
    return articles(split(f"统计公报显示经济回升向好\n\n本报记者 王小明\n\n{_column(STATS_A1, 16)}\n\n"
                          f"汽车出海要靠持续创新\n\n本报记者 李四\n\n{_column(CARS_B1, 16)}\n\n{between}\n\n"
                          f"{_column(piece, 16)}\n"))


def test_text_no_headline_heads_goes_on_from_the_article_it_is_about():
    """Print gives every article a headline: a column of text that none
    heads, after another article's end matter, is the rest of the earlier
    article on its subject."""
    first, second = _two_articles_then(STATS_A2)
    assert [p.text for p in first.paragraphs] == [STATS_A1, STATS_A2]
    assert [p.text for p in second.paragraphs] == [CARS_B1]


def test_headless_text_after_a_jump_line_is_not_given_to_an_article_before_it():
    """After "上接 D3" the text goes on from another page, not from the
    article printed above the jump line."""
    recs = _two_articles_then(STATS_A2, between="上接 D3")
    assert [p.text for p in recs[0].paragraphs] == [STATS_A1]


@pytest.mark.parametrize("head, title", [("淘特回归淘宝 为期一年的\n漫长“迁徙”", "淘特回归淘宝 为期一年的漫长“迁徙”"),
                                         ("动力电池循环产业或\n迎千亿蓝海市场", "动力电池循环产业或迎千亿蓝海市场")])
def test_a_headline_line_stopping_short_after_de_or_huo_goes_on_with_the_next(head, title):
    """No phrase ends on "的" or "或": a short line that does broke mid-phrase,
    so the two lines are one headline rather than the opening of the text."""
    body = ("曾被认为是对标拼多多秘密武器的淘特，如今回归淘宝。淘宝方面表示，淘特的用户和商家将逐步迁移到"
            "淘宝平台，迁移工作预计在一年内完成，用户体验不受影响。")
    more = "业内人士认为，平台整合有利于集中资源，降低运营成本，也有利于商家统一经营。"
    text = head + "\n\n" + _column("\u3000\u3000" + body, 14) + "\n" + _column("\u3000\u3000" + more, 14) + "\n"
    (rec,) = articles(split(text))
    assert (rec.title, rec.title_generated) == (title, False)


def test_a_dateline_broken_over_a_narrow_column_opens_the_text_under_its_headline():
    """'中新社厦门6月26' / '日电 （记者 陈佳' / '岚）三星入局…': the agency and date
    open the text (the line above is the headline) and the names inside the
    bracket are the dateline's, not a byline split off the line."""
    text = ("智能戒指或成可穿戴新风口\n中新社厦门6月26\n日电 （记者 陈佳\n岚）三星入局，苹\n果被曝正在加快开\n"
            "发，智能戒指或将\n成为科技巨头们聚\n焦发力的又一穿戴\n品类。业内人士认\n为，智能戒指市场\n空间广阔。\n")
    (rec,) = articles(split(text))
    assert (rec.title, rec.authors) == ("智能戒指或成可穿戴新风口", ["陈佳岚"])
    assert rec.text.startswith("中新社厦门6月26日电（记者陈佳岚）三星入局")


PAY_1 = "中国人民银行表示，将会同有关部门统筹力量补齐短板和弱项。持续深化支付服务场景建设，着力完善多层次的支付服务体系。"
PAY_2 = "银行卡受理、外币兑换、现金支付和移动支付服务都要更加便利，为老年人和外籍来华人员提供更加优质的支付服务。"
PAY_3 = "业内人士认为，优化支付服务是践行金融工作人民性的具体举措。各有关单位要聚焦重点城市，力争在短期内取得成效。"
PAY_4 = "下一步，中国人民银行将会同有关部门加强督导，确保各项措施落到实处，持续提升支付便利性。"


def _blank_parted(*blocks: str) -> list[str]:
    """A page that prints a blank line after every paragraph and indents none
    (each block: one paragraph, or lines already set)."""
    text = "优化支付服务提升便利性\n本报记者 王小明\n\n" + "\n\n".join(
        b if "\n" in b else _column(b, 14) for b in blocks) + "\n"
    (rec,) = articles(split(text))
    return [p.text for p in rec.paragraphs]


def test_on_a_page_parting_paragraphs_with_blank_lines_a_full_line_ending_a_sentence_goes_on():
    """"…补齐短板和弱项。" fills its line and no blank line follows: on a page
    that prints one after every paragraph, the paragraph goes on."""
    paragraphs = (PAY_1, PAY_2, PAY_3, PAY_4, PAY_2, PAY_3)
    assert _blank_parted(*paragraphs) == list(paragraphs)


@pytest.mark.parametrize("opening", ["一、完善多层次支付服务体系，为老年人和外籍来华人员提供更加优质的支付服务。",
                                     "“支付便利性明显提升”，这是多位受访者的共同感受。"])
def test_a_list_item_or_a_short_first_line_after_a_full_sentence_still_opens_a_paragraph(opening):
    """A list item, or a first line short of the column by an indent the
    extraction lost, opens a paragraph even with no blank line before it."""
    first = PAY_1[:28]  # two full lines, the second closing a sentence
    lines = _column(opening, 14) if opening.startswith("一") else _column(opening[:12], 14) + "\n" + _column(opening[12:], 14)
    assert _blank_parted(_column(first, 14) + "\n" + lines, PAY_2, PAY_3, PAY_4, PAY_2, PAY_3)[:2] == [first, opening]


def test_a_caption_inside_an_indented_paragraph_never_takes_the_paragraph_with_it():
    """The credit's caption sits inside a paragraph when the paragraph starts
    indented above it and the text after the credit goes on flush: the caption
    is at most the paragraph's end, and the article keeps its opening."""
    opening = ["  网文IP的影视化改", "编一直是网文产业的", "重要商业化路径之一,", "而近期Sora的横空出", "世让网文IP变现再度"]
    caption = ["“2023年,国家综合", "立体交通网加快完善,", "全国交通固定资产投", "资完成3.9万亿元,。", "新华社发"]
    rest = ["迎来新的变量。", "", "  自2月16日,OpenAI", "发布Sora后,中文在", "线(300364.SZ)一周", "内的累计涨幅约50%,",
            "掌阅科技(603533.SH)", "和阅文集团(00772.H", "K)的涨幅也都超过了", "20%。中文在线在接", "受调研时表示。"]
    text = "\n".join(["Sora扰动网文界IP变现成本有望下降", "本报记者 金源", ""] + opening + caption + rest) + "\n"
    (rec,) = articles(split(text))
    assert rec.title == "Sora扰动网文界IP变现成本有望下降"
    assert rec.text.startswith("网文IP的影视化改编一直是网文产业的重要商业化路径之一")
    assert "迎来新的变量。" in rec.text


@pytest.mark.parametrize("cut, resumed", [("同样轻玩法、重买量的小游戏还有《咸鱼", "之王》《疯狂骑士团》等。"),
                                           ("精品体育赛事正在受到社会各界", "的高度重视。")])
def test_a_caption_without_a_mark_inside_a_sentence_leaves_the_article_whole(cut, resumed):
    """A caption that does not open with "图为", set inside a flush paragraph:
    the text after its credit goes on from the line above it (it closes a
    title mark, or opens on "的"), so the caption is the unit's end, not the
    whole of it, and the article keeps its opening under its headline."""
    caption = _column("三七互娱凭借自身的流量经营优势迅速在这一赛道取得优势地位。", len(cut))
    rest = _column(resumed + "不少使用主流App的用户都曾被这句广告词“洗脑”。它来自“买量大户”发行的修仙题材游戏的推广，"
                   "玩家只需点击获得装备，装配后完成升级，游戏进行到一定阶段后开启自动模式。", len(cut))
    text = "\n".join(["小游戏“狂奔”背后", "作者：许心怡", "", cut, caption, "新华社发", rest]) + "\n"
    (rec,) = articles(split(text))
    assert rec.title == "小游戏“狂奔”背后"
    assert rec.paragraphs[0].text.startswith(cut + resumed)
    assert any(p.figure and p.text.startswith("三七互娱") for p in rec.paragraphs)


def test_a_headline_wrapped_at_the_column_edge_is_one_headline_not_a_kicker():
    """Set in the text column, a long headline breaks where the column ends:
    the full first line and the short second are one headline."""
    column = ["今年以来，全省外贸企业加快拓展国内市场，一批", "出口产品转内销售，企业负责人表示订单已经排到", "了下个季度。多家电商平台推出专项扶持计划，为",
              "外贸企业提供流量和物流支持，帮助企业降低成本。"]
    recs = articles(split("AI大模型接连“上车”汽车行业科技智能战\n一触即发\n本报记者 王小明\n\n" + "\n".join(column) + "\n"))
    assert recs[0].title.replace(" ", "") == "AI大模型接连“上车”汽车行业科技智能战一触即发" and not recs[0].kicker


@pytest.mark.parametrize("line", ["公众号“新材料行", "牌商合作独家定制的商品已推出17", "据全球移动广告"])
def test_a_full_line_inside_a_sentence_is_text_whatever_words_it_holds(line):
    """Advert words, a contents entry's trailing page number: in a narrow
    column such a line cut out of a sentence is still the sentence's."""
    width = len(line)
    before = "今年以来全省外贸企业加快拓展国内市场一批出口产品转内销售企业负责人表示订单已经排到了下个季度"
    lines = [before[i:i + width] for i in range(0, 3 * width, width)]
    after = ["业研报”发布的数据显示截至今年一月底全国已形成国家级产业集群五百多个"[:width],
             "其中先进制造业集群八十个战略性新兴产业集群六十六个。"]
    recs = articles(split("外贸企业开拓国内市场\n本报记者 王小明\n\n" + "\n".join(lines + [line] + after) + "\n"))
    assert len(recs) == 1 and line in recs[0].text.replace("\n", "")


def test_a_letter_against_a_figure_is_no_word_across_a_line_break():
    from generator.split.units import word_crosses

    assert word_crosses("热议“中美A", "I的差距在拉大吗")  # "AI" broken at the column's edge
    assert not word_crosses("热议“中美A", "23日召开的会议")  # "A" and "23": two tokens jieba would glue
    assert word_crosses("投资完成20", "24年的目标")


def test_a_short_headline_after_a_sentence_cut_at_the_column_edge_heads_the_article_beside():
    """A1 stops mid-word at the column's edge; after the break a short line
    that closes no sentence cannot be the rest of A1's sentence: it is the
    headline of the article set beside (B), and A2, which finishes the word,
    goes back to A however far B's column runs."""
    a1 = ("中国人民银行表示，将会同有关部门统筹力量补齐支付服务短板弱项，持续深化支付服务场景建设，"
          "银行卡受理、外币兑换、现金支付和移动支付服务都要更加便利，着力完善多层次多元化的支付服务体系，为老年人和外国")
    assert len(a1) % 14 == 0  # its last line runs to the column's edge
    a2 = "籍来华人员提供更加便利的支付服务。中国人民银行表示，优化支付服务是践行金融工作人民性的具体举措。"
    b1 = ("在新质生产力发展的要求下，我国战略性新兴产业面临重大机遇与挑战，如何实现其向好向上的发展成为关键命题。"
          "各地要尽快筑牢战略性新兴产业发展的四梁八柱，靶向解决研发掣肘难题，统筹规划产业集群布局。") * 6
    text = (f"为老年人提供优质支付服务\n\n本报记者 王小明\n\n{_column(a1)}\n\n"
            f"筑牢产业四梁八柱\n\n{_column(b1)}\n\n{_column(a2)}\n")
    recs = articles(split(text))
    assert [r.title for r in recs] == ["为老年人提供优质支付服务", "筑牢产业四梁八柱"]
    assert recs[0].text.replace("\n", "").endswith("具体举措。") and "外国籍来华" in recs[0].text.replace("\n", "")


def test_a_headline_ending_on_the_de_of_shi_de_is_a_headline():
    """"…是怎样织成的": 的 closing a 是 construction ends the sentence, so the
    headline does not run on into the dateline under it."""
    rec = articles(split("“15分钟便民生活圈”是怎样织成的\n" + "\n".join(FOREIGN) + "\n"))[0]
    assert rec.title == "“15分钟便民生活圈”是怎样织成的"


def test_a_figure_wrapped_under_the_headline_line_it_finishes_stays_in_the_headline():
    rec = under_headline("“五一”假期重点商圈客流同比增长\n12.4%")
    assert rec.title.replace(" ", "") == "“五一”假期重点商圈客流同比增长12.4%"


def test_a_dash_line_that_closes_and_opens_a_sentence_under_a_full_line_is_text():
    """"一荤两素一汤，价格十几元，老人还能享受折扣" / "——这段时间，…。有的…":
    the first paragraph under a headline, not a headline and its subtitle."""
    lines = ["一荤两素一汤，价格十几元，老人还能享受折扣", "——这段时间，不少城市的社区食堂火了。有的",
             "食堂中午排起长队，不光是附近的老人，上班族、", "学生也来“打卡”。社区食堂以实惠的价格赢得口碑。"]
    recs = articles(split("社区食堂如何兼顾“烟火气”与可持续？\n\n" + "\n".join(lines) + "\n"))
    assert [r.title for r in recs] == ["社区食堂如何兼顾“烟火气”与可持续？"] and "这段时间" in recs[0].text


def test_a_headline_with_a_colon_printed_after_its_text_at_the_page_foot():
    """"对话…:…" spaced out as wide as the column, after a closed sentence
    and before the page number: the headline of the text above, though a
    colon is a mark running text has too."""
    text = "\n".join(["随着资本市场渐趋回暖，理财公司在权益市场布局动作频频。部分", "理财公司积极推出混合型、偏股型等权益产品，首期募集规模达十",
                     "三亿元的爆款产品也已出现。业内人士认为，权益类理财产品的发", "行仍将保持稳健节奏，投资者教育也需要同步跟上。"])
    head = "对 话 理 财 公 司 负 责 人 : A I 投 顾 需 要 整 个 行 业 协 作 5 G 时 代 仍 在 起 步 阶 段"
    recs = articles(split(f"{text}\n（责任编辑：王小明）\n\n{head}\n\n第 4 版\n"))
    assert [r.title for r in recs] == ["对话理财公司负责人:AI投顾需要整个行业协作5G时代仍在起步阶段"]


def test_a_section_name_and_page_code_alone_at_the_top_is_the_page_header_not_contents():
    """One such line over the page's first article: the header of a page
    of columns, so the article under it is no contents blurb."""
    recs = split("专题 C03\n\n外贸企业加快开拓国内市场\n本报记者 王小明\n\n" + "\n".join(FOREIGN) + "\n")
    header = next(r for r in recs if "C03" in r.text)
    assert header.kind == "other" and header.what == "页眉页脚"
    assert [r.title for r in articles(recs)] == ["外贸企业加快开拓国内市场"]


def test_a_headline_line_as_wide_as_a_narrow_column_over_a_wider_one_is_not_text_cut_off():
    """"科技创新引领产业升级" fills a column of eleven, but the line under it is
    display type wider than the column: the two are a headline over two
    lines, not a sentence the column cut."""
    before = ["外贸企业急需开拓国内市", "场，但转场并非易事：国", "内消费者对产品包装、品", "牌故事、营销方式的需求",
              "与海外市场存在显著差异", "。企业需要重新调研，才", "能站稳脚跟。专家建议，", "企业先从线上渠道试水。"]
    after = ["  2月19日下午，在位于", "江苏省南通市的一家金属", "科技公司，载有上千吨不", "锈钢卷板的货车驶出厂区",
             "。这些货物将发往全国各", "地的客户。公司负责人说", "，今年订单比去年同期增", "长了三成以上。"]
    text = "\n".join(before) + "\n\n科技创新引领产业升级\n江苏海安新型工业化“逆袭”样本\n\n" + "\n".join(after) + "\n"
    recs = [r for r in articles(split(text)) if "2月19日" in r.text]
    assert recs[0].title == "科技创新引领产业升级 江苏海安新型工业化“逆袭”样本" and "站稳脚跟" not in recs[0].text


@pytest.mark.parametrize("between", ["责任编辑：张五", "下转A16版"])
def test_two_headlines_stacked_after_end_matter_head_the_text_above_and_the_text_below(between):
    """A headline printed after its text, past the editor's credit or jump
    line that closes it, then the next article's headline: the words each
    shares with the text on its side still part them."""
    text = (f"{_column(STATS_A1, 16)}\n\n{between}\n\n统计公报显示经济回升向好\n汽车出海要靠持续创新\n"
            f"本报记者 李四\n\n{_column(CARS_B1, 16)}\n")
    recs = articles(split(text))
    assert [(r.title, r.paragraphs[0].text) for r in recs] == [("统计公报显示经济回升向好", STATS_A1), ("汽车出海要靠持续创新", CARS_B1)]


def test_a_short_line_after_a_caption_that_cut_a_sentence_is_the_sentences_rest():
    """A caption ("图为…", its credit) set into a question left open: the
    short line after the credit ends the question; it is no headline."""
    question = ["　　记者：创新药被写入今年的政府工作报告，在您看来，我国的生物"]
    caption = ["图为柯潇：战略性新兴产业和未来产业是发展新质生产力的主阵地，生", "物医药产业既是国家战略。", "（邓鹏阳 摄）"]
    answer = ["　　柯潇：战略性新兴产业和未来产业是发展新质生产力的主阵地，生", "物医药产业既是国家战略性新兴产业的重要组成部分，也是未来产业重",
              "点布局的领域。目前，我国生物医药产业经历了从“无”到“有”的过程。"]
    text = "\n".join(["新质生产力成为生物医药产业“驱动器”", "", "文/孙琳", ""] + question + caption
                     + ["医药产业将呈现出怎样的发展势头？", ""] + answer) + "\n"
    (rec,) = articles(split(text))
    assert "我国的生物医药产业将呈现出怎样的发展势头？" in rec.text.replace("\n", "")
    assert not any(p.heading for p in rec.paragraphs)


def test_a_display_line_set_in_parallel_with_a_crosshead_before_it_is_the_next_crosshead():
    """Crossheads of one article are set in parallel: the second opens as the
    first does, though the text under it shares few words with the text above."""
    part_1 = ("2023年是全面贯彻党的二十大精神开局之年，是三年新冠疫情防控转段后经济恢复发展的一年。面对复杂严峻的国际环境和"
              "艰巨繁重的改革发展稳定任务，我国经济回升向好，国内生产总值超过一百二十六万亿元，城镇新增就业一千二百四十四万人，"
              "全年经济增长目标圆满实现。")
    part_2 = ("我国经济顶住多重压力实现了量的合理增长。国内生产总值比上年增长百分之五点二，经济增长速度快于全球主要经济体，"
              "城镇新增就业目标圆满实现，居民消费价格温和上涨，国际收支基本平衡，经济总量稳居世界第二，对世界经济增长的贡献率超过三成。")
    part_3 = ("爬坡过坎中，发展实现了质的有效提升。新能源汽车、锂电池、光伏产品出口合计首次突破万亿元大关，科技创新能力持续增强，"
              "研发投入强度再创新高，高技术制造业投资快速增长，数字经济规模不断扩大，绿色低碳转型步伐加快。")
    heads = ["中国经济顶住多重压力实现量的合理增长", "中国经济在爬坡过坎中实现质的有效提升"]
    text = "\n".join(["攻坚克难回升向好", "", "本报记者 魏玉坤", "", "　　" + _column(part_1, 16), "", heads[0], "",
                      "　　" + _column(part_2, 16), "", heads[1], "", "　　" + _column(part_3, 16)]) + "\n"
    (rec,) = articles(split(text))
    assert [p.text for p in rec.paragraphs if p.heading] == heads


def test_a_headline_spread_over_the_column_after_its_text_is_no_text_cut_off():
    """Display type letter-spaced over the column's width, its letters filling
    well under it, after a closed paragraph and before another text: a
    headline printed after its text, not a line of running text cut at the
    column's edge."""
    body = _column("本报讯（记者李将辉）国家自然科学基金委员会高技术研究发展中心发布了二〇二三年度中国科学十大进展。"
                   "遴选活动旨在深入贯彻习近平总书记关于加强基础研究的重要讲话精神，激励广大科技工作者的创新热情。"
                   "经国家自然科学基金委员会咨询委员会审议，最终确定了入选的成果名单。", 24)
    other = _column("作为每年关注度较高的一次会议，全国两会成为热点话题扎堆的主战场，在双碳目标提出后，可持续发展报告"
                    "持续受到关注。沪深三交易所发布的指引明确提出披露主体要发布年度可持续发展报告，这标志着迈出了重要一步。", 24)
    head = " ".join("2023年度“中国科学十大进展”发布")
    photo = _column("在成本高企和产能过剩的双重压力下，去年炭黑企业业绩普遍受挫。", 24) + " 郑燕 摄"
    text = "\n".join(["　　" + body, "", head, "", photo, "", "　　" + other, "", "ESG跨越式新发展", "本报记者 王小明"]) + "\n"
    recs = articles(split(text))
    assert [r.title.replace(" ", "") for r in recs] == ["2023年度“中国科学十大进展”发布", "ESG跨越式新发展"]


def test_text_shared_by_two_headlines_is_never_cut_just_under_a_crosshead():
    """A crosshead heads the part of its article under it: where two
    articles share a text, the cut never leaves a crosshead closing the first."""
    first = ["创新药出海正在提速，多家药企的创新药在海外获批上市，授权交易金额屡创新高。",
             "业内人士表示，创新药出海考验企业研发实力，药企要形成差异化的竞争优势。"]
    second = ["一艘载有国产汽车的滚装船近日驶离南沙港，中国汽车出口去年首次位居全球第一。",
              "汽车出口的背后，是汽车产业加快突破芯片、操作系统等技术瓶颈，整车企业的竞争力不断增强。"]
    third = ["整车企业纷纷在海外建厂，本地化生产和售后网络同步铺开，海外工厂产能逐年爬坡。",
             "中国汽车出口不应仅以数量论英雄，汽车企业的海外布局才刚刚开始，汽车出口登顶之后路还长。"]
    text = _between_two_headlines(_indented_paragraphs(first + second) + "\n\n■出海提速之后\n\n" + _indented_paragraphs(third))
    recs = articles(split(text))
    assert [r.title for r in recs] == ["创新药出海提速", "中国汽车出口登顶之后"]
    assert "■出海提速之后" not in recs[0].text


def test_text_shared_by_two_headlines_is_cut_where_its_parts_turn_to_their_own_headlines():
    """No dateline opens the second article: the cut goes where the text
    near it on each side is about its own headline, even though a word of
    the first headline comes up again, by chance, late in the second text."""
    first = ["创新药出海正在提速，多家药企的创新药在海外获批上市，授权交易金额屡创新高。",
             "业内人士表示，创新药出海考验企业研发实力，药企要形成差异化的竞争优势。"]
    second = ["一艘载有国产汽车的滚装船近日驶离南沙港，中国汽车出口去年首次位居全球第一。",
              "汽车出口的背后，是汽车产业加快突破芯片、操作系统等技术瓶颈，整车企业的竞争力不断增强。",
              "中国汽车出口不应仅以数量论英雄，汽车企业的海外布局才刚刚开始。",
              "有车企负责人说，出海要提速，更要像创新药企业那样靠研发出海，汽车出口登顶之后路还长。"]
    text = _between_two_headlines(_indented_paragraphs(first + second))
    recs = articles(split(text))
    assert [r.title for r in recs] == ["创新药出海提速", "中国汽车出口登顶之后"]
    assert recs[1].text.startswith("一艘载有国产汽车的滚装船")


@pytest.mark.parametrize("matter", ["（作者为某大学经济学院教授）", "（下转第11版）", "责任编辑：王小明"])
def test_a_headline_set_apart_after_end_matter_heads_the_text_above(matter):
    """Indented paragraphs closed by the author's note (a jump line, an
    editor's credit), then a display line standing alone and a flush
    paragraph: that matter closed the text, so the line is its headline
    printed after it, not running text cut off."""
    column = "\n".join("\u3000\u3000" + "\n".join(_narrow([p], 14)) for p in (FOREIGN[0] + FOREIGN[1], FOREIGN[2] + FOREIGN[3]))
    text = (column + f"\n{matter}\n\n外贸企业加快开拓国内消费市场\n\n"
            + "\n".join(_narrow(["".join(CREDIT)], 14)) + "\n\n绿色信贷余额保持较快增长\n")
    recs = articles(split(text))
    assert [r.title for r in recs] == ["外贸企业加快开拓国内消费市场", "绿色信贷余额保持较快增长"]
    assert recs[0].text.startswith("今年以来") and "外贸企业加快" not in recs[1].text


def test_two_headlines_in_one_block_are_cut_at_the_blank_line_between_them():
    """The headline of the text above, printed after it, over two lines, a
    blank line, then the next text's headline: the group parts at the blank
    line, though a cut after the first line would echo each side too."""
    text = (_indented_paragraphs(["外贸企业加快开拓国内市场，一批出口产品转内销售，企业订单排到了下个季度。",
                                  "此外，多家电商平台推出专项扶持计划，为外贸企业提供流量和物流支持。"])
            + "\n\n外贸企业加快\n开拓国内市场\n\n绿色信贷余额\n保持较快增长\n本报记者 王小明\n"
            + _indented_paragraphs(["今年前两个月，全国绿色信贷余额继续保持较快增长，多家银行推出绿色信贷专项产品。",
                                    "然而，部分中小银行的绿色信贷业务仍处于起步阶段，专业人才有待加强。"]) + "\n")
    recs = articles(split(text))
    assert [r.title.replace(" ", "") for r in recs] == ["外贸企业加快开拓国内市场", "绿色信贷余额保持较快增长"]


def test_two_headlines_set_apart_part_though_the_first_names_its_text_only_in_passing():
    """A headline printed after its text, a blank line, the next article's
    headline and byline: the first names the text above more than the text
    below, if only a little, and the blank line parts them; it is no kicker."""
    above = ["提前二十多天通过审评，获批后四十八小时内开出首张处方，这是中国一款创新药的出海故事。",
             "和黄医药首席执行官表示，公司已在海外市场建立团队，产品正在多个国家申请上市。"]
    below = ["曾被认为是对标拼多多秘密武器的淘特，如今回归淘宝。日前有报道称，淘特将淡出历史舞台。",
             "淘宝特价版背后寄托的更多是淘宝C2M的热望与野心，这场迁徙如何维持了将近一年？"]
    text = (_indented_paragraphs(above) + "\n\n创新药如何从中国新到全球新？\n\n淘特回归淘宝　为期一年的漫长“迁徙”\n\n"
            "本报记者 李立 南京报道\n\n" + _indented_paragraphs(below) + "\n")
    recs = articles(split(text))
    assert [(r.title, r.kicker) for r in recs] == [("创新药如何从中国新到全球新？", None), ("淘特回归淘宝 为期一年的漫长“迁徙”", None)]


def test_a_digest_items_bracketed_headline_run_into_its_text_opens_an_item():
    """A digest column prints each item's headline in lenticular brackets
    with the text run on after it ('【…】记者从…获悉，…'): each is an item
    of its own, however short and alike, while a bracketed byline run in
    ('【本报驻柏林记者 王小明】') opens no item."""
    items = [("长江航运货物吞吐量再创新高", "交通运输部消息，今年前十个月长江干线港口货物吞吐量达到32亿吨，同比增长5%，航运市场保持平稳。"),
             ("首批氢能重卡在港区投入运营", "记者从市交通局获悉，二十辆氢能重卡近日在港区投入运营，每辆车每年可减少碳排放约一百吨。"),
             ("冬季农产品保供专项行动启动", "农业农村部日前部署冬季农产品保供工作，要求各地稳定蔬菜生产，保障节日期间市场供应。")]
    paragraphs = [f"【{head}】{body}" for head, body in items]
    digest = "\n\n".join("\u3000\u3000" + "\n".join(_narrow([p], 30)) for p in paragraphs)
    recs = articles(split("新闻速览\n\n" + digest + "\n"))
    assert [r.title.strip("【】") for r in recs] == [head for head, _ in items]
    assert [r.text[:6] for r in recs] == [body[:6] for _, body in items]
    byline = articles(split("德国汽车业裁员潮蔓延\n\n\u3000\u3000【本报驻柏林记者 王小明】" + "".join(FOREIGN) + "\n"))
    assert len(byline) == 1 and byline[0].title == "德国汽车业裁员潮蔓延"


def test_a_bracketed_headline_wrapped_in_a_narrow_column_opens_its_item():
    """In a column of ten characters a digest item's bracketed headline runs
    over two or three lines ('　【长江航运货物吞' / '吐量再创新高】交通'),
    its text running on after the closing bracket: each item is one of its own."""
    items = [("长江航运货物吞吐量再创新高", "交通运输部消息，今年前十个月长江干线港口货物吞吐量达到32亿吨，同比增长5%，航运市场保持平稳。"),
             ("首批氢能重卡在港区投入运营，年减排百吨", "记者从市交通局获悉，二十辆氢能重卡近日在港区投入运营，每辆车每年可减少碳排放约一百吨。")]
    digest = "\n".join("\n".join(_narrow([f"\u3000【{head}】{body}"], 10)) for head, body in items)
    recs = articles(split("新闻速览\n" + digest + "\n"))
    assert [r.title.strip("【】") for r in recs] == [head for head, _ in items]
    assert [r.text[:6] for r in recs] == [body[:6] for _, body in items]


def test_square_bulleted_titles_over_texts_of_a_sentence_or_two_are_a_digests_items():
    """'■伊瑟堡港吞吐量创新高' over two sentences, then '■埃洛尼亚上调最低工资'
    over two more: ■ marks an article's crossheads too, but parts of a
    sentence or two under each are the items of a news digest."""
    items = [("■伊瑟堡港吞吐量创新高", "北森兰伊瑟堡港前11个月集装箱吞吐量412万标箱，同比增长6.2%。港口方面表示，全年有望突破450万标箱。"),
             ("■埃洛尼亚上调最低工资", "埃洛尼亚政府宣布，自明年1月起将全国月最低工资上调8%。这是该国三年来第二次上调最低工资标准。"),
             ("■塔维里亚橄榄油出口大增", "塔维里亚前10个月橄榄油出口额同比增长23%，对华出口增长近一倍。当地橄榄油协会预计明年出口继续增长。")]
    page = "环球财经\n" + "\n".join(head + "\n" + "\n".join(_narrow([body], 16)) for head, body in items) + "\n"
    recs = [r for r in split(page) if r.kind != "other"]
    assert [r.title.lstrip("■") for r in recs] == [head.lstrip("■") for head, _ in items]


def test_a_one_sentence_item_under_its_bulleted_title_is_an_item():
    """A digest's item may be one sentence ('●科尔瓦央行宣布降息' /
    '科尔瓦中央银行宣布将基准利率下调二十五个基点。'): under its bulleted
    title it is news of its own, however short."""
    items = [("●科尔瓦央行宣布降息", "科尔瓦中央银行昨日宣布将基准利率下调二十五个基点，以提振国内投资和消费。"),
             ("●埃洛尼亚上调最低工资", "埃洛尼亚政府宣布，自明年起将全国月最低工资标准上调百分之八。"),
             ("●伊瑟堡港吞吐量创新高", "伊瑟堡港今年集装箱吞吐量创下历史新高，转运业务增长尤其明显。"),
             ("●塔维里亚橄榄油出口大增", "塔维里亚橄榄油出口额同比大幅增长，对华出口增长接近一倍。")]
    page = "环球财经\n\n" + "\n\n".join(head + "\n" + "\n".join(_narrow([body], 20)) for head, body in items) + "\n"
    recs = [r for r in split(page) if r.kind != "other"]
    assert [r.title.lstrip("●") for r in recs] == [head.lstrip("●") for head, _ in items]


def test_a_fact_box_inside_an_article_neither_heads_nor_splits_it():
    """'项目速览' / '全长：312公里' / '设计时速：160公里' / '沿线车站：14座' set
    inside a report: a box of facts, each line a key and a figure; the report
    goes on after it, one article, and no box line is a headline."""
    before = "\n".join(_narrow(["　　12月9日，随着一声汽笛长鸣，埃洛尼亚首条电气化铁路正式开通运营。这条铁路由中国企业承建，"
                                 "将沿线陆路运输时间由7小时缩短至2个多小时。"], 24))
    after = "\n".join(_narrow(["　　项目建设期间，中方企业累计为当地创造就业岗位1.2万个，培训铁路运营、维护等专业人才2300多名。"
                                "铁路开通后，中方企业还将提供为期五年的运营维护技术支持。"], 24))
    box = "项目速览\n全长：312公里\n设计时速：160公里\n沿线车站：14座\n建设工期：46个月"
    page = f"埃洛尼亚首条电气化铁路开通运营\n本报驻埃洛尼亚记者　孟远汀\n{before}\n{box}\n{after}\n"
    recs = articles(split(page))
    assert [r.title for r in recs] == ["埃洛尼亚首条电气化铁路开通运营"]
    assert "五年的运营维护" in recs[0].text and not any(p.heading for p in recs[0].paragraphs)


def test_a_couplet_over_a_headline_and_its_dashed_subtitle_is_the_kicker():
    """'老宅焕新颜　侨乡添活力' / '鹭川侨乡迎来“新侨”返乡潮' / '——鹭川县侨乡振兴见闻':
    with a dashed subtitle printed, the short line over it is the main
    headline (引题 / 主题 / ——副题), not a deck printed without its dash."""
    page = ("老宅焕新颜　侨乡添活力\n鹭川侨乡迎来“新侨”返乡潮\n——鹭川县侨乡振兴见闻\n本报记者　温如晦\n\n"
            + "\n".join(_narrow(["　　冬日的鹭川县溪头村，阳光洒在一座座中西合璧的侨房上。红砖墙、拱券窗、彩色花砖，"
                                  "这些建于上世纪二三十年代的老建筑，如今有了新的用途：民宿、咖啡馆、侨批展示馆。"], 26)) + "\n")
    rec = articles(split(page))[0]
    assert (rec.title, rec.kicker) == ("鹭川侨乡迎来“新侨”返乡潮", "老宅焕新颜 侨乡添活力")
    assert rec.subtitle.startswith("——鹭川县")
    plain = articles(split(page.replace("——鹭川县侨乡振兴见闻\n", "")))[0]
    assert plain.title == "老宅焕新颜 侨乡添活力"  # (without the dashed line, the short line is the deck)


def test_an_advert_on_a_double_spaced_page_ends_above_the_next_articles_headline():
    """A double spaced page (a blank line after every line) leaves no blank to
    end an advert: '广告' / its display lines / '海 外 侨 胞 捐 建' /
    '乡 村 学 校 投 用' / '本报记者　洪知远' / text. The reporter's byline is an
    article's, and the letter-spaced lines over it are its headline."""
    advert = ["广告", "金汀华侨博物馆", "“百年侨批”特展", "展期：即日起至2036年3月", "开放时间：周二至周日", "免费参观　预约入馆"]
    body = _narrow(["　　12月11日，由旅外乡亲捐资兴建的县白石镇侨心学校正式投入使用。学校占地约1.6万平方米，设有教学楼、"
                    "科技楼、风雨操场等，可容纳学生1200人。", "　　据了解，该校由20多位旅居海外的乡亲共同捐资3800万元建设。"
                    "捐建者代表说：“我们小时候都在村里的老学堂读书，现在能为家乡孩子建一所好学校，是我们共同的心愿。”"
                    "学校今年秋季起招收附近六个村的学生，并开设侨乡历史文化课程。"], 20)
    above = ["侨批档案入选省级名录", "　　本报讯（记者　蔡映雪）日前，县档案馆"] + _narrow(["馆藏的1200余件侨批档案入选省级档案文献遗产名录。"], 20)
    lines = above + advert + ["海 外 侨 胞 捐 建", "乡 村 学 校 投 用", "本报记者　洪知远"] + body
    recs = articles(split("\n\n".join(lines) + "\n"))
    assert [r.title.replace(" ", "") for r in recs] == ["侨批档案入选省级名录", "海外侨胞捐建乡村学校投用"]
    assert recs[1].authors == ["洪知远"] and recs[1].kicker is None


def test_a_chart_printed_as_text_over_its_makers_credit_heads_nothing():
    """'一图读懂《措施》' / '1　赋予科研人员…' / … / '……' / '（制图：庄一禾）' after
    a report: the chart's words, closed by who drew it, are no headline of an
    article printed before them; the report stays whole."""
    report = ("　　日前，汀澜市印发《促进科技成果转化若干措施》，从赋权改革、收益分配、中试验证、金融支持等方面提出十条举措。"
              "《措施》提出设立规模10亿元的成果转化基金，重点投向早期转化项目，并鼓励银行开发“成果转化贷”。",
              "　　汀澜理工大学技术转移中心主任贺知秋认为，《措施》打通了成果转化中的“确权难、定价难、中试难、融资难”等堵点，"
              "政策含金量高，关键在于抓好落实。")
    chart = ("一图读懂《措施》\n1　赋予科研人员职务成果所有权或长期使用权\n2　转化净收入七成以上奖励团队\n"
             "3　建设20家以上中试验证平台\n4　设立10亿元成果转化基金\n……\n（制图：庄一禾）")
    after = ("新政实施细则将于7月出台\n　　本刊讯（记者　米若岚）记者从汀澜市科技局获悉，《措施》的实施细则将于7月出台，"
             "对赋权、收益分配等作出具体规定。")
    page = ("科技成果转化新政“十条”亮点在哪\n本刊记者　米若岚\n" + "\n".join(_narrow(list(report), 30)) + "\n\n" + chart
            + "\n\n" + after + "\n")
    records = split(page)
    recs = articles(records)
    assert [r.title for r in recs] == ["科技成果转化新政“十条”亮点在哪", "新政实施细则将于7月出台"]
    assert "关键在于抓好落实" in recs[0].text
    assert not any(r.what == "无正文的标题" for r in records)  # the chart's title heads nothing


def test_a_crosshead_numbered_after_the_crossheads_above_is_the_reports_next_part():
    """'亮点三　建设一批中试验证平台' then '亮点四　“投贷保”联动支持转化项目':
    parts of one report numbered in order after the word that names them;
    the fourth is a crosshead like the three before it."""
    from generator.split.articles import _numbered_after
    from generator.split.page import HeadGroup, Text
    from generator.split.units import BODY, HEAD, Unit

    def unit(kind, text):
        return Unit(kind, split_rows(text))

    def split_rows(text):
        from generator.split.lines import Line, rows_of
        return rows_of([Line(1, text, text)])

    above = Text([unit(HEAD, "亮点三　建设一批中试验证平台"), unit(BODY, "针对中试难题，《措施》提出建设中试验证平台。")])
    assert _numbered_after(above, HeadGroup([unit(HEAD, "亮点四　“投贷保”联动支持转化项目")]))
    assert not _numbered_after(above, HeadGroup([unit(HEAD, "亮点五　技术经理人纳入职称评审")]))
    assert not _numbered_after(above, HeadGroup([unit(HEAD, "看点四　新政实施细则将于7月出台")]))


def test_how_to_sign_up_over_a_headline_is_the_boxs_contact_not_the_headlines_first_line():
    """'报名方式：关注“星衡科普”公众号' closing an events box, right over the
    next headline and its dateline: a contact line, no part of the headline."""
    page = ("科普活动预告\n◎“星空下的夜晚”观星活动\n6月14日19:30　玉衡天文馆\n◎“走进量子世界”科普讲座\n"
            "6月15日14:00　星衡科技馆报告厅\n报名方式：关注“星衡科普”公众号\n全国科普日主场活动将在柘川举办\n"
            "本报讯（记者　许嘉禾）记者从全国科普日组委会获悉，\n今年全国科普日主场活动将于9月中旬在柘川举办，主\n"
            "题为“科学点亮生活”。活动期间，将设置前沿科技、\n健康生活、生态环境等6个展区，展出科普展品300余件。\n")
    (rec,) = articles(split(page))
    assert rec.title == "全国科普日主场活动将在柘川举办"


def test_a_news_item_set_into_an_open_sentence_is_its_own_and_the_host_goes_on_after_it():
    """'…都有一名“链长”，' (a full line, the sentence open) / '前11个月动力电池
    装车量同比增长31%' / '　　本报讯（记者　柯一苇）…' / … / '负责协调用地…' flush:
    the line over the dateline is the item's headline (not the rest of the
    open sentence), and the flush line after the item is where the host's
    sentence goes on."""
    host_1 = ["　　从鹤汀高新区东门进去，沿着一条名为“锂电大道”", "的马路往里走，正极材料、隔膜、电解液、电芯、电池",
              "包……一家家企业的厂牌依次排开。当地人把这里叫作", "“电池谷”。",
              "　　十年前，鹤汀只有一家电池组装厂。2026年瀚川电", "池落户后，当地围绕龙头企业开展“以商招商”，先后",
              "引进上下游配套企业63家，形成了从材料到回收利用的", "完整产业链。",
              "　　链式生长的背后，是政府服务方式的转变。鹤汀高", "新区组建了产业链专班，每条细分链条都有一名“链长”，"]
    item = ["前11个月动力电池装车量同比增长31%", "　　本报讯（记者　柯一苇）记者从行业协会获悉，1",
            "至11月，我国动力电池累计装车量达到486.2吉瓦时，", "同比增长31.4%。其中，磷酸铁锂电池装车量占比为",
            "74.8%，三元电池占比为25.1%。"]
    host_2 = ["负责协调用地、用能和人才等问题。园区还投资建设了", "公共检测中心和中试平台，中小配套企业不必再自建实",
              "验室。", "　　鹤汀高新区管委会主任欧阳晴说，下一步将重点补", "齐电池回收和固态电池材料两个环节，力争到2038年锂",
              "电产业产值突破2000亿元。"]
    page = "\n".join(["鹤汀“电池谷”的链式生长", "本报记者　庞书言"] + host_1 + item + host_2) + "\n"
    recs = articles(split(page))
    assert [r.title for r in recs] == ["鹤汀“电池谷”的链式生长", "前11个月动力电池装车量同比增长31%"]
    assert "都有一名“链长”，负责协调用地" in recs[0].text.replace("\n", "") and "欧阳晴" in recs[0].text
    assert recs[1].authors == ["柯一苇"] and "欧阳晴" not in recs[1].text


def test_a_range_of_figures_cut_at_a_short_lines_end_reads_on():
    """'…记者从行业协会获悉，1' (a line short of the column) / '至11月，…': the
    range goes on into the next line; no paragraph ends on its first figure."""
    from generator.split.units import figure_split
    assert figure_split("记者从行业协会获悉，1", "至11月，我国动力电池累计装车量")
    assert not figure_split("全年目标完成", "至11月，我国动力电池累计装车量")


def test_an_editors_line_in_traditional_characters_is_no_headline():
    """'責任編輯：莫綺雯' over a commentary's headline: the page's editor credit,
    read through the fold of traditional characters, not a headline's first line."""
    page = ("責任編輯：莫綺雯\n零售轉型不能只靠旅客\n"
            "　　五月份零售銷貨價值按年下跌，反映本港零售業仍在調整。業界不能只寄望旅客回流，更要研究本地居民的消費習慣，"
            "在服務與產品上推陳出新，才能走出困局。\n")
    (rec,) = articles(split(page))
    assert rec.title == "零售轉型不能只靠旅客"


def test_a_bulleted_headline_letter_spaced_over_two_lines_of_a_narrow_column_is_one_headline():
    """'■　港　元　拆　息' / '稍　為　回　落' in a nine-character strip: one headline
    broken at the column, not a byline of letter-spaced names over a headline."""
    body = "\n".join(_narrow(["　一個月港元銀行同業拆息昨日回落0.11厘至4.51厘，結束連升四日的走勢。市場人士指，季末資金需求將令拆息短期內維持偏高。"], 10))
    (rec,) = articles(split("財經簡訊\n\n■　港　元　拆　息\n稍　為　回　落\n\n" + body + "\n"))
    assert rec.title.replace(" ", "").lstrip("■") == "港元拆息稍為回落" and rec.authors == []


def test_a_headlines_second_line_printed_after_the_byline_is_its_deck():
    """'前5个月全省外贸进出口增长7.3%' / '本报记者　骆青岚' / '民营企业进出口占比
    首次超过六成' / text at the head of a page: the second headline line stood
    beside the byline in print; no new article's headline stands between a
    byline and the text under it."""
    body = "\n".join(_narrow(["　　记者从海关获悉，今年前5个月，全省货物贸易进出口总值2416.8亿元，同比增长7.3%，"
                               "增速高于全国平均水平2.1个百分点。其中，出口1572.3亿元，增长9.6%。"], 24))
    page = "岚江日报\n2035年6月13日 星期三\n前5个月全省外贸进出口增长7.3%\n本报记者　骆青岚\n民营企业进出口占比首次超过六成\n" + body + "\n"
    (rec,) = articles(split(page))
    assert (rec.title, rec.subtitle, rec.authors) == ("前5个月全省外贸进出口增长7.3%", "民营企业进出口占比首次超过六成", ["骆青岚"])
    (apart,) = articles(split(page.replace("超过六成\n", "超过六成\n\n")))  # a blank line before the text
    assert (apart.title, apart.subtitle) == (rec.title, rec.subtitle)


def _side_by_side(left: list[str], right: list[str], at: int = 40) -> list[str]:
    """Two columns printed beside each other as a layout-keeping extractor
    does: the right column's lines padded out to one cell."""
    cells = lambda t: sum(2 if ord(ch) >= 0x2E80 else 1 for ch in t)
    rows = max(len(left), len(right))
    return [(a + " " * max(3, at - cells(a)) + b if a else " " * at + b) if b else a
            for a, b in zip(left + [""] * (rows - len(left)), right + [""] * (rows - len(right)))]


def test_two_columns_printed_side_by_side_are_read_column_by_column():
    """'　　6月11日，…片区城      落、街巷和闲置厂房…': each printed line holds
    a line of the left column, the padding, then a line of the right one.
    The article reads the left column down, then the right; records keep
    the file's line numbers."""
    from generator.split.columns import side_by_side
    text = ("　　6月11日，梧阳市召开老城片区城市更新工作推进会，公布了今年首批12个更新项目清单。这批项目分布在棠浦、东湖、"
            "柳营三个老城区，涉及老旧院落87个、居民4300余户，计划总投资38.6亿元。")
    more = ("落、街巷和闲置厂房打包设计，补齐养老、托育、停车等短板。　　以棠浦区织锦街片区为例，片区内有上世纪八九十年代建成的"
            "老旧楼栋46栋，仓库将改建为社区综合服务中心和便民市场。")
    left, right = _narrow([text], 17), _narrow([more], 17)
    lines = ["老城片区更新今年启动12个项目", "本报记者　韦一舟"] + _side_by_side(left, right)
    unfolded, numbers = side_by_side(lines)
    assert unfolded[2:2 + len(left)] == left and numbers[2 + len(left)] == 3
    (rec,) = articles(split("\n".join(lines) + "\n"))
    flat = rec.text.replace("\n", "")
    assert text.strip("　")[:20] in flat and flat.index("计划总投资38.6亿元。") < flat.index("补齐养老")
    assert rec.lines == (1, len(lines))


def test_a_table_with_wide_gaps_between_its_cells_is_not_two_columns():
    """Rows of a table parted by runs of spaces hold a few characters in each
    cell, never a column's line of running text: left as printed."""
    from generator.split.columns import side_by_side
    rows = ["品名      单位      价格（元）", "大白菜      斤      1.20", "西红柿      斤      3.50",
            "黄瓜      斤      2.80", "猪肉（精瘦）      斤      16.00"]
    assert side_by_side(["鹭川市部分农贸市场零售均价"] + rows) is None


def test_a_table_broken_onto_short_lines_inside_an_article_neither_heads_nor_splits_it():
    """'岚江板块行情（6月13日）' / '证券简称' / '收盘价（元）' / '梧阳电气　18.62　+6.31' /
    '桐溪精工' / '24.07' / …: a table the extraction broke cell by cell onto
    lines of their own, set inside a report: its title heads nothing and the
    report goes on after it, one article."""
    before = "\n".join(_narrow(["　　记者从省上市公司协会获悉，全省138家境内上市公司全部披露一季度报告，合计实现营业收入3126.4亿元，"
                                 "同比增长5.8%；盈利面达到79.7%。"], 24))
    table = ("岚江板块行情（6月13日）\n证券简称\n收盘价（元）\n涨跌幅（%）\n梧阳电气　18.62　+6.31\n桐溪精工\n24.07\n+4.85\n"
             "鹭川港务　7.93　+3.12\n嵩源五金　11.46\n-2.07")
    after = "\n".join(_narrow(["　　省上市公司协会有关负责人表示，总体来看，全省上市公司经营稳中有进，但部分公司仍面临需求不足、"
                                "成本上升等压力。"], 24))
    page = f"全省上市公司一季度营收同比增长5.8%\n本报记者　邵青梧\n{before}\n{table}\n{after}\n"
    recs = articles(split(page))
    assert [r.title for r in recs] == ["全省上市公司一季度营收同比增长5.8%"] and "稳中有进" in recs[0].text


def test_a_new_books_publisher_line_under_its_title_is_a_note():
    """'《碳中和的经济学》' / '东渚财经出版社　2035年3月' / blurb: a new-books column
    prints each book's title, then its publisher and date; the title is the
    item's headline, the publisher's line no part of it."""
    books = [("《县域的力量》", "青岚人民出版社　2035年4月", "本书以10个县的发展实践为样本，分析了县域在产业培育、城乡融合、"
              "公共服务等方面的探索与经验，提出县域是推进新型城镇化和乡村全面振兴的重要结合点。"),
             ("《碳中和的经济学》", "东渚财经出版社　2035年3月", "作者从成本、价格和激励的角度，系统阐释碳市场、碳税、绿色金融等"
              "政策工具的作用机理，并比较了不同国家推进低碳转型的路径选择与得失。")]
    page = "新书速递\n" + "\n\n".join(f"{title}\n{publisher}\n" + "\n".join(_narrow(["  " + blurb], 32))
                                     for title, publisher, blurb in books) + "\n"
    recs = articles(split(page))
    assert [r.title for r in recs] == [title for title, _, _ in books]


def test_event_details_and_a_paragraph_opening_like_a_note_label_stay_text():
    """'时间：6月15日上午9时' / '地点：市体育中心3号馆' / '报名截止：6月10日' are a
    notice's details, no fact box of figures; '本刊按照…' opens a sentence, no
    editor's note."""
    from generator.split.lines import FACT_LINE
    assert not any(FACT_LINE.match(x) for x in ("时间：6月15日上午9时", "地点：市体育中心3号馆", "报名截止：6月10日"))
    assert FACT_LINE.match("全长：312公里") and FACT_LINE.match("建设工期：46个月")
    text = ("本刊按照国家有关规定，对稿酬标准进行了调整，自今年第1期起执行。调整后，稿酬按千字计算，"
            "并根据稿件质量分档发放，请作者留意本刊公告。") * 2
    recs = split("稿酬标准调整说明\n\n" + "\n".join(_narrow(["　　" + text], 30)) + "\n")
    assert not any(r.what == "编者按" for r in recs)


def test_a_table_with_long_cells_side_by_side_is_not_two_columns():
    """Rows of project and company names, each cell six characters or more,
    parted by padding: a table's rows (no clause in any), not two columns."""
    from generator.split.columns import side_by_side
    rows = _side_by_side(["城东智能制造产业园二期工程", "滨江数据中心扩建项目", "南湖生态修复综合治理工程", "北部物流枢纽配套道路"],
                         ["汀阳建工集团有限公司", "岚江数字科技有限公司", "青岚水利建设有限公司", "鹭川交通建设有限公司"], at=34)
    assert side_by_side(rows) is None


def test_a_dotted_section_among_the_header_lines_is_the_section_not_the_headline():
    """'江城新闻·财经' printed under the date and the page number names the page's
    section; it is no part of the first headline."""
    text = ("江城晚报\n2024年12月6日 星期五\nA10\n江城新闻·财经\n\n外贸企业加快开拓国内消费市场\n\n"
            "  江城讯（记者 王小明 通讯员 李华）\n" + "\n".join(_narrow(["".join(FOREIGN)], 18)) + "\n")
    recs = articles(split(text))
    assert [r.title for r in recs] == ["外贸企业加快开拓国内消费市场"]


def test_a_headline_spread_over_a_narrow_column_ends_above_the_text_under_it():
    """'少 儿 围 棋 赛 落 幕' spread over an eleven-character column fills it
    with its spaces, but its letters fill well under it: display type, which
    does not run on into the line of text under it."""
    first = "\n".join(_narrow(["".join(FOREIGN)], 11))
    second = "\n".join(_narrow(["".join(CREDIT)], 11))
    page = f"外 贸 企 业 加 快\n开 拓 国 内 市 场\n◎晚报记者 王小明\n{first}\n少 儿 围 棋 赛 落 幕\n{second}（徐可）\n"
    recs = articles(split(page))
    assert [r.title.replace(" ", "") for r in recs] == ["外贸企业加快开拓国内市场", "少儿围棋赛落幕"]


def test_a_reporters_credit_with_the_editors_closes_the_article_above():
    """'江城晚报记者 王小明 编辑 张磊 校对 赵琳' after a text: the paper's credits
    line closing it; its editors are no authors, and it signs no article
    after it (that one names its reporter in its own dateline)."""
    first = "\n".join(_narrow(["".join(FOREIGN)], 18))
    second = "\n".join(_narrow(["".join(CREDIT)], 18))
    page = (f"外贸企业加快开拓国内消费市场\n\n  江城晚报讯（记者 王小明）{first}\n江城晚报记者 王小明 编辑 张磊 校对 赵琳\n\n"
            f"绿色信贷余额保持较快增长\n\n  江城晚报讯（记者 李华）{second}\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("外贸企业加快开拓国内消费市场", ["王小明"]),
                                                    ("绿色信贷余额保持较快增长", ["李华"])]


def test_each_name_of_a_byline_may_carry_its_papers_role():
    assert parse_byline("南方周末记者 肖雨辰 南方周末实习生 何静怡").authors == ["肖雨辰", "何静怡"]
    assert parse_byline("本报记者 王小明 通讯员 李四").authors == ["王小明", "李四"]


def test_a_standfirst_between_the_headline_and_the_byline_prefaces_the_article():
    """A headline, a sentence or two of standfirst, the byline, then the text:
    one article, whose byline signs it, not a short article and another."""
    paragraphs = [FOREIGN[0] + FOREIGN[1], FOREIGN[2] + FOREIGN[3], CREDIT[0] + CREDIT[1], CREDIT[2] + CREDIT[3]]
    body = "\n\n".join("\n".join(_narrow([p], 30)) for p in paragraphs)
    page = ("外贸企业转内销的一年\n\n当出口订单转向国内市场，外贸企业的生计也随之改变。但转型要走向规模化，仍有不少难题待解。\n\n"
            "江城周刊记者 王小明 江城周刊实习生 李华\n\n" + body + "\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("外贸企业转内销的一年", ["王小明", "李华"])]
    assert recs[0].text.rstrip().endswith(CREDIT[3])


def test_a_spreads_story_opens_on_the_facing_page_past_the_photo_caption_and_the_folio():
    """A magazine's opening spread: the headline, a standfirst, the credits
    and the photo's caption on the left page, its folio and the facing
    page's running head, then the story with no headline of its own: one
    article, the story its text (not a headless article of its own)."""
    paragraphs = [FOREIGN[0] + FOREIGN[1], FOREIGN[2] + FOREIGN[3], CREDIT[0] + CREDIT[1], CREDIT[2] + CREDIT[3]]
    body = "\n\n".join("\n".join(_narrow([p], 30)) for p in paragraphs)
    page = ("外贸企业转内销的一年\n\n当出口订单转向国内市场，外贸企业的生计也随之改变。但转型要走向规模化，仍有不少难题待解。\n\n"
            "文｜本刊记者　王小明　　编辑｜李华\n\n图｜江城港的集装箱码头，货轮正在装卸。\n摄影｜赵飞\n\n"
            "18　江城周刊　JIANGCHENG WEEKLY\n\nCOVER STORY　封面故事\n\n" + body + "\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["外贸企业转内销的一年"]
    assert recs[0].text.rstrip().endswith(CREDIT[3])


def test_a_photo_credit_may_name_the_role_first_and_the_reporter():
    assert parse_byline("图/江城晚报记者 王飞").authors == ["王飞"] and parse_byline("图/江城晚报记者 王飞").photo
    assert parse_byline("图/视觉中国") is None  # a picture agency names no one


def test_a_reporters_credit_in_brackets_run_into_the_text_gives_the_authors():
    from generator.split.bylines import split_dateline
    byline, rest = split_dateline("【环球时报驻德国特派记者 柯岚】继德国多家整车企业宣布裁员后")
    assert byline.authors == ["柯岚"] and rest.startswith("继德国")
    assert split_dateline("【中欧班列年内开行突破1.7万列】记者从国铁集团获悉") is None  # a headline in brackets


def test_a_book_notes_imprint_and_its_signature_close_the_note():
    """'（江城出版社2024年10月出版）' under a book note is its imprint, and
    the '□ 林蔚' after it signs the note: neither heads anything."""
    body = "\n".join(_narrow(["".join(FOREIGN)], 20))
    recs = articles(split(f"《城市的尺度》：在街巷之间理解城市\n\n{body}\n（江城出版社2024年10月出版）\n□ 林蔚\n\n责任编辑：赵 然\n"))
    assert [(r.title, r.authors) for r in recs] == [("《城市的尺度》：在街巷之间理解城市", ["林蔚"])]


def test_a_crosshead_opening_on_a_quoted_term_like_the_one_before_is_the_next_crosshead():
    """'“一梯一策”破解协调难' already heads a part of the report:
    '“以租代售”降低前期投入', opening on a quoted term as it does and of its
    length, is the report's next crosshead, though the text under it says
    its words again (a page of the fourth hand-made set)."""
    report = next(r for r in _page("handmade4/seeds/n05.txt") if r.title.startswith("老旧小区加装电梯"))
    assert "“以租代售”降低前期投入" in report.text and report.text.rstrip().endswith("同时加强对已投用电梯的安全监管。")


@pytest.mark.parametrize("dateline", ["江城财经网讯，", "江城晚报讯（记者 王小明）"])
def test_an_outlets_news_dateline_opens_the_text_under_a_headline_set_close(dateline):
    """Quick-news items, each a headline right over its text, the text
    opening with an outlet's dateline that carries no date ('证券时报网讯，',
    '新京报讯（记者 X）'): the line over the dateline is the item's headline."""
    items = [("北辰智控中标三亿元电网项目", "北辰智控12月4日晚间公告，公司近日收到电网公司招标采购中心发出的中标通知书，公司合计中标约三亿元。"),
             ("海川股份拟斥资最高两亿元回购", "海川股份12月4日晚间披露回购方案，公司拟使用自有资金以集中竞价方式回购公司股份，回购的股份将用于注销。")]
    page = "快 讯\n\n" + "\n".join(head + "\n" + "\n".join(_narrow([dateline + body], 16)) for head, body in items) + "\n"
    recs = articles(split(page))
    assert [r.title for r in recs] == [head for head, _ in items]


def test_a_charts_title_and_its_series_are_figure_matter_not_a_headline():
    """'图表：…' over '（单位：万千瓦）' and rows of a year and a figure,
    printed after an article and its data box: a chart, which heads no
    text (not the article above, printed after it) and whose rows are no
    running text (a page of the fourth hand-made set)."""
    recs = _page("handmade4/seeds/n08.txt")
    assert not any(r.title.startswith("图表") for r in recs)
    lead = next(r for r in recs if r.title == "新型储能装机突破7000万千瓦")
    assert lead.text.startswith("国家能源局最新数据显示") and "推动新型储能公平参与电力市场" in lead.text
    assert "2021年" not in "".join(p.text for p in lead.paragraphs if not p.figure)


def test_a_headline_right_over_a_dateline_heads_it_though_the_text_above_was_left_open():
    """Interleaved columns: a text stops mid-sentence ('…面积1.8万'), then a
    lone line stands right over a text opening with a dateline. No sentence
    goes on into a dateline, so the line is that text's headline, whatever
    word jieba reads across ('万县')."""
    page = ("茶园冬管正当时\n记者 罗静\n　　初冬时节，走进湄江镇万亩\n茶园，茶农们正忙着修剪茶树。\n　　湄江镇现有茶园面积1.8万\n\n"
            "县人民医院远程会诊中心投用\n　　本报讯（记者 王浩）12月4日\n，县人民医院远程会诊中心正\n式投入使用。患者在县医院就\n能接受三甲医院专家的会诊。\n\n"
            "亩，年产干茶2100吨，茶产业综\n合产值超过6亿元。\n")
    recs = articles(split(page))
    assert "县人民医院远程会诊中心投用" in [r.title for r in recs]


def test_a_correspondent_posted_abroad_signs_with_the_post():
    assert parse_byline("本报驻新加坡记者\u3000钱思涵").authors == ["钱思涵"]
    assert parse_byline("江城日报驻法兰克福记者 葛晓帆").authors == ["葛晓帆"]
    recs = articles(split("全球航运运价年末走高\n本报驻新加坡记者\u3000钱思涵\n\n" + "\n".join(FOREIGN) + "\n"))
    assert [(r.title, r.authors) for r in recs] == [("全球航运运价年末走高", ["钱思涵"])]


def test_the_page_number_with_its_editor_is_page_furniture():
    from generator.split.lines import is_furniture
    assert is_furniture("第2版\u3000编辑：温小满") and is_furniture("A3 责任编辑：王 丹")
    recs = articles(split("清源报\u30002026年12月2日\u3000综合新闻\n第2版\u3000编辑：温小满\n\n外贸企业加快开拓国内消费市场\n本报记者 王小明\n\n"
                          + "\n".join(FOREIGN) + "\n"))
    assert [r.title for r in recs] == ["外贸企业加快开拓国内消费市场"]


def test_a_full_name_alone_under_a_headline_over_an_indented_paragraph_is_the_byline():
    """'孔令川' under the headline, an indented paragraph under it: the
    author, though text follows right under the name; '融破局' finishing a
    word the line above began ('…科技金') is the headline's last line."""
    body = "\n".join("\u3000\u3000" + p for p in (FOREIGN[0] + FOREIGN[1], FOREIGN[2] + FOREIGN[3]))
    rec = articles(split(f"以科技创新引领现代化产业体系建设\n孔令川\n{body}\n"))[0]
    assert (rec.title, rec.authors) == ("以科技创新引领现代化产业体系建设", ["孔令川"])
    rec = articles(split(f"“人才银行”支点撬动科技金\n融破局\n{body}\n"))[0]
    assert rec.authors == [] and rec.title.replace(" ", "") == "“人才银行”支点撬动科技金融破局"


def test_a_continued_from_line_between_a_headline_and_its_byline_keeps_them_together():
    """'（上接A1版）' printed between a continued article's headline and its
    byline: the headline still heads the text under the byline."""
    recs = articles(split("险资权益投资比例上限再获松绑\n（上接A1版）\n记者　苗思远\n" + "\n".join(FOREIGN) + "\n"))
    assert [(r.title, r.authors) for r in recs] == [("险资权益投资比例上限再获松绑", ["苗思远"])]


def test_digest_items_with_bulleted_titles_run_into_their_text():
    """A digest: '●title　text…' items, the text running on over the next
    lines, then a data box of figures over their labels and a source line.
    Each item stands alone (a bullet opens an item, not a crosshead, and a
    title run into its text is no display line over the next), the box and
    the source line are other matter (a page of the sixth hand-made set)."""
    recs = _page("handmade6/seeds/q08.txt")
    titles = [r.title.lstrip("●") for r in recs]
    assert {"江州港集装箱吞吐量创新高", "首批绿色电力证书跨省交易完成", "三地联合发布人才互认清单", "跨境理财通试点扩容"} <= set(titles)
    item = next(r for r in recs if r.title.endswith("跨境理财通试点扩容"))
    assert item.text.startswith("粤港澳大湾区跨境理财通试点参与机构扩容至48家")
    assert not any(r.title.startswith(("前11个月", "（本版据")) for r in recs)


def test_a_marked_byline_is_not_taken_for_a_title_run_into_its_text():
    from generator.split.lines import split_merged
    from generator.clean import clean_lines
    lines = split_merged(clean_lines(["■ 本报记者 袁震宇 顾小立 胡旭 宋瑞", "●首批绿证跨省交易完成 西部电力交易中心组织完成首批绿色电力证书"]))
    assert [line.text for line in lines] == ["■本报记者袁震宇顾小立胡旭宋瑞", "●首批绿证跨省交易完成", "西部电力交易中心组织完成首批绿色电力证书"]


def test_a_figure_alone_under_a_headline_line_ends_the_headline():
    """'12.4%' alone under '“五一”假期重点商圈客流同比增长' is the headline's
    last line in a narrow column, not a data box's figure."""
    recs = articles(split("“五一”假期重点商圈\n客流同比增长\n12.4%\n本报记者 王小明\n\n" + "\n".join(FOREIGN) + "\n"))
    assert recs[0].title.replace(" ", "") == "“五一”假期重点商圈客流同比增长12.4%"


def test_a_name_with_the_authors_note_under_a_headline_is_the_byline():
    assert parse_byline("邝明远（作者系南江财经大学消费经济研究中心主任）").authors == ["邝明远"]
    assert parse_byline("王 芳（作者单位：江城大学）").authors == ["王芳"]
    recs = articles(split("县域消费潜力有待深挖\n邝明远（作者系南江财经大学消费经济研究中心主任）\n\n" + _indented_paragraphs(FOREIGN) + "\n"))
    assert [(r.title, r.authors) for r in recs] == [("县域消费潜力有待深挖", ["邝明远"])]


def test_a_lost_seal_notice_closed_by_its_formula_is_no_article():
    page = ("遗失声明\n滨海市嘉禾商贸有限公司不慎遗失公章一枚，编号3702030012345，声明作废。\n特此声明。\n2026年12月8日\n\n"
            "外贸企业加快开拓国内消费市场\n本报记者 王小明\n\n" + "\n".join(FOREIGN) + "\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["外贸企业加快开拓国内消费市场"]


def test_a_standfirst_in_a_ruled_box_between_headline_and_byline_prefaces_the_article():
    rule = "━" * 24
    page = (f"县城里的“隐形冠军”\n\n{rule}\n┃中部山区的一个小县城，孕育出一家占据全国近三成细分市场的\n┃制造企业。它的故事，折射出县域产业升级的机遇与难题。\n{rule}\n\n"
            "文 | 本刊记者　聂晴川\n\n" + _indented_paragraphs(FOREIGN + CREDIT) + "\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("县城里的“隐形冠军”", ["聂晴川"])]
    assert recs[0].text.rstrip().endswith(CREDIT[-1])


def test_a_caption_with_a_supplied_pictures_credit_and_a_reprint_note_head_nothing():
    """'蔡立峰　恒锐精工总经理（受访者供图）' over a sidebar's label and
    headline is a photo caption; '本文刊载于…转载请注明出处' under the
    sidebar is the publisher's note, no headline printed after its text
    (a page of the sixth hand-made set)."""
    recs = _page("handmade6/seeds/q05.txt")
    sidebar = next(r for r in recs if r.title == "对话蔡立峰：专精特新要耐得住寂寞")
    assert sidebar.authors == ["聂晴川"] and sidebar.text.startswith("问：很多县城企业都想转型")
    assert "这方面还要下更大功夫" in sidebar.text and not any(r.title.startswith("本文刊载于") for r in recs)


def test_a_table_set_as_text_is_figure_matter_and_no_headline():
    """'表：…' over a head row and rows whose cells are parted by spaces,
    two or more of them figures: a table inside the article, which heads
    nothing (a page of the sixth hand-made set)."""
    recs = _page("handmade6/seeds/q02.txt")
    assert not any(r.title.startswith(("表", "工厂")) for r in recs)
    brokers = next(r for r in recs if r.title == "多家上市券商调整财富管理架构")
    assert brokers.text.startswith("年末将至") and "越南" not in brokers.text


def test_readers_letters_and_follow_ups_each_stand_alone_with_their_signatures():
    """A reader's letter signed '读者 X（江西南昌）', then '记者回访' over the
    follow-up's headline and text signed '本报记者 X 回访', twice: each letter
    and each follow-up is an article with its own author."""
    letter = ["我家住在一个偏远的村子，离县城有30多公里。村里通了公交车，但每天只有早晚两班，错过了就只能等第二天。",
              "村里年轻人大多外出打工，留下的多是老人，老人们去县城看病很不方便。希望有关部门能适当增加班次。"]
    reply = ["收到来信后，记者联系了县交通运输局。该局负责人介绍，全县有农村客运线路86条，部分偏远线路客流量小。",
             "针对群众反映的问题，县里正在试点预约响应公交服务，村民提前一天预约，公交公司根据预约情况安排车辆。"]
    def column(paragraphs: list[str]) -> str:  # 28 characters a line, the first indented by two
        return "\n".join("\u3000\u3000" + p[:26] + "\n" + "\n".join(_narrow([p[26:]], 28)) for p in paragraphs)

    pair = ("读者来信\n{0}\n" + column(letter) + "\n读者　{1}（江西南昌）\n\n记者回访\n{2}\n" + column(reply)
            + "\n本报记者　{3}　回访\n\n")
    page = (pair.format("乡村公交班次太少出行不便", "符春生", "乡村公交将推行预约响应服务", "邬静怡")
            + pair.format("小区快递柜超时收费不合理", "闻雅琴", "快递柜超时收费问题已督促整改", "卞子墨"))
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("乡村公交班次太少出行不便", ["符春生"]), ("乡村公交将推行预约响应服务", ["邬静怡"]),
                                                    ("小区快递柜超时收费不合理", ["闻雅琴"]), ("快递柜超时收费问题已督促整改", ["卞子墨"])]


def test_a_reporters_role_and_name_run_into_the_first_line_give_the_authors():
    from generator.split.bylines import split_dateline
    byline, rest = split_dateline("本报记者　虞秋实　走进沂北县城东的青")
    assert byline.authors == ["虞秋实"] and rest == "走进沂北县城东的青"
    assert split_dateline("本报记者 王小明 北京报道") is None
    rec = articles(split("沂北县老旧厂房变身创业园\n　　本报记者　虞秋实　走进沂北县城东的青\n禾创业园，红砖厂房保留着上世纪七十年代的\n"
                         "模样，里面却是直播间、设计工作室和小型加\n工车间。\n"))[0]
    assert rec.authors == ["虞秋实"]


def test_two_long_phrases_over_a_short_line_do_not_make_the_short_line_a_deck():
    """A two-part headline of short phrases ('混合产品受宠 权益理财回暖') may
    have a deck under it; two phrases each longer than the line under them
    are no such headline, and the line under them is no deck."""
    rec = under_headline("海外市场需求回暖叠加产品结构优化　龙头企业海外收入占比超过一半\n工程机械出口量价齐升")
    assert "工程机械出口量价齐升" in rec.title.replace(" ", "") and rec.subtitle is None


def test_a_dotted_section_with_its_page_and_a_chief_editor_are_the_page_header():
    from generator.split.lines import is_furniture
    assert is_furniture("民生·A07 首席编辑 甘露")
    recs = split("江城晚报\n2027年3月12日 星期五\n民生·A07\n首席编辑 甘露\n\n外贸企业加快开拓国内消费市场\n◎记者 沈晓桐\n" + "\n".join(FOREIGN) + "\n")
    assert [(r.title, r.kicker) for r in articles(recs)] == [("外贸企业加快开拓国内消费市场", None)]
    assert articles(recs)[0].page == "A07 民生"


def test_a_sidebar_under_its_bracketed_label_and_a_credit_with_bars_close_the_feature():
    """'【延伸阅读】' over a headline at a feature's end opens the sidebar, no
    crosshead of the feature, though both are on one subject; '编辑｜郝知秋
    美编｜栾小白' is the editors' credit, no headline printed after the text
    above (a page of the seventh hand-made set)."""
    recs = _page("handmade7/seeds/r05.txt")
    titles = [r.title for r in recs]
    assert "预制菜国家标准制定工作加快推进" in titles and not any(t.startswith("编辑") for t in titles)
    feature = next(r for r in recs if r.title == "一座小城的预制菜突围")
    assert "预制菜国家标准" not in feature.text


def test_a_charts_bars_under_its_title_and_a_production_credit_are_no_text():
    """'国债　28650' rows under '图表：…' are the chart's bars, no running
    text of the article after it; '编辑　童暮云　制作　谭小川' is the page's
    credit, no kicker (a page of the seventh hand-made set)."""
    recs = _page("handmade7/seeds/r03.txt")
    lead = next(r for r in recs if r.title == "一季度债券市场融资规模稳中有升")
    assert lead.kicker is None and [p.text for p in lead.paragraphs if not p.figure][-1].endswith("全年信用债发行规模有望保持增长。")
    assert any(p.figure and p.text.startswith("国债") for p in lead.paragraphs)
    insurers = next(r for r in recs if r.title == "险资权益投资比例有望稳步提升")
    assert insurers.text.startswith("保险资金作为长期资金")


def test_a_line_opening_with_the_reporters_credit_and_running_on_is_text_not_a_byline():
    """'本报记者　闵若溪　初春时节，河湾镇万' under a headline: the text runs on
    after the names (its first line), while '本报通讯员 孙洋桂 记者 钟雪 蒋瑶怡'
    is a byline line, roles between its names."""
    assert parse_byline("本报记者　闵若溪　初春时节，河湾镇万") is None
    assert parse_byline("本报通讯员 孙洋桂 记者 钟雪 蒋瑶怡").authors == ["孙洋桂", "钟雪", "蒋瑶怡"]
    page = ("河湾镇稻虾共养亩均增收两千元\n　　本报记者　闵若溪　初春时节，河湾镇万\n亩稻虾共养基地里，农户们正忙着清理沟渠、\n投放虾苗。\n"
            "　　“一季稻一季虾，一亩地能多挣两千元。”\n种养大户蒙德昌承包了300亩稻田，去年纯收\n入超过50万元。\n")
    rec = articles(split(page))[0]
    assert (rec.title, rec.authors) == ("河湾镇稻虾共养亩均增收两千元", ["闵若溪"]) and "初春时节" in rec.text[:20]


def test_a_correspondents_role_is_no_dateline():
    """'本报通讯员 X' and '本报电视台记者' hold 讯 and 电, but no dateline ends there."""
    from generator.split.bylines import split_dateline
    assert split_dateline("本报通讯员 孙洋桂 记者 钟雪 蒋瑶怡") is None
    assert split_dateline("本报讯（记者 王小明）今年以来")[0].authors == ["王小明"]


def test_watchwords_over_one_long_phrase_are_its_kicker():
    """'扎实推进乡村振兴　建设宜居和美乡村' (two phrases set apart) over one
    unbroken statement of the news: the watchwords are the kicker."""
    rec = under_headline("扎实推进乡村振兴　建设宜居和美乡村\n全市农村生活污水治理率达到百分之六十五")
    assert rec.title == "全市农村生活污水治理率达到百分之六十五"
    assert rec.kicker.replace(" ", "").replace("\u3000", "") == "扎实推进乡村振兴建设宜居和美乡村"


def test_a_space_between_two_names_wrapped_to_the_next_line_is_no_indent():
    """'（记者　甲　乙）' broken at the column's edge after the first name: the
    next line starts with one full-width space, less than the page's
    two-space paragraph indent. The text runs on and both reporters sign it."""
    page = ("海洋经济规模稳步扩大\n\n"
            "\u3000\u3000新华社青岛4月2日电（记者\u3000伍晓岚\n"
            "\u3000乔嘉树）记者从有关方面获悉，沿海各\n"
            "地海洋产业加快发展，一季度海洋生产总\n"
            "值同比增长百分之五点八。\n\n"
            "\u3000\u3000海洋渔业、海洋交通运输业平稳发展，\n"
            "海上风电新增装机明显增加。\n")
    recs = articles(split(page))
    assert len(recs) == 1 and recs[0].authors == ["伍晓岚", "乔嘉树"]
    assert "（记者" in recs[0].paragraphs[0].text or recs[0].paragraphs[0].text.startswith("记者从")


def test_a_page_header_may_print_its_figures_full_width():
    """'今日16版　第１版　要闻': short fields around the page's number, its
    figures set full width, are the page's header, not a headline."""
    page = ("今日16版\u3000第１版\u3000要闻\n\n海洋经济规模稳步扩大\n本报记者 王小明\n\n" + "\n".join(FOREIGN) + "\n")
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["海洋经济规模稳步扩大"]


def test_a_dateline_with_its_staff_alone_on_a_line_is_the_byline():
    """'本报讯　记者　甲' alone under the headline, the text flush under it:
    the line is the byline. Indented, the same words open a paragraph whose
    names may run on to the next line ('通讯员 乙' / '丙…'), and stay text."""
    page = ("海岳科技拟增发募资十亿元\n本报讯　记者　韩子墨\n"
            + "\n".join(FOREIGN) + "\n")
    rec = articles(split(page))[0]
    assert rec.authors == ["韩子墨"] and rec.paragraphs[0].text.startswith("今年以来")
    page = ("佛山调整高温时段户外作业时间\n\n  南都讯 记者 梁 韵 通讯员 何\n"
            "文涛 昨日，佛山市人社局发布通知，要求各\n用人单位合理安排户外作业时间。\n\n  " + "\n".join(FOREIGN) + "\n")
    rec = articles(split(page))[0]
    assert "何" in "".join(rec.authors) or rec.paragraphs[0].text.startswith("南都讯")
    assert not any(a == "何" for a in rec.authors)


def test_a_bulleted_bracketed_title_runs_into_its_item():
    """'▲【title】text…': a digest item's headline in brackets behind a
    bullet, its text run on after it: one article per item."""
    page = ("国际简讯\n"
            "  ▲【东盟多国加快建设跨境电力联网】据当地媒体报道，为满足用电需求增\n"
            "长，东盟多国正加快推进跨境电力联网项目建设，预计年内再有两条线路投运。\n"
            "  ▲【多国央行上调黄金储备比例】多国央行近日公布的数据显示，其黄金储备\n"
            "占外汇储备的比例继续上升，分析人士认为这一趋势还将延续。\n")
    assert [r.title.strip("▲【】") for r in articles(split(page))] == ["东盟多国加快建设跨境电力联网", "多国央行上调黄金储备比例"]


def _double_spaced(text: str) -> str:
    return "\n\n".join(text.split("\n"))


def test_a_page_extracted_with_a_blank_line_after_every_line_reads_as_printed():
    """Blank lines after every line of a narrow column part nothing: the
    page reads as it does without them, line numbers still the file's."""
    from generator.split.spacing import double_spaced
    narrow = ("夜市集开市\n□晚报记者　章小鸥\n　　过去散落在路边\n的流动摊贩，如今有\n了固定的“家”。\n"
              "　　昨晚，位于东湖\n路的夜市集开市，\n一百个摊位统一规\n划、统一管理。\n"
              "旧衣回收箱满了\n　　不少市民反映，\n小区里的旧衣回收\n箱经常塞满，衣物\n散落一地。\n"
              "　　记者了解到，回\n收企业承诺将清运\n频次由每周一次增\n加到每周两次。\n"
              "　　社区也将增设两\n个回收点，方便居\n民投放旧衣物。\n")
    single = [(r.title, r.paragraphs[0].text) for r in articles(split(narrow))]
    assert len(single) == 2
    double = _double_spaced(narrow)
    assert double_spaced(double.split("\n")) and not double_spaced(narrow.split("\n"))
    records = articles(split(double))
    assert [(r.title, r.paragraphs[0].text) for r in records] == single
    lines = double.split("\n")
    assert lines[records[1].lines[0] - 1] == "旧衣回收箱满了"


def test_a_flowing_page_with_a_blank_after_each_paragraph_is_not_double_spaced():
    from generator.split.spacing import double_spaced
    paragraphs = ["今年以来，全省外贸企业加快拓展国内市场，一批出口产品转内销售。"] * 25
    assert not double_spaced("\n\n".join(paragraphs).split("\n"))
    column = ["全省外贸企业加快拓展", "国内市场，一批出口产"] * 12
    assert not double_spaced(("\n\n".join(column[:10]) + "\n\n\n" + "\n\n".join(column[10:])).split("\n"))


def test_the_duty_editors_credit_is_no_headline():
    """'值班编辑　X' among the header lines is an editor's credit, not a
    line of the headline under it."""
    page = "值班编辑　左依依\n\n夜市集开市\n本报记者 王小明\n\n" + "\n".join(FOREIGN) + "\n"
    assert [r.title for r in articles(split(page))] == ["夜市集开市"]


def test_a_text_closed_by_its_authors_note_stays_closed_past_a_photo_caption():
    """'（作者单位：…）' ends the feature; a caption ('图｜…') printed after it
    does not reopen it: the display line after them heads a box of its own."""
    page = ("县城青年的新选择\n\n文｜葛思远\n\n"
            "　　早上九点，县城东的一家咖啡馆刚刚开门，年轻的设计师已经打开电脑，处理上海公司发来的需求。\n\n"
            "　　两年前，她还在上海一家广告公司上班，每天通勤两个小时。疫情期间她回老家待了一个月，发现工作并没有受影响。\n\n"
            "（作者单位：江南大学社会学院）\n\n"
            "图｜县城老街上的一家独立书店。受访者供图\n\n"
            "返乡青年的三本账\n\n"
            "　　收入账：受访返乡青年中，约六成表示收入较在大城市时有所下降，但扣除房租和通勤后基本持平。\n\n"
            "　　时间账：返乡青年平均每天通勤时间由大城市的约八十分钟缩短至二十分钟左右。\n")
    assert [r.title for r in articles(split(page))] == ["县城青年的新选择", "返乡青年的三本账"]


CONTENTS_PAGE = ("目　录\n卷首语\n01　秋天的约会　／孟知远\n封面故事\n08　县城书店：一本书里的小城生意经\n"
                 "　　从省会到县城，书店正在成为年轻人新的社交空间。\n16　返乡青年：在家门口创业\n"
                 "产业观察\n24　一颗脐橙的数字化之路　／文　钟晓岚\n30　预制菜下乡，是机会还是陷阱？\n"
                 "人物\n36　老铁匠的新徒弟\n　　七十岁的铁匠和他的三个徒弟，一起让老手艺走进了直播间。\n编读往来　62　　征订启事　64\n\n"
                 "卷首语\n秋天的约会\n\n"
                 "　　每年九月，编辑部都会收到一批来自乡村的来信，有人写第一次秋收。\n"
                 "　　这些文字未必华丽，却带着泥土的温度，让我们相信乡村有自己的节奏。\n"
                 "　　本期封面故事，我们把目光投向县城里的书店和开书店的年轻人。\n"
                 "本刊主编　孟知远\n")


def test_lines_under_a_contents_heading_are_the_contents():
    """Under '目　录' every line up to the blank is the table of contents
    (entries with their page first, section labels, blurbs): none is an
    article. The editor's letter after it, three paragraphs, is one."""
    recs = split(CONTENTS_PAGE)
    assert [r.title for r in articles(recs)] == ["秋天的约会"]
    assert articles(recs)[0].authors == ["孟知远"]


def test_prose_that_gives_an_address_is_text():
    """'…将在本刊陆续刊发。投稿邮箱：' / 'abc@example.cn。': a sentence that
    names a contact stays in its article, the address closing it."""
    page = ("本刊秋季征文活动启动\n\n"
            "　　本刊讯　由本刊主办的第五届秋季征文活动日前启动。征文面向全国\n"
            "读者，题材不限，散文、纪实、小说均可，字数在三千字以内。\n\n"
            "　　征文截止日期为2028年10月30日，获奖作品将在本刊陆续刊发。投稿邮箱：\n"
            "zhengwen@example.cn。\n")
    rec = articles(split(page))[0]
    assert rec.text.endswith("zhengwen@example.cn。") and "投稿邮箱" in rec.text


def test_bracketed_titles_run_into_their_items_under_a_columns_label():
    """'微言' over '【“免密支付”不能免责】一些App…' and '【退订按钮别藏太深】…':
    each bracket the text runs on from is an item's headline, not a label."""
    page = ("微言\n【“刷脸支付”不能免责】一些App在用户不知情的情况下默认开通刷脸支付，\n"
            "扣费时也不及时提醒。便捷不能以牺牲知情权为代价。（柯一苇）\n"
            "【取消按钮别藏太深】订阅一键就能开通，取消却要翻五六层菜单。这种“进门容\n"
            "易出门难”的设计，说到底是在和用户玩捉迷藏，应当纳入监管视野。（闻笛）\n")
    titles = [r.title.replace(" ", "") for r in articles(split(page))]
    assert len(titles) == 2 and "取消按钮别藏太深" in titles[1] and "刷脸支付" in titles[0]


def test_a_bulleted_name_with_a_post_under_a_headline_is_the_byline():
    """'■ 陶若谷　滨江市社会科学院研究员' under an op-ed's headline."""
    assert parse_byline("■ 陶若谷　滨江市社会科学院研究员").authors == ["陶若谷"]
    assert parse_byline("■数字赋能 产业升级研究员") is None


def test_a_headline_under_a_boxs_label_heads_the_box_not_the_text_above():
    """A Q&A, then '政策速览' over '…三大要点' over a short numbered list:
    the labelled headline opens the box; the Q&A above stays whole."""
    page = ("推动公共数据资源规范开放\n——有关负责人就《公共数据开放管理办法》答记者问\n\n"
            "　　新华社北京3月9日电（记者　符雨桐）近日，有关部门印发《公共数据开放管理办法》，\n"
            "有关负责人就《办法》的主要内容回答了记者提问。\n"
            "　　问：《办法》出台的背景是什么？\n\n"
            "　　答：公共数据开放是数据要素市场的基础，近年来各地积累了经验，也存在开放标准不一等问题。\n\n"
            "　　问：哪些公共数据可以开放？\n\n"
            "　　答：《办法》明确，依法可以开放、具有一定价值的公共数据，应当按照目录有序开放。\n\n"
            "　　问：下一步如何推动《办法》落地？\n\n"
            "　　答：我们将会同有关部门建设统一的公共数据开放平台，加强对开放活动的监督。\n\n"
            "政策速览\n公共数据开放管理办法三大要点\n\n"
            "　　1．统一开放目录，实行统一的数据开放标准。\n\n"
            "　　2．明确开放范围，分为无条件开放和有条件开放两类。\n\n"
            "　　3．加强安全管理，建立开放数据的安全评估制度。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["推动公共数据资源规范开放", "公共数据开放管理办法三大要点"]
    assert recs[0].text.rstrip().endswith("加强对开放活动的监督。")


def test_a_code_box_set_into_a_column_is_no_headline_and_the_text_goes_on():
    """'扫码关注' / '晚报汽车频道' / '看更多用车攻略' between two lines of one
    article (the line after the box flush on a page that indents): the box
    is an advert's, and the text after it stays in the article."""
    page = ("春季出游前这几项检查别忽视\n本报记者　姜沐晨\n\n"
            "  天气转暖，自驾出游的市民多了起来。汽修专家\n提醒，车辆经过一个冬天，出行前最好做一次全面\n检查。\n"
            "  首先是轮胎。冬季气温低，轮胎气压容易偏低，\n出行前应按照标准气压补气。\n"
            "  其次是刹车和灯光。长途行驶前要检查刹车片厚\n度，确认前后灯光、转向灯工作正常。\n"
            "扫码关注\n晚报汽车频道\n看更多用车攻略\n"
            "电动车车主还要提前规划充电路线，避开节假日高\n速服务区的充电高峰。\n"
            "  此外，雨刮片、冷却液和车载应急物品也不能忽\n视，以备不时之需。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["春季出游前这几项检查别忽视"]
    assert recs[0].text.rstrip().endswith("以备不时之需。") and "看更多用车攻略" not in recs[0].text


def test_a_bare_name_under_a_texts_last_sentence_signs_it():
    """'…一点一滴的变化。' / '詹远帆' / blank: a reporter's notes signed with the
    name alone under the text."""
    page = ("记者手记\n镜头里的春天\n"
            "　　拍春耕，最好的光线在清晨。天刚亮，我们就赶到了田头，插秧机已经下了田。\n"
            "　　二十年前第一次拍春耕，画面里是弯着腰的人群；如今取景框里更多的是农机和无人机。\n"
            "　　按下快门的那一刻，我想，镜头能记录的，不只是季节的更替，也是乡村的变化。\n"
            "詹远帆\n\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("镜头里的春天", ["詹远帆"])]


def test_a_photo_credit_may_say_what_kind_of_photo_it_is():
    assert parse_byline("本报记者　詹远帆　摄（无人机照片）").authors == ["詹远帆"]
    assert parse_byline("本报记者　詹远帆　摄（无人机照片）").photo


def test_the_pages_photo_credit_is_one_line_of_staff_credit():
    """'本版照片除署名外均为本报记者摄' credits every photo of the page: an
    editor's line, not a caption '本版照片除署名外均为' over '本报记者摄'."""
    recs = split("江上新桥合龙\n\n" + "\n".join(FOREIGN) + "\n\n本版照片除署名外均为本报记者摄\n")
    assert not [r for r in recs if r.kind == "brief"]
    assert any(r.kind == "other" and "本版照片除署名外均为本报记者摄" in r.text for r in recs)


def test_a_genre_label_in_brackets_run_into_the_headline_is_its_section():
    """'【短评】出海更要重质量': the label goes to the section, the headline
    is the rest; a place in brackets ('【合肥】…') stays in a digest title."""
    rec = under_headline("【短评】出海更要重质量")
    assert rec.title == "出海更要重质量" and "【短评】" in (rec.section or "")
    rec = under_headline("【合肥】新能源汽车产量同比增长四成")
    assert rec.title.startswith("【合肥】")


def test_a_clause_set_apart_above_a_headline_of_another_length_is_its_kicker():
    """'文物是不可再生的文化资源' / blank / '让文物“活”起来，也要让文物“留”下来':
    two lines set apart, not parallel (two parts of a headline are short and
    near one length), so the upper is the kicker. A phrase that waits for its object
    ('以新质生产力推动' / '制造业高端化智能化绿色化') goes on whatever the lengths."""
    page = "文物是不可再生的文化资源\n\n让文物“活”起来，也要让文物“留”下来\n\n本报记者 王小明\n\n" + "\n".join(FOREIGN) + "\n"
    assert articles(split(page))[0].title == "让文物“活”起来，也要让文物“留”下来"
    page = "以新质生产力推动\n\n制造业高端化智能化绿色化\n\n本报记者 王小明\n\n" + "\n".join(FOREIGN) + "\n"
    assert articles(split(page))[0].title.replace(" ", "") == "以新质生产力推动制造业高端化智能化绿色化"


def test_a_line_of_clauses_far_longer_than_the_short_title_above_is_the_standfirst():
    """'县城里的“新青年”' over '返乡创业、远程办公、开一家小店，县城正在成为
    年轻人的另一种选择': the long line of clauses is the standfirst."""
    rec = under_headline("县城里的“新青年”\n返乡创业、远程办公、开一家小店，县城正在成为年轻人的另一种选择")
    assert rec.title == "县城里的“新青年”" and rec.subtitle.startswith("返乡创业")


def test_a_byline_naming_other_reporters_than_the_dateline_below_goes_with_the_text_above():
    """Headline and byline '文/王小明' printed after their text, above a text
    whose dateline names another reporter ('本报讯（记者 李四）'): an article
    credits the same people in its byline and its dateline, so the pair heads
    the text above, and the headline printed last on the page heads the second."""
    fore = "\n".join(FOREIGN)
    page = (f"{BODY_A}\n\n资金流向何处\n文/王小明\n\n本报讯（记者 李四）{fore}\n"
            "今年已有一千多家外贸企业入驻平台，销售额同比增长三成。\n\n转内销的新路\n")
    arts = articles(split(page))
    assert [(r.title, r.authors) for r in arts] == [("资金流向何处", ["王小明"]), ("转内销的新路", ["李四"])]


def test_a_word_read_by_chance_across_the_join_with_the_column_before_does_not_settle_whose_column_it_is():
    """A1 B1 A2: A1 stops at '…记者采访时说，近' and B1 at '…截至11月30日'; A2
    opens '日，某网络平台…'. Read after B1 jieba finds '日日' across the join,
    after A1 it finds '近日': both read on, so what the columns say decides,
    and A2 goes back to A."""
    a1 = ("小微企业经营贷利率和银行五年期大额存单利率确实存在倒挂现象，"
          "有人借经营贷买大额存单套利，一位银行人士接受记者采访时说，近")
    b1 = ("国家自然科学基金委员会昨天发布了年度中国科学十大进展，人工智能大模型、量子计算和基因组研究等成果入选。"
          "遴选活动已经连续举办十九届，由专家推荐、初选、终选和审议，入选成果的发表时间截至11月30日")
    a2 = ("日，某网络平台上的一位主播分享了用经营贷套利的操作，银行人士认为经营贷套利属于贷款资金的违规使用，"
          "银行应加强对小微企业经营贷资金用途的把控。")
    text = (f"灰色套利者：利用经营贷投大额存单\n\n本报记者 王小明\n\n{_column(a1)}\n\n"
            f"年度科学十大进展发布\n\n本报记者 李四\n\n{_column(b1)}\n\n{_column(a2)}\n")
    recs = articles(split(text))
    assert [r.title for r in recs] == ["灰色套利者：利用经营贷投大额存单", "年度科学十大进展发布"]
    assert recs[0].text.replace("\n", "").endswith("资金用途的把控。")


def test_a_headline_after_an_editors_note_opens_an_article_of_its_own():
    """'解读…报告' / '编者按/…本报选取几个典型行业加以解读。' / '布局未来产业…': the
    note introduces articles printed under their own headlines, so the
    headline after it opens an article instead of being a crosshead of the
    note, however much the two share their subject."""
    note = ("编者按/日前，中国社会科学院工业经济研究所撰写的《中国工业发展报告》正式发布。《报告》以工业高质量发展与"
            "现代化产业体系建设为主题，从产业、区域、企业三个层次深入研究，系统阐述了建设现代化产业体系的途径与措施。"
            "本报选取几个典型行业加以解读。")
    # one paragraph to a line, as a flowing layout prints them (where a lone
    # display line between paragraphs is otherwise a crosshead)
    body = ["未来产业是指代表科技和产业长期发展方向的产业，目前大多处于孕育孵化阶段。",
            "《报告》认为，发展未来产业是建设现代化产业体系的关键一步，我国未来产业起步较晚但发展迅速。"] + [
            f"《报告》表示，{field}领域的未来产业仍处于发展的初级阶段，需要加强前瞻布局和政策支持，打造实体经济创新发展新引擎。"
            for field in ("人工智能", "量子信息", "生物制造", "商业航天", "新型储能", "氢能", "脑机接口", "低空经济", "新材料")]
    everything = split(f"解读《中国工业发展报告》\n\n{note}\n\n布局未来产业 打造实体经济创新发展新引擎\n\n"
                       + "\n\n".join(body) + "\n")
    recs = articles(everything)
    assert [r.title.replace(" ", "") for r in recs] == ["布局未来产业打造实体经济创新发展新引擎"]
    assert any(r.what == "编者按" and "典型行业" in r.text for r in everything)  # the note itself: no article, kept
    assert recs[0].text.startswith("未来产业是指")


def test_text_shared_by_two_headlines_is_cut_after_the_first_articles_end_matter():
    """The author's note ('（作者单位：…）') closes the first article: where two
    articles share a text, the second opens after it, even when its first
    paragraphs still echo the first headline."""
    first = ["创新药出海正在提速，多家药企的创新药在海外获批上市，授权交易金额屡创新高。",
             "业内人士表示，创新药出海考验企业研发实力，药企要形成差异化的竞争优势。"]
    second = ["和创新药出海提速一样，汽车出海也在提速：一艘载有国产汽车的滚装船近日驶离南沙港。",
              "创新药企业靠研发出海，汽车企业同样如此，整车企业的竞争力不断增强。",
              "中国汽车出口去年首次位居全球第一，汽车出口不应仅以数量论英雄，汽车企业的海外布局才刚刚开始。"]
    text = _between_two_headlines(_indented_paragraphs(first) + "\n（作者单位：某大学经济学院）\n"
                                  + _indented_paragraphs(second))
    recs = articles(split(text))
    assert [r.title for r in recs] == ["创新药出海提速", "中国汽车出口登顶之后"]
    assert recs[1].text.startswith("和创新药出海提速一样")


@pytest.mark.parametrize("byline", ["", "本报记者 谭伦 乌鲁木齐报道\n\n"])
def test_a_headline_line_holding_a_speakers_colon_goes_on_in_the_line_under_it(byline):
    """'全国人大代表鹿新弟：转换国六排放监管模式' set solid over '消除柴油发电机组
    市场竞争壁垒', over a narrow column: what the speaker says starts after the
    colon and goes on in the line below, so the two lines are one headline (a
    kicker ends with the speaker's colon, or holds none)."""
    body = "\n".join(_column("  " + p) for p in ["今年以来，全省外贸企业加快拓展国内市场，一批出口产品转内销售，企业负责人表示订单排到了下个季度。",
                                                 "此外，多家电商平台推出专项扶持计划，为外贸企业提供流量和物流支持，帮助企业降低转型成本。"])
    (rec,) = articles(split(f"全国人大代表鹿新弟：转换国六排放监管模式\n消除柴油发电机组市场竞争壁垒\n{byline}{body}\n"))
    assert rec.title.replace(" ", "") == "全国人大代表鹿新弟：转换国六排放监管模式消除柴油发电机组市场竞争壁垒" and rec.kicker is None


def test_a_headline_wrapped_inside_a_quotation_is_one_headline_though_its_first_line_is_set_in_phrases():
    """'淘特回归淘宝 为期一年的漫长“' / '迁徙”': the quotation mark opened on the
    first line closes on the second, so the line runs on, whatever the space
    between its phrases says; read apart, it was taken for text."""
    body = "\n".join(_column("  " + p) for p in ["新华社南宁12月3日电（记者苏浩）曾被认为是对标拼多多秘密武器的淘特，如今回归淘宝。",
                                                 "日前，据报道称，淘特将淡出历史舞台，平台上的商家和商品都将迁回淘宝。"])
    page = "2024年3月5日 星期二 第5版\n\n" + "\n".join(_column("  " + p) for p in FOREIGN) + \
        f"\n\n淘特回归淘宝 为期一年的漫长“\n迁徙”\n\n{body}\n"
    arts = articles(split(page))
    assert arts[-1].title.replace(" ", "") == "淘特回归淘宝为期一年的漫长“迁徙”" and arts[-1].authors == ["苏浩"]


def test_a_headline_line_ending_on_a_coverb_goes_on_in_the_next_line():
    """'创新药如何从' / '中国新到全球新?': a coverb alone at a line's end waits
    for its object, so the two short lines are one headline, not a line of
    text and a headline of its own."""
    body = "\n".join(_column(p, 26) for p in ["本报天津1月25日讯（记者 郭轩海）提前20多天通过审评、获批后48小时内开出首张处方，这是中国创新药出海的故事。",
                                              "“2023年对于我们来说是重要的一年，我们完成了在美国、欧洲和日本的上市许可申请提交。”"])
    page = f"专题 2022年1月25日 星期二\n\n创新药如何从\n中国新到全球新?\n{body}\n"
    arts = articles(split(page))
    assert [a.title.replace(" ", "") for a in arts] == ["创新药如何从中国新到全球新?"]


def test_text_shared_by_two_headlines_is_cut_between_the_two_paragraphs_that_share_least():
    """A paragraph that goes on with the one before it ('…降低动画制作成本…' /
    '“动画通常分为…”') but names neither headline stays on its side: the cut
    goes where the paragraphs on either side of it share least, not only where
    the wide stretches either side turn to their own headlines."""
    first = ["视频生成模型Sora发布后，网文平台纷纷测试用它把网络小说改编成短视频，网文IP变现的成本有望下降。",
             "多位影视行业从业者告诉记者，目前大模型在影视动画制作中的应用更多是生成宣传海报和拆解剧本，降低动画制作成本的作用还不明显。",
             "“动画通常分为二维和三维两种，三维动画的模型可以多次利用，制作中期的建模、绑定、灯光、渲染都很费工。”一位动画导演说，动画是最先受益的环节。"]
    second = ["伴随着银行小微企业经营贷款利率越来越低，市场上已经出现了利率倒挂现象，这给了一些人套利的空间。",
              "一些中介把经营贷包装成低息资金，引导借款人购买大额存单赚取利差，这种套利行为属于违规使用贷款资金。",
              "业内人士表示，银行应加强贷款资金用途的监控，监管部门也应加大检查力度，杜绝资金空转。"]
    text = "Sora扰动网文界 IP变现成本有望下降\n\n" + _indented_paragraphs(first + second) + "\n\n灰色套利者：利用经营贷投大额存单？\n"
    recs = articles(split(text))
    assert [r.title for r in recs] == ["Sora扰动网文界 IP变现成本有望下降", "灰色套利者：利用经营贷投大额存单？"]
    assert recs[1].text.startswith("伴随着银行小微企业")


def test_a_headline_after_a_caption_closed_by_its_credit_is_a_headline():
    """'…跑步、骑行。 本报记者 朱华' / '摄' closes the caption as a full stop
    would: the line after it is not the rest of an open sentence but the
    next article's headline."""
    caption = "那段日子，团队成员几乎以试\n验站为家。初夏时节，漫步在青\n龙河畔，不时有市民在步道上\n跑步、骑行。 本报记者 朱华\n摄"
    body = "\n".join(_column(p) for p in ["    自本市生活垃圾管理条例实施以来，垃圾分类已走过第三个年头，越来越多的居民养成了分类投放的习惯。",
                                          "    成绩来之不易，但也要清醒地看到，一些小区出现了“回潮”现象，分类桶成了摆设。"])
    page = "\n".join(_column("    " + p) for p in FOREIGN) + f"\n\n{caption}\n\n垃圾分类贵在持之以恒\n\n{body}\n"
    arts = articles(split(page))
    assert "垃圾分类贵在持之以恒" in [a.title for a in arts]


def test_a_headline_after_photo_news_whose_last_line_ends_a_word_is_a_headline():
    """Photo news: '　　5月9日晚，…日均客流超' / '过2万人次。' / its credit,
    then a flush line and an indented paragraph. The last line of the photo's
    text finishes a word begun on the line above, so no caption starts there
    cutting a sentence: the flush line after the credit heads the next article."""
    photo = ["夜市点亮老街区", "　　5月9日晚，河坊老街夜市人头攒动。今", "年以来，当地对老街进行业态升级，引入特色小吃、",
             "文创市集和非遗展演等120余个摊位，日均客流超", "过2万人次。", "　　　　　　　　本报记者　邵子衿　摄"]
    news = ["一季度居民人均可支配收入增长5.8%", "　　市统计局日前发布数据，一季度全市居民",
            "人均可支配收入18426元，同比增长5.8%。其中，", "城镇居民人均可支配收入21937元，增长5.2%；农",
            "村居民人均可支配收入11384元，增长7.1%。"]
    records = [r for r in split("\n".join(photo + news) + "\n") if r.kind != "other"]
    assert [(r.kind, r.title) for r in records] == [("brief", "夜市点亮老街区"), ("article", "一季度居民人均可支配收入增长5.8%")]
    assert records[0].authors == ["邵子衿"]


def test_a_line_set_apart_over_a_dateline_is_a_headline_though_the_text_before_stops_open():
    """'…记者从市教育局获悉，从今年秋季学' (a column cut off) / blank /
    '科研评价改革，“破四唯”之后立什么？' / blank / '本报讯（记者 柏思远）…':
    the line closes no sentence with a full stop and stands over a dateline
    with only a blank line between, so it is that article's headline, not
    the rest of the open sentence."""
    body = _column("本报讯（记者 柏思远）近年来，科研评价改革持续推进，“唯论文、唯职称、唯学历、唯奖项”的倾向得到一定程度扭转。"
                   "但在一些高校和科研院所，仍能听到这样的声音：“不看论文，那看什么？”这是改革深化必须回答的问题。", 24)
    page = (_column("本报讯（记者 吴佩玲）记者从市教育局获悉，本市中小学将推行每天一节体育课，各校已完成课表调整，从今年秋季学", 24)
            + f"\n\n科研评价改革，“破四唯”之后立什么？\n\n{body}\n")
    titles = [a.title for a in articles(split(page))]
    assert "科研评价改革，“破四唯”之后立什么？" in titles


def test_a_short_line_ending_on_a_speakers_colon_over_a_headline_line_is_part_of_the_headline():
    """'农技推广研究员孙立衡：' set apart above '让好技术走进田间地头' and solid
    with it: the line ending on the speaker's colon opens the headline; it is
    not a line of text left over from the article above."""
    body = "\n".join(["眼下正值春播关键期，如何在稳定玉米产量的同时扩大大豆种植面积？记者就此专访了省农业技术推广总站研究员孙立衡。",
                      "记者：今年省里继续推广玉米大豆带状复合种植，目前进展如何？",
                      "孙立衡：今年全省计划推广带状复合种植360万亩，比去年增加约三成，目前播种工作正在由南向北有序推进。"])
    page = "\n".join(FOREIGN) + f"\n\n农技推广研究员孙立衡：\n让好技术走进田间地头\n{body}\n"
    titles = [a.title.replace(" ", "") for a in articles(split(page))]
    assert "农技推广研究员孙立衡：让好技术走进田间地头" in titles


def test_the_pages_reporter_credited_at_the_end_of_a_text_is_its_author():
    """'…以更强的智能制造产业链嵌入全球价值链分工体系。本篇文章均由本报记者曹驰采写':
    an unsigned text that ends with the page's credit to its reporter is
    that reporter's."""
    body = "\n\n".join(["未来产业是指代表科技和产业长期发展方向的产业，目前大多处于孕育孵化阶段，需要加强前瞻布局。",
                        "《报告》认为，发展未来产业是建设现代化产业体系的关键一步，要提升产业链韧性和安全水平。本篇文章均由本报记者曹驰采写"])
    (rec,) = articles(split(f"布局未来产业 打造实体经济创新发展新引擎\n\n{body}\n"))
    assert rec.authors == ["曹驰"]


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_a_motto_set_between_dashes_is_no_line_of_an_article(seed):
    """'— 经 营 成 就 价 值 —' after an article's last paragraph, over the
    paper's masthead in its house advert: a slogan printed between dashes is
    never a line of running text."""
    motto = re.compile(r"(?m)^[—－-]{1,2}\s*[\u3400-\u9fff](?:\s*[\u3400-\u9fff]){1,15}\s*[—－-]{1,2}$")
    for rec in articles(split_document(read_source(seed))):
        assert not motto.search(rec.text), rec.title


def test_text_after_a_jump_line_goes_on_from_the_text_the_earlier_jump_line_sent_on():
    """'（下转 D4）' after an article, another article, then '上接 D3' and a
    text with no headline: the text is the rest of the article sent on, not
    an article of its own titled with its first clause."""
    rest = "\n\n".join(["四是积极探索数字时代的国际合作新模式，顺应数字经济发展趋势，深度参与国际规则制定。",
                        "五是加快培育数据要素市场，完善数据产权、流通交易、收益分配和安全治理等基础制度。"])
    page = (f"绿色金融债和绿色贷款双增\n\n本报记者 彭 妍 北京报道\n\n{BODY_A}\n\n下转 D4\n\n"
            f"外贸优品转内销\n\n本报记者 张三 上海报道\n\n{BODY_B}\n\n上接 D3\n\n{rest}\n")
    arts = articles(split(page))
    assert [a.title for a in arts] == ["绿色金融债和绿色贷款双增", "外贸优品转内销"]
    assert arts[0].text.rstrip().endswith("安全治理等基础制度。")


def test_the_pages_reporter_credit_names_the_author_when_the_text_goes_on_from_another_page():
    """The credit closes the text's last paragraph on its page; the part
    after '上接 D3' follows it, and the credit still names the author."""
    body = "\n\n".join(["未来产业是指代表科技和产业长期发展方向的产业，目前大多处于孕育孵化阶段，需要加强前瞻布局。",
                        "《报告》认为，发展未来产业是建设现代化产业体系的关键一步，要提升产业链韧性。本篇文章均由本报记者曹驰采写"])
    rest = "四是积极探索数字时代的国际合作新模式，顺应数字经济发展趋势，深度参与国际规则制定和产业合作。"
    page = (f"布局未来产业 打造实体经济创新发展新引擎\n\n{body}\n\n下转 D4\n\n"
            f"外贸优品转内销\n\n本报记者 张三 上海报道\n\n{BODY_B}\n\n上接 D3\n\n{rest}\n")
    arts = articles(split(page))
    assert arts[0].authors == ["曹驰"] and arts[0].paragraphs[-1].text == rest


def test_display_lines_above_a_columns_label_are_not_the_headlines_kicker():
    """'以人为本' / '科技向善而行' (an advert's slogan) / '【问道科技创新】' /
    headline / byline: the column's label opens the article's block, so the
    lines above it are another piece's, not the kicker of the headline."""
    page = ("以人为本\n科技向善而行\n\n【问道科技创新】\n\n证监会汇聚合力强信心 推动资本市场高质量发展\n\n本报记者 罗辑 北京报道\n\n"
            + "\n".join(FOREIGN) + "\n")
    (rec,) = articles(split(page))
    assert rec.title == "证监会汇聚合力强信心 推动资本市场高质量发展" and not rec.kicker and not rec.subtitle


def test_a_stretch_the_text_layer_holds_twice_is_set_aside_and_the_text_around_it_goes_on():
    """Four paragraphs of the next article extracted a second time inside
    the article before, without their headline (the copy under the headline
    is the article's, one differing by a word or two): the stray copy is no
    article, and the crosshead after it goes on with the article it
    interrupted."""
    did = ["分布式数字身份认证是数字经济的基础设施，实名制的DID服务已在多家金融机构和央企开展试点应用。",
           "业内人士表示，数字身份的互联互通需要统一标准，监管部门和行业组织正在推动建立通用框架和互操作标准。"]
    did_rest = ["针对一些特殊场景和特殊群体，实名制的DID服务需求已经变得较为刚性，数字身份认证的应用场景不断拓展。",
                "对于DID面临的监管和市场环境，专家建议制定实名DID和自主身份管理的专门法规，推动建立互操作性标准。"]
    park = ["点开数藏平台，宋韵文化跃然眼前，有的宋代少女在展示宁波非遗金银彩绣，有的在演绎越窑青瓷的烧制工艺。",
            "甬江软件产业园公司总经理吕兵在接受记者采访时说，眼下园区正积极落实元宇宙产业发展行动计划，推动产业链延链补链。",
            "2023年，我国区块链顶层设计不断完善，自主创新能力加速提升，服务实体经济、提升公共服务能力的作用进一步显现。",
            "眼下，产业园一方面积极增加自身的科技含量，扩大人才队伍；另一方面也不断通过招商引资，营造更好的招商氛围。"]
    stray = park[:1] + [park[1].replace("正积极", "积极")] + park[2:]
    block = lambda paras: "\n\n".join(paras)
    page = (f"区块链等待“爆款”\n\n本报记者 李晖 北京报道\n\n{block(did)}\n\n自主研发+产业园招商\n\n本报记者 石健 北京报道\n\n"
            f"{block(stray)}\n\n应用发展取决于数据规模效应\n\n{block(did_rest)}\n\n探索元宇宙产业园 城投局数字经济发展\n\n"
            f"自主研发+产业园招商\n\n本报记者 石健 北京报道\n\n{block(park)}\n")
    recs = split(page)
    assert [a.title for a in articles(recs)] == ["区块链等待“爆款”", "探索元宇宙产业园 城投局数字经济发展"]
    assert articles(recs)[0].text.rstrip().endswith("推动建立互操作性标准。")
    assert any(r.kind == "other" and r.what == "重复的文字" for r in recs)


# ---------------------------------------------------------------- session 32: a twelve-page development set's lessons
WATER = ["　　今年以来，滨江区加快推进供水管网改造，全区老旧管网漏损率由百分之十五降至百分之九，",
         "居民用水更加安心。区水务局负责人介绍，改造工程分三批实施，首批已全部完工。",
         "　　“过去一到夏天水压就不够，高楼层经常停水。”家住滨江花园的居民说，如今管网换新，",
         "水压稳定多了。据了解，第二批改造涉及十二个小区，预计年底前完"]
WATER_ON = ["工，届时全区将基本消除老旧管网。",
            "　　在管网改造中，区里同步推进智慧水务建设，在主要节点安装流量计和压力传感器，实时监测漏损情况，",
            "发现异常后自动报警。"]
WATER_LAST = ["　　智慧水务平台上线半年来，已累计发现并处置管网漏点二百余处，节约水量约六十万吨，",
              "区里计划明年把平台延伸到全部住宅小区，让每一滴水都用在实处。"]


def test_a_crosshead_after_a_running_head_reprinted_between_column_pieces_stays_inside_the_text():
    """A feature read as column pieces, the page's running head printed
    again at the top of each column: the piece after it goes on from the
    sentence the column left open, and a marked crosshead in that piece
    belongs to the same text (the running head is not what precedes it)."""
    header = "城市周刊·民生\n2029年6月3日 星期日　第７版\n"
    page = ("城市周刊·民生\n2029年6月3日 星期日　第７版\n编辑　简一鸣\n\n老旧管网换新 居民用水更安心\n本报记者　沈可鉴\n\n"
            + "\n".join(WATER[:2]) + "\n◆分三批完成改造\n" + "\n".join(WATER[2:]) + "\n" + header + "\n".join(WATER_ON) + "\n◆智慧水务让漏损看得见\n" + "\n".join(WATER_LAST) + "\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["老旧管网换新 居民用水更安心"]
    assert recs[0].text.rstrip().endswith("让每一滴水都用在实处。")


def test_a_name_and_post_set_solid_under_a_headline_sign_the_piece():
    """'以案说法' / headline / '郑敏芝　东川省律师协会…委员': the lawyer's name and
    post right under the headline are the byline; the lawyer is the author."""
    page = ("以案说法\n高额回报往往是陷阱的“诱饵”\n郑敏芝　东川省律师协会刑事专业委员会委员\n\n" + indented(FOREIGN + CREDIT) + "\n")
    (rec,) = articles(split(page))
    assert rec.title == "高额回报往往是陷阱的“诱饵”" and rec.authors == ["郑敏芝"]


def test_a_writers_post_in_brackets_after_the_author_label_is_no_headline():
    """'作者：韦知远（东川省委党校经济学教研部教授）' under a theory essay's
    headline: a byline naming its writer, not the headline's second line."""
    page = "以新质生产力激活县域经济发展动能\n作者：韦知远（东川省委党校经济学教研部教授）\n" + indented(FOREIGN + CREDIT) + "\n"
    (rec,) = articles(split(page))
    assert rec.title == "以新质生产力激活县域经济发展动能" and rec.authors == ["韦知远"]


def test_a_closing_signature_whose_bracket_wraps_onto_an_indented_line_closes_the_last_paragraph():
    """'…走得更远。（本报记者' / '　柴望舒）': the signature's bracket closes on
    the next line, which the layout happened to indent: no paragraph of its
    own, and the reporter is the author. The page's editor with the desk's
    hotline after it is a credit, not text."""
    page = ("山里的茶叶搭上“直播快车”\n" + indented(FOREIGN) + "\n　　乡党委书记表示，乡里正在申请地理标志认证，让山里的好茶走得更远。（本报记者\n"
            "　柴望舒）\n本版编辑：温若水　　新闻热线：0731-8896××××\n")
    recs = split(page)
    (rec,) = articles(recs)
    assert rec.authors == ["柴望舒"] and rec.paragraphs[-1].text.endswith("柴望舒）")
    assert "温若水" not in rec.text


def test_credit_lines_at_a_pages_foot_are_no_headlines():
    """'东川都市报社出品', '新华社发（路易斯·罗沙摄）' and '本版编辑　石可　鲍雨桐'
    are credits: none heads an article or joins a headline."""
    page = ("本版编辑　石可　鲍雨桐\n外贸企业加快开拓国内市场\n\n" + indented(FOREIGN) + "\n\n新华社发（路易斯·罗沙摄）\n\n"
            "绿色信贷余额保持较快增长\n\n" + indented(CREDIT) + "\n\n新闻热线：96008\n东川都市报社出品\n")
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["外贸企业加快开拓国内市场", "绿色信贷余额保持较快增长"]
    assert {r.what for r in recs if "鲍雨桐" in r.text or "出品" in r.text} == {"编辑署名"}


def test_a_digest_of_announcements_gives_each_firm_its_item():
    """'公司公告摘要' / '002871　华锦股份' / text / '600938　岭南水务' / text…:
    each firm's code and short name heads an item of its own (the texts
    share the words of announcements, not one subject); the digest's label
    is the section, and the page's disclaimer is no part of the last item."""
    items = [("002871　华锦股份", "华锦股份公告，公司去年实现营业收入58.6亿元，同比增长14.2%；公司拟每10股派发现金红利2.5元。"),
             ("600938　岭南水务", "岭南水务公告，公司全资子公司中标城区供水管网改造工程，中标金额约6.3亿元，约占公司上年营业收入的27%。"),
             ("300716　星衡电子", "星衡电子公告，公司持股5%以上股东计划在未来3个月内减持不超过公司总股本2%的股份，不会导致控制权变化。")]
    page = "公司公告摘要\n" + "\n".join(f"{head}\n{text}" for head, text in items) + "\n\n本版所载信息仅供参考，不构成投资建议。据此入市，风险自担。\n"
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["002871 华锦股份", "600938 岭南水务", "300716 星衡电子"]
    assert articles(recs)[0].section == "公司公告摘要" and articles(recs)[-1].text.rstrip().endswith("控制权变化。")


def test_a_flush_display_line_after_the_last_sentence_is_the_headline_printed_after_its_text():
    """On a page that indents its paragraphs, '…即可到达。' (a full line) /
    '市区新增两处口袋公园' / blank / the page's hotline: a flush line without
    comma or stop that nothing goes on from is the headline of the text
    above, printed after it, not a sentence cut at the column's edge."""
    first = ["　　本报讯（记者　宁舒）", "7月7日上午，地铁5号", "线南延段开通试运营，", "新增车站7座，市民从", "市中心到高铁南站只要", "25分钟。", "　　运营方介绍，试运", "营初期行车间隔为6分", "钟，高峰加开列车。", "地铁南延段开通试运营", ""]
    news = ["　　本报讯（记者　卓", "冉）利用拆违腾退的边", "角地块，市园林部门近", "日在解放路和滨河东路", "新建两处口袋公园，总", "面积约4500平方米，", "居民步行5分钟即可到", "达，市民十分欢迎。", "　　公园设有健身步道", "和儿童游乐区和座椅。"]
    page = "\n".join(first) + "\n" + "\n".join(news) + "\n市区新增两处口袋公园\n\n新闻热线：96008\n"
    recs = articles(split(page))
    assert [r.title for r in recs][-1] == "市区新增两处口袋公园"


def test_a_deck_without_dash_between_headline_and_byline_is_the_subtitle():
    """Headline / a long deck that wraps over a blank line, its second part
    opening on '但' / byline / text: the deck lines close no sentence and
    stand between the headline and its byline, so they are the subtitle (a
    line opening on an adversative conjunction never starts a headline)."""
    page = ("制造业出海新路径：从“卖产品”到“建工厂”\n一批民营制造企业正从“卖产品”转向“建工厂”，跟随“链主”抱团布局海外，\n\n"
            "但合规、用工与文化差异仍是绕不开的考验\n\n本报记者 何乐 上海报道\n\n" + indented(FOREIGN + CREDIT) + "\n")
    (rec,) = articles(split(page))
    assert rec.title == "制造业出海新路径：从“卖产品”到“建工厂”" and rec.subtitle.endswith("绕不开的考验")
    assert rec.authors == ["何乐"] and rec.paragraphs[0].text.startswith("今年以来")


def test_a_paragraph_taking_up_its_crossheads_words_stays_with_that_part_when_a_shared_text_is_cut():
    """No blank lines: headline, byline, text with a crosshead whose last
    paragraph takes up the crosshead's words ("技术迭代"), then the next
    article's text, whose headline, deck and byline are printed after it.
    The cut between the two texts leaves that paragraph with the part its
    crosshead heads."""
    page = "\n".join([
        "第一财经日报  2024.7.9  A7", "公司", "光伏组件价格跌破每瓦0.8元", "二线厂商加速出清", "本报记者 马 晨 发自上海",
        "光伏产业链价格仍在寻底。最新行业数据显示，7月第一周，主流TOP", "Con组件中标均价已跌破每瓦0.8元，较年初下降超过15%，部分二线厂商",
        "最低报价逼近每瓦0.7元。", "“现在的价格已经低于绝大多数企业的现金成本。”一家头部组件企",
        "业销售负责人表示，订单并不缺，缺的是有利润的订单。",
        "价格战何时见底",
        "据不完全统计，今年以来已有超过10家光伏企业宣布终止或延期扩产", "项目，一些二线厂商的电池片产线开工率不足五成。中国光伏行业协",
        "会此前呼吁，企业应避免低于成本价销售，推动行业有序竞争。",
        "多位分析师认为，本轮产能出清的速度取决于企业现金流状况。一家", "券商电新行业首席分析师表示，头部企业凭借规模和一体化优势仍能",
        "维持运转，而缺乏技术和渠道优势的二线厂商可能率先退出。",
        "技术迭代加速洗牌",
        "在价格承压的同时，技术路线的切换也在加速。今年上半年，N型电", "池市场占比已超过七成，BC、钙钛矿叠层等新技术的中试线密集落地。",
        "业内人士指出，没有跟上技术迭代的老旧PERC产能将面临更大的淘汰", "压力，行业集中度有望进一步提升。",
        "今年上半年，中国创新药对外授权交易继续保持活跃。据医药行业咨", "询机构统计，上半年国内药企达成的海外授权交易超过40项，披露的",
        "首付款合计超过30亿美元，交易总金额创历史同期新高。",
        "从交易品种看，抗体偶联药物（ADC）、双特异性抗体和GLP-1类减重", "药物最受海外买家青睐。一家生物医药投资机构合伙人表示，国内企",
        "业在早期研发效率和临床推进速度上具备优势，跨国药企通过授权引", "进能够以较低成本补充管线。",
        "不过，也有业内人士提醒，授权交易的里程碑付款能否兑现取决于后", "续临床进展，投资者不宜将交易总额简单等同于企业未来收入。",
        "创新药企出海授权交易额创新高", "——上半年首付款合计超30亿美元", "■ 文/本报记者 赵 岩",
        "储能电池出货量同比增长超五成", "本报记者 钱 程",
        "中东、欧洲等海外市场大型储能项目的集中招标，是上半年储能电池", "出货增长的重要推动力。",
        "业内人士预计，下半年储能电池出货量仍将保持较快增长，但行业分", "化会加剧，具备技术储备的企业更具竞争力。"]) + "\n"
    recs = articles(split(page))
    assert [r.title for r in recs] == ["光伏组件价格跌破每瓦0.8元 二线厂商加速出清", "创新药企出海授权交易额创新高", "储能电池出货量同比增长超五成"]
    assert recs[0].text.rstrip().endswith("有望进一步提升。") and recs[1].text.startswith("今年上半年")


POEM = ["这一天，昼与夜", "各让出半步", "像两个老邻居", "隔着篱笆点头", "",
        "稻子低下头来", "数自己的籽粒", "父亲站在田埂上", "把一年的汗水", "重新掂量了一遍", "",
        "我在城里的窗前", "把这一页日历撕下", "忽然想起", "老家的灶膛，此刻", "正红"]


def test_a_poem_is_an_article_whose_stanzas_keep_their_lines():
    """A literary page: an essay, then a poem (headline, '◎ 闻一苇', stanzas of
    short lines parted by blank lines), then a book review. The poem is an
    article signed by its poet; no stanza is a headline, no last word
    ('正红') a name; each stanza is a paragraph whose lines stay as printed."""
    essay = ("外婆的腌菜坛\n□ 舒晴川\n\n" + indented(FOREIGN + CREDIT) + "\n\n")
    review = ("\n\n在《运河人家》里读懂一座城\n\n" + indented(["读罢作家的长篇小说《运河人家》，掩卷良久，耳边仿佛还响着运河上的", "橹声和码头上的号子。",
                                                    "小说最动人的地方，在于它没有把历史写成宏大的背景板，而是让历史", "从普通人的日子里慢慢流过去。"]) + "\n")
    recs = articles(split(essay + "秋分帖\n◎ 闻一苇\n\n" + "\n".join(POEM) + review))
    assert [r.title for r in recs] == ["外婆的腌菜坛", "秋分帖", "在《运河人家》里读懂一座城"]
    poem = recs[1]
    assert poem.authors == ["闻一苇"] and [p.text.split("\n") for p in poem.paragraphs][2] == POEM[11:]
    assert all(p.verse for p in poem.paragraphs) and len(poem.paragraphs) == 3


def test_a_box_under_a_tip_label_alone_is_no_article():
    """'普法小贴士' over the statute an article rests on, and a hotline: a
    box whose only heading is its label is a note beside the article, not
    an article, nor a crosshead of it."""
    statute = ["　　《中华人民共和国刑法》第一百九十二条规定，以非法占有为目的，使用诈骗方法非法集资，数额较大的，",
               "处三年以上七年以下有期徒刑，并处罚金。", "反诈咨询热线：96110"]
    page = ("“高息理财”骗局背后的资金链\n本报记者　姜成涛\n\n" + indented(FOREIGN + CREDIT) + "\n\n普法小贴士\n" + "\n".join(statute) + "\n")
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["“高息理财”骗局背后的资金链"]
    assert not any("第一百九十二条" in r.text for r in articles(recs)) and any("第一百九十二条" in r.text for r in recs)


def test_an_article_goes_on_past_a_box_printed_inside_it():
    """A feature with crossheads, a box inside it ('■链接' / '什么是蓝碳' / a
    short text), then a crosshead set as the feature's own: the text after
    the box is the feature's next part, not the box's."""
    para = lambda *lines: "\n".join(lines)
    page = "\n\n".join([
        "一片红树林的“碳汇账”", "本报记者 黄德明",
        para("11月的湛江，海风已经有了凉意。渔民们划着小船穿过红树林，查看去年补种的幼苗长势如何，", "再把数据记到本子上。"),
        "渔民成了“护林员”",
        para("过去，村里的渔民靠围塘养殖为生，不少红树林被砍掉改成虾塘。如今，合作社把渔民组织起来，", "专门负责红树林的巡护和补种。"),
        para("合作社负责人说，红树林长好了，鱼虾蟹也多了，渔民的收入反而比过去高，大家护林的劲头很足。"),
        "一吨碳汇值多少钱",
        para("然而，蓝碳的价格至今仍是一个难题。与森林碳汇相比，红树林碳汇的计量方法还不统一，", "监测成本高、周期长，交易价格从每吨几十元到一百多元不等。"),
        "■链接\n什么是蓝碳",
        para("蓝碳是指利用海洋活动及海洋生物吸收大气中的二氧化碳，并将其固定、储存在海洋中的过程。", "红树林、海草床和盐沼是三类主要的海岸带蓝碳生态系统。"),
        "走向市场还差几步",
        para("更大的障碍在于市场出口。目前，蓝碳交易多以企业自愿购买为主，买方往往出于品牌宣传的考虑，", "缺乏持续稳定的需求，合作社的碳汇还找不到长期买家。"),
        para("傍晚，海水开始上涨，渔民们收拾好工具往回走。他们说，明年还要再补种一片红树林。")]) + "\n"
    recs = articles(split(page))
    assert [r.title for r in recs] == ["一片红树林的“碳汇账”", "什么是蓝碳"]
    assert recs[0].text.rstrip().endswith("再补种一片红树林。") and recs[1].text.rstrip().endswith("生态系统。")


def test_a_listed_companys_notice_and_a_classified_advert_are_no_articles():
    """A notices page: one news article, a recruitment advert ('招聘' over its
    posts and a telephone) and a listed company's notice from its codes line
    ('证券代码：…') to '特此公告。' and the board and date under it. Only the
    news is an article; the notice's numbered clauses head nothing."""
    recruit = ["招聘", "滨海恒昌物流有限公司因业务发展需要，诚聘：", "1.仓储主管2名，大专以上学历，三年以上相关工作经验；",
               "2.叉车司机5名，持有效证件；", "3.客服专员3名，普通话标准。", "待遇面议，缴纳五险一金。联系人：许先生　电话：0532-8566xxxx"]
    notice = ["证券代码：603871　证券简称：海澄股份　公告编号：2026-058", "海澄科技股份有限公司",
              "关于召开2026年第二次临时股东大会的通知",
              "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。",
              "一、召开会议的基本情况", "（一）股东大会类型和届次：2026年第二次临时股东大会",
              "（二）现场会议召开的日期、时间和地点：2026年12月25日14点00分，在公司三楼会议室召开。",
              "二、会议审议事项", "1.关于变更部分募集资金投资项目的议案", "特此公告。", "海澄科技股份有限公司董事会", "2026年12月9日"]
    page = ("滨海自贸片区跨境电商出口同比增长近五成\n本报记者　钟雅琪\n\n" + indented(FOREIGN + CREDIT) + "\n\n"
            + "\n".join(recruit) + "\n\n" + "\n".join(notice) + "\n")
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["滨海自贸片区跨境电商出口同比增长近五成"]
    assert not any(r.kind == "article" for r in recs if "股东大会" in r.text or "叉车" in r.text)
    (notice_record,) = [r for r in recs if "证券代码" in r.text]
    assert "股东大会类型和届次" in notice_record.text and notice_record.text.rstrip().endswith("2026年12月9日")


def test_a_news_item_retold_from_a_foreign_outlet_opens_an_article():
    """No blank lines, international items each under a lone headline:
    '据日本共同社4日报道，…' opens a news item as a dateline does, so the line
    above it is that item's headline, not a crosshead of the item before
    (whose text shares a little of its subject: trade, rates, exports)."""
    page = "\n".join([
        "德国汽车业裁员潮蔓延至零部件商",
        "\u3000\u3000【环球时报驻德国特派记者 柯岚】继德国多家整车企",
        "业传出关闭工厂的消息后，裁员潮正在向汽车零部件供应商",
        "蔓延。德国《商报》4日报道称，今年以来，德国前十大汽",
        "车零部件企业已宣布的裁员人数合计超过2.5万人，涉及巴",
        "伐利亚州、巴登-符腾堡州和萨尔州的多个生产基地。",
        "\u3000\u3000报道援引德国汽车工业协会的数据说，今年前10个月，",
        "德国乘用车产量同比下降约6%，电动汽车销量在补贴取消后",
        "明显下滑。一些零部件企业为内燃机车型配套的产线开工率",
        "已降至六成以下，而向电动化转型又需要大量资金投入。",
        "\u3000\u3000德国伊弗经济研究所4日发布的调查显示，德国汽车行",
        "业的商业景气指数已连续5个月下降，超过四成受访企业表",
        "示将在未来一年内减少员工。该研究所一位专家对《环球时",
        "报》记者说，德国汽车业正处在“多重压力叠加”的困难时",
        "期，能源价格高企、需求疲软和转型成本上升同时挤压着企",
        "业利润。",
        "\u3000\u3000记者在斯图加特走访时看到，当地一家零部件厂门口挂",
        "出了抗议裁员的横幅。工会代表表示，他们将与资方就保留",
        "工作岗位展开谈判，必要时不排除举行罢工。",
        "日本央行12月加息预期升温",
        "\u3000\u3000据日本共同社4日报道，日本央行行长当天在国会答辩",
        "时表示，如果经济和物价走势符合预期，央行将继续上调政",
        "策利率。市场人士认为，这一表态提高了日本央行在本月货",
        "币政策会议上加息的可能性。",
        "\u3000\u3000报道称，受此影响，日元兑美元汇率4日一度升至1美元",
        "兑149.5日元附近。《日本经济新闻》援引的市场数据显示，",
        "利率掉期市场计入的12月加息概率已从一周前的约35%升至",
        "60%以上。（陶然）"]) + "\n"
    assert [r.title for r in articles(split(page))] == ["德国汽车业裁员潮蔓延至零部件商", "日本央行12月加息预期升温"]


def test_the_outlets_own_questions_in_an_interview_are_no_headlines():
    """An interview set flush (no indent): '《财经》：下一步化债的重点是什么？'
    is the magazine asking its question, a turn of the interview, never the
    headline of an article of its own."""
    page = "\n".join([
        "化债要坚持“开前门”与“堵后门”并举", "——访财政部财政科学研究院研究员 陈建", "本刊记者 王一鸣",
        "地方政府债务风险化解是当前经济工作的重点之一。围绕化债进展和下一步重点，本刊记者专访了财政科学研究院研究员陈建。",
        "《财经》：如何评价当前地方债务风险化解的进展？",
        "陈建：总体看，一揽子化债方案实施以来，地方债务风险得到缓释，融资平台数量和债务规模都在下降，高风险地区的风险等级有所下调。",
        "《财经》：下一步化债的重点是什么？",
        "陈建：关键是坚持“开前门”与“堵后门”并举，一方面用好新增专项债等合法合规的融资渠道，另一方面严禁新增隐性债务，守住不发生系统性风险的底线。"]) + "\n"
    (rec,) = articles(split(page))
    assert rec.title == "化债要坚持“开前门”与“堵后门”并举" and "下一步化债的重点是什么" in rec.text


def test_credits_lines_at_a_pages_head_join_no_headline_when_no_blank_line_parts_them():
    """No blank lines: '政法·案件　责任编辑　窦明川　美编　尹小菲' and '编辑：蒙若琪
    美编：Lily Zhou' (a Latin name) over the first headline are the page's
    credits, not the headline's first line."""
    for credits in ("政法·案件　责任编辑　窦明川　　美编　尹小菲", "编辑：蒙若琪　美编：Lily Zhou",
                    "农村经济　第4版　责任编辑：柯青禾"):  # (the page's number beside its section)
        page = f"{credits}\n“高息理财”骗局背后的资金链\n本报记者　姜成涛\n" + indented(FOREIGN + CREDIT) + "\n"
        (rec,) = articles(split(page))
        assert rec.title == "“高息理财”骗局背后的资金链", credits


def test_a_three_character_name_under_a_headline_signs_it_over_flush_text():
    """'以科技创新引领现代化产业体系建设' / '孔令川' / text set flush (no indent,
    no blank line): a name no dictionary holds, over a line as long as
    running text, is the author's byline, not the headline's last line."""
    page = "以科技创新引领现代化产业体系建设\n孔令川\n" + "\n".join(FOREIGN + CREDIT) + "\n"
    (rec,) = articles(split(page))
    assert rec.title == "以科技创新引领现代化产业体系建设" and rec.authors == ["孔令川"]


def test_bracketed_titles_run_into_digest_items_set_flush_head_each_item():
    """A digest set flush (no indents): '【前10个月全国铁路发送旅客36.5亿人次】国家
    铁路局数据显示，…' — each title closed by its bracket heads its item,
    though the printed line it is run into fills the column."""
    page = "\n".join([
        "要闻速览",
        "",
        "【第二艘国产大型邮轮坞内起浮】12月2日，第二艘国产大型邮轮在上海完成",
        "坞内起浮，标志着该船进入内装和系统调试阶段。该船总吨位约14.2万，可容纳乘",
        "客约4200人，计划于2026年底交付。",
        "",
        "【前10个月全国铁路发送旅客36.5亿人次】国家铁路局数据显示，今年1至10",
        "月，全国铁路累计发送旅客36.5亿人次，同比增长12.3%，创历史同期新高；完成",
        "货物发送量42.2亿吨，同比增长2.1%。",
        "",
        "【深远海漂浮式风电平台在阳江投运】12月1日，一座水深超过100米的深远海",
        "漂浮式风电平台在广东阳江海域正式投入运营。该平台单机容量16兆瓦，年发电量",
        "可满足约3万户家庭一年的用电需求。",
        "",
        "【中欧班列年内开行突破1.7万列】记者从中国国家铁路集团有限公司获悉，",
        "截至11月30日，今年中欧班列累计开行1.75万列，发送货物188万标箱，同比分别",
        "增长10%和9%。",
        "",
        "【“冰雪丝路”国际论坛在哈尔滨开幕】12月3日，2024年“冰雪丝路”国际",
        "论坛在黑龙江哈尔滨开幕，来自20多个国家和地区的300余名嘉宾围绕冰雪经济、",
        "冰雪旅游与国际合作等议题展开交流。"]) + "\n"
    titles = [r.title.strip("【】") for r in articles(split(page))]
    assert titles == ["第二艘国产大型邮轮坞内起浮", "前10个月全国铁路发送旅客36.5亿人次", "深远海漂浮式风电平台在阳江投运",
                      "中欧班列年内开行突破1.7万列", "“冰雪丝路”国际论坛在哈尔滨开幕"]


def test_contents_with_no_blank_line_after_them_end_where_running_text_begins():
    """A magazine's contents (entries with page numbers, a blurb under one)
    run straight into the first article with no blank line: the contents
    end after the last entry, and the article under them is found."""
    page = "\n".join(["目　录", "卷首语", "01　春天的约定　／邢知远", "封面故事", "08　县城咖啡：一杯咖啡里的小城生意经",
                      "　　从省会到县城，咖啡馆正在成为年轻人新的去处", "编读往来　62　　　　征订启事　64",
                      "卷首语", "春天的约定"]
                     + indented(FOREIGN + CREDIT).split("\n") + ["本刊主编　邢知远"]) + "\n"
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["春天的约定"]
    assert any(r.kind == "other" and "县城咖啡" in r.text for r in recs)


def test_a_lone_headline_after_a_short_text_on_another_subject_opens_an_article():
    """A short item under a full headline group (under 200 characters),
    then a lone headline over a text that shares next to nothing with it
    (a metro line's trial run, a typhoon): the line heads a new article,
    it is no crosshead of the short item."""
    page = "\n".join([
        "AA08  南方都市报  2024年7月9日 星期二",
        "",
        "城事",
        "广州地铁十一号线",
        "本月底开展空载试运行",
        "南都讯 记者黄婷 通讯员李晓明",
        "7月8日，记者从广州地铁集团获悉，",
        "",
        "地铁十一号线全线轨道已贯通，目前",
        "",
        "正进行设备联调，计划本月底开展空",
        "载试运行。十一号线为环线，全长约",
        "44公里，共设32座车站，与多条既有",
        "",
        "线路换乘。",
        "",
        "广州地铁相关负责人表示，空载",
        "试运行期间，列车将按照开通后的运",
        "行图模拟载客运营，全面检验各系统",
        "运行的稳定性，具体开通时间将另行",
        "",
        "公布。",
        "",
        "台风“派比”或于周四登陆粤西",
        "今年第3号台风“派比”7月8日",
        "上午在南海中部海面生成，预计将以",
        "",
        "每小时15公里左右的速度向西北方向",
        "移动，强度逐渐加强，最强可达台风",
        "级，将于11日前后在广东湛江到海南",
        "文昌一带沿海登陆。",
        "",
        "广东省气象台提醒，10日至12日，",
        "粤西和珠三角南部市县将出现暴雨到",
        "大暴雨，沿海海面有8至10级大风，",
        "相关海域作业船只应及时回港避风。",
        "采写：南都记者 吴 笛",
        "深圳试点新生儿出生",
        "“一件事”联办",
        "南都讯 记者 周 琪 新生儿出生"]) + "\n"
    titles = [r.title for r in articles(split(page))]
    assert "台风“派比”或于周四登陆粤西" in titles


def test_a_letters_page_head_with_no_blank_lines_leaves_the_first_letter_its_headline():
    """'为民日报　　读者来信' (the paper's name and the page's section), the date,
    '来信地址：…　邮编…' (a contact line, though a label follows it), the
    section '读者来信', then a letter's headline and text, no blank line
    anywhere: the letter keeps its headline."""
    page = "\n".join(["为民日报　　读者来信", "2027年3月17日 星期三　第19版", "来信地址：北京市朝阳区金台西路2号　邮编100733",
                      "读者来信", "乡村公交班次太少出行不便"] + indented(FOREIGN + CREDIT).split("\n")
                     + ["读者　符春生（江西南昌）"]) + "\n"
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["乡村公交班次太少出行不便"]
    assert not any("邮编" in r.text for r in articles(recs))


def test_notices_printed_among_the_news_are_no_articles():
    """A notices page: a court's notice signed by the court and dated in
    Chinese numerals, a company's closing notice ending on its contact,
    signer and date, and a lost-licence notice ending '声明作废。', beside
    one news item: only the news is an article."""
    page = "\n".join([
        "澜江市中级人民法院公告",
        "　　柏某某：本院受理原告澜江鼎信融资租赁有限公司诉你融资租赁合同纠纷一案，因你下落不明，依法向你公告送达民事判决书。",
        "自公告之日起经过30日即视为送达。如不服本判决，可在公告期满后15日内向本院递交上诉状。", "澜江市中级人民法院", "二〇三〇年十月九日", "",
        "企业注销“一网通办”平均用时缩至5个工作日", "本报记者　阮清"] + indented(FOREIGN + CREDIT).split("\n") + ["",
        "注销公告", "　　澜江禾丰商贸有限公司经股东会决议，拟向登记机关申请注销登记，清算组由刘建平、孙慧组成。请债权人自本公告见报之日起45日内向本公司清算组申报债权。",
        "联系人：刘建平　电话：139××××2856", "澜江禾丰商贸有限公司清算组", "2030年10月10日", "",
        "遗失声明", "澜江市望海区欣悦便利店遗失营业执照正本，统一社会信用代码92430100MA4M×××××，声明作废。"]) + "\n"
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["企业注销“一网通办”平均用时缩至5个工作日"]
    assert not any("清算组" in r.text or "送达" in r.text for r in articles(recs))


def test_a_bulleted_byline_with_words_and_pictures_names_both():
    """'■ 戴云舒 邹岩 文/图' under a headline: both wrote it and took its
    pictures; the line is its byline, not the headline's second line."""
    (rec,) = articles(split("桐溪乡“村播”助农直播间开播\n■ 戴云舒 邹岩 文/图\n" + indented(FOREIGN + CREDIT) + "\n"))
    assert rec.title == "桐溪乡“村播”助农直播间开播" and rec.authors == ["戴云舒", "邹岩"]


def test_bulleted_titles_run_into_their_items_text_which_goes_on_below():
    """A digest: '■全省外贸进出口同比增长8.3%　据青屿海关' / '统计，今年前4个月，…':
    the title fills most of its line, and the few characters after it start
    a sentence that goes on below. Each ■ title heads its item, and the
    text run in after it goes on into the next line as one paragraph."""
    page = "\n".join([
        "一周要闻（5月6日—5月12日）",
        "",
        "■全省外贸进出口同比增长8.3%\u3000据青屿海关",
        "统计，今年前4个月，全省货物贸易进出口总",
        "值2416亿元，同比增长8.3%。其中出口1532亿",
        "元，增长10.1%；进口884亿元，增长5.4%。机",
        "电产品出口占出口总值的六成以上，对东盟进",
        "出口增长14.7%。",
        "",
        "■澜江至柘川城际铁路开工\u30005月8日，澜江至",
        "柘川城际铁路全线开工建设。线路全长96公里，",
        "设计时速200公里，设车站9座，总投资约185",
        "亿元，计划2034年建成通车。建成后，两地间",
        "最快通行时间将由目前的1个半小时缩短至35",
        "分钟。",
        "",
        "■首批“免申即享”惠企政策上线\u3000省政务服",
        "务平台5月7日上线首批“免申即享”惠企政策",
        "23项，涉及稳岗补贴、研发费用奖补、小微企",
        "业社保补贴等。符合条件的企业无需提交申请，",
        "系统通过数据比对自动识别并直接兑付资金。",
        "",
        "■一季度全省新增经营主体12.6万户\u3000省市场",
        "监管局发布数据，一季度全省新设立各类经营",
        "主体12.6万户，同比增长9.7%，其中企业3.9",
        "万户、个体工商户8.6万户。截至3月底，全省",
        "实有经营主体总量突破620万户。"]) + "\n"
    recs = articles(split(page))
    assert [r.title.lstrip("■") for r in recs] == ["全省外贸进出口同比增长8.3%", "澜江至柘川城际铁路开工", "首批“免申即享”惠企政策上线",
                                                    "一季度全省新增经营主体12.6万户"]
    assert recs[0].paragraphs[0].text.startswith("据青屿海关统计，")


def test_a_closing_byline_naming_two_reporters_split_over_two_lines_names_both():
    """'…接受社会监督。（通讯' / '员　林杉　严晓露）': the role is cut at the
    line's end, and only the spaces as printed part the two names (the
    cleaned text runs them together: 林杉严晓露)."""
    page = ("全县秋季学生资助资金发放到位\n" + indented(FOREIGN) + "\n　　今年起，资助资金全部通过学生资助卡直接发放，并在学校进行\n"
            "公示，接受社会监督。（通讯\n员　林杉　严晓露）\n")
    (rec,) = articles(split(page))
    assert rec.authors == ["林杉", "严晓露"]


def test_a_headline_whose_words_run_across_she_is_no_outlets_dateline():
    """'3月份全社会用电量同比增长7.1%' over '据新华社北京…电': 全社 + 会用 + 电
    is no outlet, place and 电 (an outlet other than the agencies names its
    place only with the day), so the line is the next item's headline."""
    page = ("首批中试平台名单公布\n" + indented(FOREIGN) + "\n3月份全社会用电量同比增长7.1%\n"
            "　　据新华社北京4月16日电　国家能源局16日发布数据，3月份全社会用电量同比增长7.1%。"
            "分产业看，第一产业用电量增长9.6%，第二产业用电量增长6.3%。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["首批中试平台名单公布", "3月份全社会用电量同比增长7.1%"]


def test_a_short_headline_under_a_line_of_two_long_watchwords_has_them_as_kicker():
    """A 引题 of two parallel watchwords set across the column, over a main
    headline in larger type that fits few characters; a headline broken at
    the column's edge leaves its last part short and stays whole."""
    rec = under_headline("稳住外贸基本盘扩大优质产品进口　推动进出口向优质优价方向加快转变\n外贸新业态加快成长")
    assert (rec.title, rec.kicker) == ("外贸新业态加快成长", "稳住外贸基本盘扩大优质产品进口 推动进出口向优质优价方向加快转变")
    rec = under_headline("高科技加持全球智能网联赛道　中国车企奏响\n出海“多重奏”")
    assert rec.kicker is None and rec.title.endswith("出海“多重奏”")


def test_a_magazine_feature_with_credits_line_folio_and_a_role_first_photo_credit():
    """封面故事｜COVER STORY over the headline; the credits line 文/X　编辑/Y
    names the writer (the editor is staff); a caption credited 摄影/X
    inside a sentence is moved out and the sentence rejoined; the folio
    '·26·　刊名　2031.07' at the foot is page furniture, no headline."""
    page = "\n".join([
        "封面故事｜COVER STORY", "", "一家老厂的“智造”转身", "", "文/葛新桐　编辑/柴允", "",
        "  清晨六点，厂区里的装配线已经运转起来。十几台机械臂有条不紊",
        "地抓取零件，工人们在屏幕前查看数据。", "",
        "  “以前一条线要八十个人，现在二十个人就够了。”车间主任说，",
        "改造之后，产品的不良率下降了一半，订单也回来了。工厂把省下来",
        "", "▲工人在车间查看装配线的运行数据。　摄影/雷鸣远", "",
        "的人工成本投到了研发上，去年推出了三款新产品。", "",
        "  这家工厂的转身并非一帆风顺。改造的头两年，产线调试反复出问",
        "题，投入的资金远超预算，但企业最终坚持了下来。", "",
        "·26·　澜江经贸　2031.07", ""])
    recs = split(page)
    (rec,) = articles(recs)
    assert (rec.title, rec.authors) == ("一家老厂的“智造”转身", ["葛新桐"])
    assert any("工厂把省下来的人工成本投到了研发上" in p.text for p in rec.paragraphs)
    assert not any("澜江经贸" in p.text for p in rec.paragraphs)


def test_a_magazines_folio_with_its_name_and_month_is_furniture():
    from generator.split.lines import is_furniture
    assert is_furniture("·26·　澜江经贸　2031.07") and is_furniture("26　财经周刊　2031年7月")
    assert not is_furniture("澜江经贸　2031.07") and not is_furniture("2031.07　增长26%")


def test_each_line_under_a_digest_label_heads_an_item_of_its_own():
    """'简讯' over short items whose headlines stand on their own lines, all
    on the province's economy: no line among them is a crosshead."""
    page = "\n".join([
        "简讯", "", "全省农商银行涉农贷款余额突破九千亿元",
        "截至3月末，全省农商银行系统涉农贷款余额达到9126亿元，较年初增加583亿元，增速高于各项贷款平均增速1.8个百分点。", "",
        "全省新增两家省级零碳产业园区",
        "全省农商银行系统日前与两家省级零碳产业园区签约，园区通过屋顶光伏、储能电站和绿电交易等方式实现年度运营碳排放净零，贷款余额增加明显。（江远）", "",
        "清明假期全省接待游客2860万人次",
        "据测算，清明假期全省共接待国内游客2860万人次，同比增长6.6%，实现旅游收入212亿元，全省农商银行消费贷款余额同比增长。", ""])
    recs = articles(split(page))
    assert [r.title for r in recs] == ["全省农商银行涉农贷款余额突破九千亿元", "全省新增两家省级零碳产业园区", "清明假期全省接待游客2860万人次"]


def test_a_paragraph_closed_by_a_reporters_signature_ends_its_article():
    """'…付款凭证。（记者　苗一禾）' then, with no headline between, another
    text whose headline is printed after it, right over the next article's
    headline and byline: three articles, each with its own writer."""
    page = "\n".join([
        "预付卡消费投诉同比下降", "",
        "  记者从市消费者权益保护委员会获悉，今年一季度，全市受理预付卡消费投诉",
        "1362件，同比下降28%。投诉主要集中在美容美发、健身、教育培训等行业。",
        "  市消保委提醒，消费者办理预付卡时尽量选择纳入监管的商家，单次充值金额",
        "不宜过大，并保存好合同和付款凭证。（记者　苗一禾）", "",
        "  随着气温升高，全市各大夜市和餐饮街区的客流明显增加。在滨江美食街，不少",
        "餐馆把桌椅摆到了户外，晚上九点以后依然座无虚席。",
        "  市商务局数据显示，4月全市餐饮收入同比增长11.4%，夜间消费额占全天的比",
        "重达到56%。全市今年将新培育10个夜间消费集聚区。（记者　杭予安）",
        "夜经济带动餐饮消费回暖", "",
        "二手车交易量连续三个月增长", "本报记者　温若初", "",
        "  全市二手车交易市场数据显示，4月全市二手车交易量达到2.14万辆，同比增长",
        "12.8%，已连续三个月保持增长。其中，新能源二手车交易量占比提升至19%。", ""])
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("预付卡消费投诉同比下降", ["苗一禾"]), ("夜经济带动餐饮消费回暖", ["杭予安"]),
                                                    ("二手车交易量连续三个月增长", ["温若初"])]


def test_a_subtitle_that_stops_on_a_comma_goes_on_on_the_next_line():
    rec = under_headline("全省制造业技改投资增长两成\n——首批百个智能工厂项目集中开工，\n总投资逾八百亿元")
    assert rec.title == "全省制造业技改投资增长两成" and rec.subtitle == "——首批百个智能工厂项目集中开工，总投资逾八百亿元"


def test_a_dashed_subtitle_hung_under_its_dash_goes_on_on_the_indented_line():
    """On a page with no paragraph indent, a subtitle cut inside a word (答 /
    记者问) goes on on a line set in by the dash's width: its rest, not a
    paragraph of the text."""
    page = "\n".join([
        "岚州出台融资担保新规",
        "——岚州省地方金融管理局有关负责人就《岚州省融资担保公司管理办法》答",
        "\u3000\u3000记者问", "",
        "问：为什么要出台《办法》？", "",
        "答：截至今年6月末，全省共有融资担保公司九十六家，在保余额",
        "三百一十二亿元，行业在服务小微企业方面发挥了积极作用，但也暴",
        "露出部分公司偏离主业等问题。", "",
        "问：《办法》对担保放大倍数有什么要求？", "",
        "答：融资担保公司的担保放大倍数不得超过十倍，对小微企业和农户",
        "的担保业务占比应当保持在百分之六十以上，并按季度向监管部门报",
        "送经营情况。", ""])
    rec = articles(split(page))[0]
    assert rec.subtitle.endswith("答记者问") and rec.paragraphs[0].text.startswith("问：为什么")


def _bilingual_page() -> str:
    """A bilingual business page: the section with its English name and the
    editors, a headline with its English version under it, another with it
    over it, English paragraphs after the Chinese, and a word list."""
    return "\n".join([
        "岚港双语商报", "2036年3月14日 星期五　B2",
        "商业·BUSINESS　　责任编辑：鲁望舒　　英文编辑：屈安然", "",
        "岚港集团一季度集装箱吞吐量增长9.1%",
        "Langang Group's container throughput up 9.1% in Q1",
        "本报记者　苗霁川", "",
        "\u3000\u3000岚港集团3月13日发布数据，今年一季度集团完成集装箱吞吐量五百",
        "一十二万标准箱，同比增长9.1%，其中外贸航线箱量占比达到六成。", "",
        "\u3000\u3000Langang Group handled 5.12 million TEUs of containers in",
        "the first quarter, up 9.1 percent year-on-year, the port",
        "operator said.", "",
        "Green bonds draw overseas investors",
        "绿色债券受境外投资者青睐",
        "本报记者　柳晓雨　By LIU XIAOYU", "",
        "\u3000\u3000今年以来，岚港市企业在境内外市场累计发行绿色债券七十六亿元，",
        "同比增长三成，境外投资者认购比例升至两成以上。", "",
        "\u3000\u3000Companies in Langang have issued 7.6 billion yuan of green",
        "bonds so far this year, with overseas investors taking up more",
        "than a fifth of the issuance.", "",
        "双语词汇　Glossary",
        "吞吐量　throughput",
        "标准箱　twenty-foot equivalent unit",
        "green bond　绿色债券", ""])


def test_a_bilingual_pages_english_lines_are_its_subtitles_and_text():
    """English running text is text, not the brand names and mastheads that
    Latin-only lines otherwise are; an English line set solid under or over
    a Chinese headline is its subtitle; a word list is a box."""
    recs = split(_bilingual_page())
    arts = articles(recs)
    assert [(r.title, r.subtitle, r.authors) for r in arts] == [
        ("岚港集团一季度集装箱吞吐量增长9.1%", "Langang Group's container throughput up 9.1% in Q1", ["苗霁川"]),
        ("绿色债券受境外投资者青睐", "Green bonds draw overseas investors", ["柳晓雨"])]
    assert arts[0].text.endswith("the port operator said.") and arts[1].text.endswith("a fifth of the issuance.")
    assert not any("throughput" in r.text for r in arts) and not any("鲁望舒" in (r.kicker or "") for r in arts)


def test_a_bilingual_byline_opening_on_the_english_name_is_one_byline():
    """'By LAN QIUSHI　本报记者　蓝秋实' under a headline: the byline in two
    languages, not a line of English with a byline glued on."""
    page = "\n".join([
        "Small sellers bet on small parcels", "跨境电商卖家押注小包裹", "By LAN QIUSHI　本报记者　蓝秋实", "",
        "\u3000\u3000越来越多的海外买家通过电商平台少量多次下单，岚州的中小卖家正以小包裹的",
        "形式把更多商品卖到海外，今年前十个月跨境电商出口额同比增长三成。", "",
        "\u3000\u3000Small sellers in Lanzhou are shipping more goods abroad in small",
        "parcels, as overseas buyers place smaller but more frequent orders.", ""])
    rec = articles(split(page))[0]
    assert (rec.title, rec.subtitle, rec.authors, rec.byline) == (
        "跨境电商卖家押注小包裹", "Small sellers bet on small parcels", ["蓝秋实"], "By LAN QIUSHI 本报记者 蓝秋实")


def test_a_rule_over_a_bulletins_distribution_list_opens_no_headline():
    """A rule of dashes (no English headline, though it holds no Chinese)
    over the bulletin's 报/送/发 list and its issuing line: no article."""
    page = "\n".join([
        "工　作　简　报", "第12期", "岚州省商务厅办公室　　　　　　　　2035年5月20日", "————————————————————", "",
        "全省外贸企业专项行动启动",
        "\u3000\u3000五月十五日，省商务厅召开全省外贸企业专项行动动员会，印发专项行动方案。",
        "方案提出，全年组织外贸企业参加境外重点展会一百二十场以上。（岚州市商务局报送）", "",
        "————————————————————",
        "报：商务部办公厅，省委办公厅，省政府办公厅。",
        "送：省委有关部门，省人大财经委，省政协经济委。",
        "发：各市（州）商务主管部门，厅机关各处室。",
        "————————————————————",
        "岚州省商务厅办公室　　　　　　2035年5月20日印发", "（共印85份）", ""])
    assert [r.title for r in articles(split(page))] == ["全省外贸企业专项行动启动"]


def test_a_bulleted_items_hanging_line_goes_on_with_its_sentence():
    """'●标准：按实际缴费的三分之二给予' / '　补贴。': an item's next line set in
    under the words after its bullet is the item's rest, so the bulleted
    items are the text under the headline, none of them a headline."""
    page = "\n".join([
        "岚城政务周报", "第3版　政策直通车", "",
        "灵活就业人员社保补贴", "怎么申领", "【划重点】", "",
        "●对象：就业困难人员、离校两年内",
        "\u3000未就业的高校毕业生。",
        "●标准：按实际缴费额的三分之二给予",
        "\u3000补贴。",
        "●期限：最长不超过三年。",
        "●办理：登录“岚城人社”小程序申",
        "\u3000请，审核通过后按季度发放。", ""])
    recs = articles(split(page))
    assert [r.title for r in recs] == ["灵活就业人员社保补贴怎么申领"]
    assert [p.text for p in recs[0].paragraphs][1] == "●标准：按实际缴费额的三分之二给予补贴。"


def test_replies_page_bulleted_items_over_two_lines_and_the_office_signing_apart():
    """A 回音壁 page: each item's headline marked by a bullet, one broken over
    two lines (the bullet on its first: no kicker); the next bulleted item
    is the next item, no crosshead."""
    page = "\n".join([
        "回音壁", "",
        "◆菜场凌晨卸货噪音扰民",
        "\u3000\u3000读者反映：思岚区湖畔农贸市场每天凌晨",
        "三点多开始卸货，叫喊声吵得附近居民睡不着。", "",
        "\u3000\u3000回复：经协调，市场已将卸货时间调整至",
        "凌晨五时以后，并铺设橡胶减噪垫。（思岚区城市管理局）", "",
        "◆退休人员医保卡余额",
        "能否家庭共济",
        "\u3000\u3000读者反映：我是退休职工，医保个人账户",
        "每年有结余，想给读小学的孙子买药，能否使用？", "",
        "\u3000\u3000回复：可以。我市已开通职工医保个人账",
        "户家庭共济，参保人可绑定近亲属共济使用。（鹭屿市医疗保障局）", "",
        "◆公租房租金能否按月缴纳",
        "\u3000\u3000读者反映：公租房租金要求每半年缴纳一",
        "次，对我们低收入家庭压力较大，能否按月缴？", "",
        "\u3000\u3000回复：自五月一日起，公租房承租人可自愿",
        "选择按月、按季或按半年缴纳租金。", "",
        "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000鹭屿市住房保障中心", "",
        "电动自行车以旧换新补贴延至年底", "本报记者　邝晓帆", "",
        "\u3000\u3000记者从鹭屿市商务局获悉，原定四月底结束的电动自行车以",
        "旧换新补贴活动延长至十二月三十一日，每辆补贴五百元至八百元。", ""])
    titles = [r.title.replace(" ", "") for r in articles(split(page))]
    assert titles == ["菜场凌晨卸货噪音扰民", "退休人员医保卡余额能否家庭共济", "公租房租金能否按月缴纳", "电动自行车以旧换新补贴延至年底"]


def test_a_letter_signed_flush_right_by_a_reader_before_the_next_headline():
    """'12345热线一周回音' names a hotline: a headline, no contact line; a
    letter signed flush right by a reader ('读者　X', 'PLACE业主　X') is
    signed so even with the next headline right under the signature."""
    page = "\n".join([
        "12345热线一周回音", "",
        "\u3000\u3000本报讯（记者　欧阳晴）上周，桐川市12345政务服务便民热线共受理",
        "群众诉求两万一千多件，办结率百分之九十七。本报选取部分诉求刊发如下。", "",
        "停车场收费标准该公示了",
        "\u3000\u3000上周我把车停在市人民医院旁边的一个停车场，两个半小时被",
        "收了二十五元，场内找不到任何收费公示牌，也开不出正规发票。",
        "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000读者　柏南星",
        "夜市摊位收费要透明", "本报记者　欧阳晴",
        "\u3000\u3000市场监管部门近日对夜市摊位收费开展检查，要求经营方公示收费",
        "标准，不得擅自加收管理费。", "",
        "小区充电桩装了两年还不通电",
        "\u3000\u3000我住在滨江区华庭苑小区。小区地下车库装了四十八个充电",
        "桩，两年过去了，这些充电桩一直没有通电，有的已经积满了灰。",
        "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000滨江区华庭苑业主　蒋望舒", "",
        "端午粽子礼盒价格平稳", "本报记者　欧阳晴", "",
        "\u3000\u3000端午临近，记者走访桐川市多家超市发现，粽子礼盒价格总体平",
        "稳，主流礼盒售价与去年基本持平。", ""])
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [
        ("12345热线一周回音", ["欧阳晴"]), ("停车场收费标准该公示了", ["柏南星"]), ("夜市摊位收费要透明", ["欧阳晴"]),
        ("小区充电桩装了两年还不通电", ["蒋望舒"]), ("端午粽子礼盒价格平稳", ["欧阳晴"])]


def test_a_bulleted_tip_over_a_letter_spaced_headline_is_no_part_of_it():
    """The last bullet of a tips box right over a letter-spaced headline (in
    other type): the tip stays out of the headline."""
    page = "\n".join([
        "入夏空调清洗服务价格差异大", "本报记者　聂清川",
        "\u3000\u3000入夏以来，岚州气温持续走高，家电清洗服务迎来旺季，同样",
        "是清洗一台挂机，价格从三十九元到一百五十元不等。",
        "消费提示", "●选择有资质的正规服务商", "●上门前问清收费项目和标准", "●清洗后当场试机并索要发票",
        "岚 州 发 放 第 二 批 数 字 消 费 券",
        "\u3000\u3000本报讯（记者　宁远岫）记者从岚州市商务局获悉，岚州第二批数字",
        "消费券将于六月二十日起分三轮发放，涵盖餐饮、零售、文旅和家电四大类。", ""])
    assert [r.title.replace(" ", "") for r in articles(split(page))] == ["入夏空调清洗服务价格差异大", "岚州发放第二批数字消费券"]


def test_a_name_set_flush_right_signs_the_text_above_though_text_follows():
    """'…也是等出来的。' / a name set far in, flush right / a notice right under
    it: the writer signs the piece above; the name heads nothing."""
    page = "\n".join([
        "等一束光", "",
        "\u3000\u3000拍盐田，最难的是等光。太阳刚出来的那十几分钟，光线斜斜地铺在盐池上，",
        "盐粒会泛出一层淡淡的金色。为了这十几分钟，我在东滩住了七天，第六天终于",
        "等到了。盐是晒出来的，也是等出来的。",
        "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000苗晓川",
        "摄影器材租赁订单一季度翻番", "本报记者　郜心远",
        "\u3000\u3000记者从岚冈市几家摄影器材租赁平台了解到，今年一季度相机和镜头",
        "的租赁订单同比翻了一番，年轻人成为租赁的主力。", ""])
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("等一束光", ["苗晓川"]), ("摄影器材租赁订单一季度翻番", ["郜心远"])]


def test_a_box_signed_flush_right_inside_an_article_lets_the_article_go_on():
    """A reporter's notes boxed inside the article, signed flush right, and
    right under the signature the rest of the sentence the box cut: the
    article goes on there; the signature is the box's own."""
    page = "\n".join([
        "补短板　降损耗", "冷链物流向县域加速延伸", "——岚口县农产品冷链建设调查", "本报记者　温如故　通讯员　祁小满", "",
        "\u3000\u3000清晨六点，岚口县东岭镇的蔬菜分拣中心已是一片忙碌。",
        "刚采摘的西兰花经过预冷、分级、包装，四个小时后便装上",
        "冷藏车，第二天一早就能出现在岚州市的超市货架上。",
        "\u3000\u3000“有了冷库，我们可以错峰销售，价格平均每斤能多卖",
        "两三毛钱。”东岭镇一家蔬菜合作社负责人算了一笔账，合",
        "作社去年种植西兰花一千二百亩，仅错峰销售一项就增收六十多万",
        "记者手记", "让“最先一公里”更顺畅",
        "\u3000\u3000采访中，一位菜农的话让记者印象深刻：“菜",
        "种得好不难，难的是卖得出去、卖得上价。”产地",
        "冷链就是农产品进城的“最先一公里”。",
        "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000温如故",
        "元。县农业农村局负责人介绍，下一步将推动冷链设施从",
        "“有没有”向“好不好”转变，引导企业建设共享冷库。", ""])
    recs = articles(split(page))
    main = [r for r in recs if r.title == "冷链物流向县域加速延伸"]
    assert main and "县农业农村局负责人介绍" in main[0].text and main[0].authors == ["温如故", "祁小满"]


def test_a_salutation_set_solid_under_a_headline_opens_the_letter():
    """'关于…来信的回复' / '岚溪日报社：' / the reply: the salutation is the
    reply's first line, no part of its headline."""
    page = "\n".join([
        "关于“出租车拒载短途乘客”来信的回复", "岚溪日报社：",
        "贵报3月5日刊登的读者来信《出租车拒载短途乘客谁来管》收悉。我局高度重视，",
        "立即对来信反映的两处出租车候客点开展专项检查，查处拒载、议价等违规行为",
        "十一起。感谢读者的监督。", ""])
    rec = articles(split(page))[0]
    assert rec.title == "关于“出租车拒载短途乘客”来信的回复" and rec.text.startswith("岚溪日报社：")


def test_a_page_as_another_extractor_leaves_it():
    """A header with full-width figures and the page's editor ('Ａ０５　数字经济
    主编：X'), a label overprinted for bold, a headline printed twice, one
    line under the other, and a magazine's section in two languages with
    an apostrophe ('卷首语　EDITOR'S NOTE'): none of it in the headlines; a
    byline with tabs for its gaps."""
    page = "\n".join([
        "Ａ０５　数字经济　主编：冀南风", "",
        "聚聚焦焦数数字字经经济济",
        "老字号前十个月销售额增长一成",
        "老字号前十个月销售额增长一成",
        "本报讯（记者　覃晚晴）今年前十个月，岚港市四十六家中华老字号和省级老字号企业",
        "实现销售额三十八亿多元，同比增长一成多。", ""])
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("老字号前十个月销售额增长一成", "聚焦数字经济")]
    assert split(page)[0].what == "编辑署名"  # the page's editors' line, its page number in full-width figures
    section = "\n".join([
        "卷首语　EDITOR'S NOTE",
        "储能的账，终究要算清楚",
        "\u3000\u3000每一轮产业热潮，都会留下两样东西：一样是装机量、产能、融资额这些",
        "漂亮的数字，另一样是迟早要算清楚的账。", ""])
    assert [(r.title, r.kicker) for r in articles(split(section))] == [("储能的账，终究要算清楚", None)]
    byline = "\n".join(["一季度全市GDP增长5.4%", "本报记者\t沈听澜\t通讯员\t柯一苇", "",
                        "\u3000\u3000记者昨日从市统计局获悉，初步核算，一季度全市地区生产总值一千八百多亿元，",
                        "按不变价格计算，同比增长5.4%，比全省平均水平高0.3个百分点。", ""])
    assert articles(split(byline))[0].authors == ["沈听澜", "柯一苇"]  # a byline whose gaps came out as tabs


def test_a_columnist_named_under_the_headline_over_a_line_of_posts():
    """'温和复苏的成色' / '卢衡之' / '岚衡大学经济学院教授、本刊专栏作者' / the
    column: the name signs it, the posts are a note, neither opens the text."""
    page = "\n".join([
        "温和复苏的成色", "卢衡之", "岚衡大学经济学院教授、本刊专栏作者",
        "\u3000\u3000三季度过半，各项数据给出的信号大体一致：经济在恢复，但恢复得并不均衡。",
        "工业生产和出口好于预期，消费和民间投资仍显乏力。判断复苏的成色，不能只看增速，",
        "更要看结构。", ""])
    rec = articles(split(page))[0]
    assert (rec.title, rec.authors) == ("温和复苏的成色", ["卢衡之"]) and rec.text.startswith("三季度过半")


def test_a_commentary_signed_under_its_text_after_a_bylined_article_is_its_own_piece():
    """A news article signed under its headline, then a display line, a text
    and '本报评论员' set under it: the line heads the commentary, no crosshead."""
    page = "\n".join([
        "全省首批智能工厂项目集中开工", "本报记者　闻笛", "",
        indented(["3月5日，全省首批120个智能工厂建设项目集中开工，总投资862亿元。",
                  "去年全省制造业技术改造投资同比增长18.4%，高于全部工业投资增速。",
                  "此次开工的项目覆盖汽车零部件、工程机械、电子信息等重点产业。"]), "",
        "让技术改造成为企业的“必修课”", "",
        indented(["在制造业竞争日趋激烈的今天，不改造就会落后，慢改造也会落后。首批智能工厂项目集中开工，",
                  "释放出以技术改造推动产业升级的鲜明信号。",
                  "技术改造不是一劳永逸的“一次性工程”，而是企业持续提升竞争力的“必修课”。"]),
        "本报评论员", ""])
    recs = articles(split(page))
    assert [r.title for r in recs] == ["全省首批智能工厂项目集中开工", "让技术改造成为企业的“必修课”"]


W24 = "\u3000\u3000"


def _column_cut_page() -> str:
    """An article whose paragraph a column break cuts after a full line of
    clauses (mid-word: 提 / 示), the neighbouring column's article (headline
    over two lines, dateline), then the rest of the first article."""
    return "\n".join([
        "中小银行加快不良资产处置",
        "本报记者\u3000柯望舒",
        "",
        "\u3000\u3000今年以来，全省中小银行加快不良资产处置步",
        "伐，资产质量持续改善。一季度，全省农村商业银",
        "行和城市商业银行共处置不良贷款一百八十六亿多",
        "元，同比增长了三成多。",
        "\u3000\u3000处置提速的同时，各家银行也在治未病上下功",
        "夫。多家中小银行引入大数据风控模型，一旦发现",
        "异常，系统会自动预警，客户经理第一时间核实。",
        "城商银行去年上线的预警系统，已累计发出风险提",
        "省内首只公募基金扩募",
        "获批复",
        "",
        "\u3000\u3000本报讯（记者\u3000岑小鸥）四月二十一日，港口",
        "物流基础设施公募基金扩募申请获得批复，拟新购",
        "入两座高标准仓库，扩募规模约十四亿元。",
        "\u3000\u3000据介绍，该基金于前年上市，底层资产为临港",
        "物流园一期的五座仓库，上市以来出租率始终保持",
        "在九成五以上。",
        "示一千九百多条，帮助提前化解潜在风险贷款约九",
        "亿元。",
        "\u3000\u3000业内人士指出，中小银行资本实力相对较弱，",
        "不良资产处置仍面临资本补充压力大、专业人才不",
        "足等难题。",
        ""])


def test_a_full_line_cut_off_by_a_column_break_is_no_part_of_the_headline_under_it():
    recs = articles(split(_column_cut_page()))
    assert [r.title for r in recs] == ["中小银行加快不良资产处置", "省内首只公募基金扩募获批复"]
    assert "风险提" in recs[0].text and "风险提" not in recs[1].text


def test_the_rest_of_a_paragraph_a_column_break_cut_goes_back_to_it_with_no_blank_line_between():
    """'…风险提' / … / '示一千九百多条…' right under the other article's last
    paragraph: the flush start finishes the word the cut line left (提示)."""
    first, second = articles(split(_column_cut_page()))
    assert "风险提示一千九百多条" in first.text and "不良资产处置仍面临" in first.text
    assert "一千九百多条" not in second.text


def test_headless_text_after_a_headlines_one_short_paragraph_goes_on_with_it():
    """A stock review: headline, '事件：…' (one short paragraph), a blank line,
    '点评：…', '风险提示：…' and the analyst's signature: one item, signed."""
    page = "\n".join([
        "晨光股份（603899）：产能释放在即", "事件：公司公告，拟投资十二亿元建设新生产基地，达产后年产能翻番。", "",
        "澜海药业（002938）：创新药获批上市打开成长空间", "事件：公司公告，其自主研发的一类创新药获批上市，用于治疗银屑病。", "",
        "点评：该产品是国内首个获批的同类口服药物，竞争格局良好。公司已组建专业销售团队，预计年内完成主要省份挂网，",
        "我们认为该产品有望成为公司新的业绩增长点，给予“增持”评级。", "风险提示：产品销售放量不及预期。",
        "分析师：阮书棠（执业证书编号：S1120519080004）", ""])
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs][-1] == ("澜海药业（002938）：创新药获批上市打开成长空间", ["阮书棠"])
    assert "给予“增持”评级" in recs[-1].text


def test_letters_signed_by_two_readers_on_a_page_with_a_blank_line_after_every_line():
    lines = ["读者来信", "建议公交站台增设电子站牌",
             "　　我们是住在县城东片区的两名退休职工，", "平时出门主要坐公交车。县城的一些公交站台",
             "还没有电子站牌，等车时不知道车辆到了哪里。", "　　建议在客流量大的站台优先安装电子站牌，",
             "方便老年乘客出行。", "　　屏溪县　读者　杜春燕　潘立",
             "农贸市场的“公平秤”要常校准", "　　前几天我在城南农贸市场买菜，回家一称",
             "发现少了二两。希望市场管理方和监管部门定期", "校验“公平秤”，让它真正发挥作用。（萧原　读者　", "庞秋）"]
    recs = articles(split("\n\n".join(lines) + "\n"))
    assert [(r.title, r.authors) for r in recs] == [("建议公交站台增设电子站牌", ["杜春燕", "潘立"]),
                                                    ("农贸市场的“公平秤”要常校准", ["庞秋"])]


def test_lines_of_a_narrow_column_that_name_a_scan_code_are_still_text():
    """'市民买菜后可以扫码支' / '付，小票上的二维码还' in a ten-character column,
    between two lines of text and going on into the next: no advert."""
    page = "\n".join(["县城新添智慧农贸市场", "本报记者　舒蔓", "",
                      "　　走进市场，每个摊", "位上方都挂着一块电子", "显示屏，实时显示商品", "名称、价格和产地信息。",
                      "市民买菜后可以扫码支", "付，小票上的二维码还", "能查到蔬菜的检测结果。", "“菜价一目了然，买着",
                      "放心。”正在买菜的市", "民杨阿姨说。", ""])
    (rec,) = articles(split(page))
    assert "市民买菜后可以扫码支付，小票上的二维码还能查到蔬菜的检测结果。" in rec.text


def test_a_signature_before_a_link_box_printed_under_the_article_names_its_writer():
    page = "\n".join(["专精特新企业研发投入强度提高", "    省工业和信息化厅近日发布的数据显示，全省专精特新中小企业去年研发投入总额",
                      "达到286亿元，平均研发投入强度6.8%，高出全省规模以上工业企业平均水平。",
                      "    这些企业平均拥有有效发明专利16件，主导产品在细分市场占有率位居全省前三。（严心悦）",
                      "【链接】", "专精特新中小企业是指具有专业化、精细化、特色化、新颖化特征的中小企业。", ""])
    (rec,) = articles(split(page))
    assert rec.authors == ["严心悦"]


def test_an_issues_executive_editor_signs_the_editors_letter():
    from generator.split.bylines import parse_byline
    assert parse_byline("本期执行主编　龚一帆").authors == ["龚一帆"]


def _hard_cut(paragraphs: list[str], width: int = 15) -> list[str]:
    """Lines cut after every `width` glyphs, as a text layer without kinsoku leaves them."""
    out = []
    for p in paragraphs:
        text = "\u3000\u3000" + p
        out += [text[k:k + width] for k in range(0, len(text), width)]
    return out


def test_a_headline_cut_inside_its_figure_under_the_page_header_stays_whole():
    """'市区首批智慧停车泊位上线覆盖1' / '2条道路' right under the header lines:
    the figure goes on, '2条道路' is no section beside a page number."""
    page = "\n".join(["澜江晚报", "A4　民生", "2030年6月3日 星期一", "市区首批智慧停车泊位上线覆盖1", "2条道路", "本报记者　谭小葵"]
                     + _hard_cut(["6月1日起，澜江市中心城区首批2360个智慧停车泊位正式上线运行，覆盖解放路、滨江路等12条道路。",
                                  "市城管局相关负责人介绍，智慧停车系统还能实时显示各路段空余泊位数量。"]) + [""])
    (rec,) = articles(split(page))
    assert rec.title == "市区首批智慧停车泊位上线覆盖12条道路"


def test_a_text_closed_by_its_own_signature_after_a_bylined_article_is_another_article():
    page = "\n".join(["全市老年助餐点扩至286个", "本报记者　谭小葵"]
                     + _hard_cut(["记者从市民政局获悉，截至5月底，全市已建成老年助餐点286个，覆盖八成以上城市社区。",
                                  "在青禾社区助餐点，78岁的郑大爷每天中午都来吃饭，饭菜软烂、少油少盐。"])
                     + ["中心城区“15分钟健身圈”基本", "建成"]
                     + _hard_cut(["记者从市民政局了解到，中心城区已在社区助餐点旁新建和改造老年人健身场地132处，覆盖八成以上城市社区。",
                                  "今年，全市社区还将为老年人建设20个口袋体育公园，老年人每天都来锻炼。"]) + ["（卓一凡）", ""])
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("全市老年助餐点扩至286个", ["谭小葵"]),
                                                    ("中心城区“15分钟健身圈”基本建成", ["卓一凡"])]


def test_a_name_the_lines_edge_cut_under_a_byline_is_read_whole():
    page = "\n".join(["全市老年助餐点扩至286个", "本报记者　谭小葵　实习生　宁贝", "可"]
                     + _hard_cut(["记者从市民政局获悉，截至5月底，全市已建成老年助餐点286个，覆盖八成以上城市社区。",
                                  "在青禾社区助餐点，78岁的郑大爷每天中午都来吃饭，饭菜软烂、少油少盐。"]) + [""])
    (rec,) = articles(split(page))
    assert rec.authors == ["谭小葵", "宁贝可"] and not rec.text.startswith("可")


def test_a_crosshead_of_two_phrases_keeps_the_space_between_them():
    page = ("智能戒指或成可穿戴新风口\n本报记者 王小明\n\n" + "\n".join(indented(CREDIT[:2]).split("\n")) +
            "\n\n三星布局　苹果被指有意\n\n" + indented(CREDIT[2:]) + "\n")
    (rec,) = articles(split(page))
    assert [p.text for p in rec.paragraphs if p.heading] == ["三星布局 苹果被指有意"]


def test_bracketed_lines_each_over_a_short_text_title_a_lists_items():
    page = "\n".join(["新车速递", "【2033款岱风E5】", "　　10月18日，2033款岱风E5上市，售价14.58万元至18.28万元，新款车型升级了800V高压平台。", "",
                      "【星越S3】", "　　星越汽车旗下紧凑型纯电SUV星越S3日前开启预售，预售价11.99万元起，标配辅助驾驶系统。", "",
                      "【骁途T9混动版】", "　　骁途T9混动版将于本月底正式上市，纯电续航150公里，亏电状态下百公里油耗5.8升。", ""])
    recs = articles(split(page))
    assert [r.title for r in recs] == ["【2033款岱风E5】", "【星越S3】", "【骁途T9混动版】"]


def test_a_text_signed_at_its_end_by_someone_else_after_a_datelined_article_is_its_own():
    """'本报讯（记者 庞知远）…' then a lone line and a text closed by '（邝小满）':
    two writers, two articles; a photo's credit '（程波摄）' signs no text."""
    page = "\n".join([
        "产业联盟成员突破两百家",
        "  本报讯（记者　庞知远）9月5日，全省芯片产业联盟年度大会在禾阳举行，联盟成员单位已突破200家，",
        "涵盖芯片设计、工具软件、操作系统、整机制造等环节，成员企业相关产品出货量超过3.6亿颗。",
        "  会上，联盟发布了面向工业控制的处理器参考设计，联盟秘书长表示，将推动更多中小企业参与芯片创新。", "",
        "公共算力服务平台上线",
        "  9月3日，全市公共算力服务平台正式上线，首期接入算力规模达到800 PFLOPS，可为中小企业和芯片设计企业提供算力服务。",
        "  平台所在的数据中心采用液冷技术，联盟成员企业使用平台算力可按实际费用的30%申领补贴。（邝小满）", ""])
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("产业联盟成员突破两百家", ["庞知远"]), ("公共算力服务平台上线", ["邝小满"])]


def test_an_editors_note_under_a_series_headline_is_no_article_of_its_own():
    page = "\n".join(["新春走基层", "开工第一天，我们在现场",
                      "　　【编者按】春节假期刚过，全省各地企业陆续复工复产，重点项目加快推进。本报记者兵分多路，走进车间、工地和港口，记录开工第一天的火热场景。",
                      "", "生产线上订单排到了五月", "本报记者　颜知行", "", indented(FOREIGN), "",
                      "隧道里响起“开工号”", "本报记者　尤青禾", "", indented(CREDIT), ""])
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["生产线上订单排到了五月", "隧道里响起“开工号”"]
    assert any(r.what == "编者按" and "兵分多路" in r.text for r in recs)


def test_a_signature_wrapped_onto_an_indented_line_closes_its_text():
    """'（记者　单知微' / '　　整理）' in a nine-character column, then the next
    headline over two lines: the signature names the writer and the
    headline opens the next article."""
    page = "\n".join(["助学贷款怎么申请？", "", "　　7月1日起，今", "年的生源地信用助", "学贷款开始受理。", "",
                      "　　答：首次申请的", "学生，需携带身份", "证到县级学生资助", "管理中心办理。", "（记者　单知微", "　　整理）", "",
                      "全市新增公办学位", "1.8万个", "", "本报讯（记者　阚书", "言）记者从市教育局", "获悉，今年全市计划",
                      "新建中小学和幼儿园", "42所，新增学位1.8", "万个。", ""])
    recs = articles(split(page))
    assert [(r.title.replace(" ", ""), r.authors) for r in recs] == [("助学贷款怎么申请？", ["单知微"]), ("全市新增公办学位1.8万个", ["阚书言"])]


def test_a_name_set_over_the_writers_bio_signs_the_essay_above():
    page = "\n".join(["老街的秤", "", "　　小时候，镇上老街的尽头有一家杂货铺，铺子里最显眼的，是柜台上那杆老秤。",
                      "　　秤变了，老街变了，做生意的方式也变了。可有些东西，一直都在。",
                      "　　　　　　　　　　　　　　　　　　　　柴素心", "",
                      "【作者简介】柴素心，省作家协会会员，现供职于县文化馆，著有散文集《河埠头》。", ""])
    (rec,) = articles(split(page))
    assert rec.authors == ["柴素心"]


def test_a_pull_quote_closing_with_a_stop_where_its_sentence_goes_on_is_set_apart():
    """'…帮助企业降低转型成本。' printed as a pull quote of '…帮助企业降低转型成本，
    让更多好产品…': the quote's full stop stands where the text has a comma."""
    quote = "此外，多家电商平台推出专项扶持计划，为外贸企业提供流量和物流支持。"
    body = "\n\n".join(["\n".join(FOREIGN[:2]), quote,
                        "此外，多家电商平台推出专项扶持计划，为外贸企业提供流量和物流支持，帮助企业降低转型成本。", BODY_B])
    (rec,) = articles(split(f"外贸优品转内销\n\n本报记者 张三\n\n{body}\n"))
    assert [p.figure for p in rec.paragraphs if p.text.replace("\n", "") == quote] == [True]


def test_a_magazines_standfirst_printed_above_the_headline_goes_with_its_article():
    # one paragraph to a line, blank lines between, as a magazine's text layer gives them
    page = "\n\n".join(["早期文章的标题", "文 / 张三", "".join(FOREIGN[:2]), "".join(FOREIGN[2:]), "责任编辑：张煜",
                        "在当今的物联网时代，我们享受着万物互联带来的便捷，也面临着严峻的个人信息安全难题，亟需找到平衡点。",
                        "物联网时代下的个人信息安全难题及解决方案", "文 / 赵俊渥",
                        "随着科技的快速进步，物联网设备走进千家万户，智能门锁、智能音箱和可穿戴设备时刻收集着用户的个人信息，"
                        "个人信息安全面临前所未有的挑战。",
                        "物联网设备种类多、数量大，安全防护水平参差不齐，一些设备出厂时使用默认密码，个人信息很容易被窃取和滥用。",
                        "解决物联网时代的个人信息安全难题，需要加快标准和规范的制定，压实企业主体责任，提升用户的安全意识。"]) + "\n"
    recs = split(page)
    (rec,) = [r for r in articles(recs) if r.title.startswith("物联网")]
    assert rec.subtitle.startswith("在当今的物联网时代") and not any(r.text.startswith("在当今") for r in recs if r.kind == "other")


def test_who_answers_a_question_headline_after_a_colon_is_its_deck():
    rec = under_headline("斑马线为何半年没补画？\n相关部门：本月底前完成梅园路交通标线施划")
    assert (rec.title, rec.subtitle) == ("斑马线为何半年没补画？", "相关部门：本月底前完成梅园路交通标线施划")


def test_a_line_of_clauses_under_a_headline_that_wrapped_and_stopped_short_is_its_deck():
    rec = under_headline("换电模式：重卡电动化的\n“加速器”\n从示范运营到规模推广，还有几道坎？")
    assert (rec.title, rec.subtitle) == ("换电模式：重卡电动化的“加速器”", "从示范运营到规模推广，还有几道坎？")


def test_a_signature_line_naming_two_writers_set_apart_names_both():
    page = "\n".join(["竹产业链产值突破30亿元", indented(FOREIGN), "（通讯员　毛晓竹　龚亦）", "",
                      "秋季招聘会提供岗位2600个", indented(CREDIT), "（区融媒体中心　沐晴）", ""])
    recs = articles(split(page))
    assert [r.authors for r in recs] == [["毛晓竹", "龚亦"], ["沐晴"]]


def test_a_paragraphs_first_line_cut_inside_a_name_under_a_crosshead_is_no_heading():
    """Under a crosshead, the first line of a paragraph cut by a column break
    at '…是禾' / '川物流…': jieba's dictionary splits the unknown name (禾|川),
    its HMM reads it whole; the line is text, not a second heading."""
    page = "\n\n".join(["无人仓跑出加速度", "文 / 张三", "".join(FOREIGN[:2]), "仓储升级看园区",
                        "今年率先落地的是禾",
                        "川物流的无人仓项目，项目投运后，分拣效率提升三成，人工成本下降两成，园区内其他企业也在加快跟进。",
                        "".join(FOREIGN[2:])]) + "\n"
    (rec,) = articles(split(page))
    assert [p.text for p in rec.paragraphs if p.heading] == ["仓储升级看园区"]
    assert any(p.text.startswith("今年率先落地的是禾川物流") for p in rec.paragraphs)


def test_a_magazine_story_under_its_standfirst_credits_and_reading_time_is_one_article():
    """Headline, standfirst, a credits line with the editor first, the
    reading time, then the story: one article, written by the writers."""
    page = "\n\n".join(["出海：一场没有退路的远征",
                        "国内市场价格战正酣，一批企业把目光投向中东和拉美。出海，能否成为行业走出内卷的出口？",
                        "编辑｜温小宁　文｜本刊记者　乔小南　覃小雨　图｜视界图库", "全文约6800字，阅读约需17分钟",
                        "".join(FOREIGN[:2]), "".join(FOREIGN[2:])]) + "\n"
    recs = split(page)
    (rec,) = articles(recs)
    assert rec.authors == ["乔小南", "覃小雨"]
    assert "".join(FOREIGN[2:])[:20] in rec.text.replace("\n", "")
    assert [r.text for r in recs if r.kind == "other"] == ["全文约6800字，阅读约需17分钟"]


def test_a_magazines_columns_sign_with_the_columnists_name_and_post_above_or_below_the_headline():
    """A columns page of a narrow column, no blank lines: each column's name,
    then the columnist (a name over an unbracketed note "作者为…" wrapped at
    the column's edge, or "name｜workplace" with the post wrapped), in either
    place around the headline."""
    def wrapped(text: str, width: int = 14) -> list[str]:
        return [text[i:i + width] for i in range(0, len(text), width)]

    body_a = "　" + "今年以来多家银行再次下调存款挂牌利率，银行理财和债券基金的规模明显增长，存款搬家成了市场热议的话题。"
    body_b = "　" + "这几年走访了不少县城，县城的商业综合体越建越多，但真正热闹的并不多，有的开业不到两年就冷清了。"
    body_c = "　" + "最近和几家制造企业的负责人交流，他们都在推进数字化转型，系统上了不少，但效果并不理想。"
    page = "\n".join(["宏观札记", "欧阳知白", *wrapped("作者为岱川社会科学院经济研究所研究员"), "利率下行时，存款去哪儿了",
                      *wrapped(body_a), "产业观澜", "县城商业的“最后一公里”", "谷雨桐",
                      *wrapped("作者系岚阳大学商学院教授、县域经济研究中心主任"), *wrapped(body_b),
                      "管理笔记", "钱望之｜岱川明策管理咨询公司", "合伙人", "别让数字化变成“数字形式主义”", *wrapped(body_c), ""])
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("利率下行时，存款去哪儿了", ["欧阳知白"]),
                                                    ("县城商业的“最后一公里”", ["谷雨桐"]),
                                                    ("别让数字化变成“数字形式主义”", ["钱望之"])]


def test_a_series_numbered_label_over_each_instalments_headline_is_its_kicker():
    """'关键词⑦　以旧换新' over '旧物换新机，消费添活力': the series' numbered
    label, however a word seems to run across (新|旧物), is no part of the headline."""
    page = "\n".join(["关键词⑦　以旧换新", "旧物换新机，消费添活力", "本报记者　柴小舒", indented(FOREIGN),
                      "关键词⑧　低空经济", "从“飞起来”到“用起来”", "本报记者　姚小帆", indented(CREDIT), ""])
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("旧物换新机，消费添活力", "关键词⑦ 以旧换新"),
                                                   ("从“飞起来”到“用起来”", "关键词⑧ 低空经济")]


def test_speakers_of_a_roundup_of_views_label_its_paragraphs_and_a_posted_writer_signs():
    """'全国人大代表、…董事长　X' over a paragraph, between closed paragraphs:
    who says what in one article of views, no headline of its own; '文／
    post　name' under a headline names the writer."""
    page = "\n\n".join(["加快发展新质生产力，民营企业大有可为", indented(FOREIGN[:2]),
                        "全国人大代表、岱州恒锐智能装备有限公司董事长　廖小邦", indented(FOREIGN[2:]),
                        "全国政协委员、岚阳大学经济学院教授　晏小池", indented(CREDIT),
                        "（本报记者　柏小岩　整理）",
                        "让“专精特新”企业专心创新\n文／全国政协委员、岱川大学经济学院院长　陶小姝", indented(BODY_B.split("\n"))]) + "\n"
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("加快发展新质生产力，民营企业大有可为", ["柏小岩"]),
                                                    ("让“专精特新”企业专心创新", ["陶小姝"])]


def test_a_wire_item_opening_on_ju_xinhuashe_dian_is_an_article_of_its_own():
    """'据新华社电　记者日前从…' opens a wire item: the line over it is its
    headline, not a line of the text before (no page blank lines)."""
    lines = "\n".join(FOREIGN)
    page = f"全省电商直播基地增至46个\n本报记者　尚小禾\n{lines}\n“保险+期货”试点扩至12个县\n据新华社电　记者日前从省农业农村厅获悉，今年\n全省将玉米、生猪“保险+期货”试点范围由5个县扩\n大到12个县，预计为农户提供风险保障超过30亿元。\n“保险+期货”模式下，农户向保险公司购买价格保险，\n保险公司再通过期货公司在期货市场进行风险对冲。\n"
    recs = articles(split(page))
    assert [r.title for r in recs] == ["全省电商直播基地增至46个", "“保险+期货”试点扩至12个县"]


def test_a_subtitle_cut_inside_a_word_at_the_columns_edge_goes_on_on_the_next_line():
    rec = under_headline("全省夏收进度过七成\n——农机手跨区作业忙，高标准农田项目区小麦亩均增\n产超百斤")
    assert (rec.title, rec.subtitle) == ("全省夏收进度过七成", "——农机手跨区作业忙，高标准农田项目区小麦亩均增产超百斤")


def test_a_headline_glued_to_its_first_text_line_across_a_wide_gap_is_parted():
    """Extraction put a headline's last line and the text beside it on one
    line, parted by a wide gap: the dateline or the sentence after the gap
    opens the text; a table row parted alike stays a row."""
    body = "\n".join(FOREIGN)
    page = (f"全省装配式建筑占新建\n建筑比例达41%    本报讯（记者　卜小野　通讯员　雷小衡）\n{body}\n\n"
            f"塔吊装上“智慧眼”　司机告别“盲吊”    4月8日，在滨江新城安置房项目工\n地，一台60米高的塔吊正在吊运钢筋。\n{body}\n")
    recs = articles(split(page))
    assert [(r.title.replace(" ", ""), r.authors) for r in recs] == [("全省装配式建筑占新建建筑比例达41%", ["卜小野", "雷小衡"]),
                                                                     ("塔吊装上“智慧眼”司机告别“盲吊”", [])]
    assert recs[1].text.startswith("4月8日，在滨江新城")


def test_a_subtitle_cut_between_a_figure_and_its_measure_word_goes_on_over_three_lines():
    rec = under_headline("上半年全市实际使用外资\n增长26.8%\n——新设外商投资企业132\n家，制造业利用外资占比过\n半")
    assert rec.subtitle == "——新设外商投资企业132家，制造业利用外资占比过半"


def test_a_headline_opening_on_a_measure_word_over_a_dateline_is_a_headline():
    """'个税汇算…' opens on 个 (jieba knows no 个税), as the rest of a sentence
    cut after its figure would; over a dateline it is a headline all the same."""
    body = "\n".join(FOREIGN)
    page = f"全省新增减税降费超300亿元\n本报记者　严小秋\n{body}\n\n个税汇算“预填服务”将扩围\n　本报讯（记者　符小远）记者从省税务局获悉，明年3月1日起将启动个\n人所得税综合所得汇算清缴，预填服务范围将进一步扩大。\n"
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("全省新增减税降费超300亿元", ["严小秋"]), ("个税汇算“预填服务”将扩围", ["符小远"])]


def test_a_headline_under_a_column_label_opening_on_a_lone_character_is_a_headline():
    """'城事快评' / '年味儿里的“新”与“旧”': jieba reads 年 alone, as it would
    the rest of a sentence cut after its figure; under a display line it
    is the headline."""
    body = "\n".join(FOREIGN)
    page = f"城事快评\n年味儿里的“新”与“旧”\n\n{body}\n　　　　　　　　　　舒　北\n"
    (rec,) = articles(split(page))
    assert (rec.title, rec.authors) == ("年味儿里的“新”与“旧”", ["舒北"])


def test_two_clauses_set_solid_under_one_phrase_are_the_headlines_deck():
    rec = under_headline("光伏玻璃行业主动“踩刹车”\n多家企业冷修窑炉，行业库存天数明显回落")
    assert (rec.title, rec.subtitle) == ("光伏玻璃行业主动“踩刹车”", "多家企业冷修窑炉，行业库存天数明显回落")


def test_a_headline_broken_on_purpose_over_three_short_lines_under_an_english_section_label():
    """'BUSINESS　商业' is the section's label; '一碗粉，' / '撑起' / '百亿产业'
    (a noun phrase and its comma, a verb alone) is one headline."""
    page = "\n".join(["BUSINESS　商业", "", "一碗粉，", "撑起", "百亿产业", "",
                      "撰文 / 蓝小安　　摄影 / 程小鸥　　编辑 / 路小满", "", indented(FOREIGN), ""])
    (rec,) = articles(split(page))
    assert (rec.title, rec.authors) == ("一碗粉，撑起百亿产业", ["蓝小安"])


def test_a_magazine_story_under_its_credits_keeps_its_text_from_the_next_columns_headline():
    """Headline, standfirst, credits, the story, '（文中…为化名）'; then a column's
    label, headline and '文 / 本刊主笔 X': the story is the first headline's,
    not the text of the second printed after it."""
    page = "\n\n".join(["一碗粉，撑起百亿产业", "从路边小店到中央厨房，岚阳米粉用十年时间完成了从地方小吃到百亿产业的跨越。",
                        "撰文 / 蓝小安　　摄影 / 程小鸥　　编辑 / 路小满", indented(FOREIGN), indented(CREDIT),
                        "（文中梁小生为化名）", "商业笔记\n地方小吃“出圈”靠什么\n文 / 本刊主笔　钟离小越",
                        indented(BODY_B.split("\n"))]) + "\n"
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("一碗粉，撑起百亿产业", ["蓝小安"]), ("地方小吃“出圈”靠什么", ["钟离小越"])]
    assert FOREIGN[0][:10] in recs[0].text


def test_a_magazine_storys_first_crosshead_after_a_long_lead_under_its_credits_is_a_crosshead():
    """Under a standfirst and a credits line a feature's lead runs to a few
    paragraphs before its first crosshead; the crosshead is no new article."""
    lead = ["凌晨四点，澄湾港集装箱码头的吊机还在作业。一排刷着白漆的储能集装箱被逐一吊上货轮，它们将在二十一天后抵达中东的一座光伏电站。",
            "“这是我们今年出口的第三十七船。”一家储能企业海外事业部的总经理站在码头上，盯着手机上的装船进度。两年前，这家公司的海外收入占比还不到一成。",
            "这家企业的转身，是国内储能行业的一个缩影。海关数据显示，去年全省锂离子储能系统出口额同比增长六成以上，出口目的地扩展到四十多个国家和地区。"]
    page = "\n\n".join(["储能出海：没有退路的远征", "国内市场价格战正酣，一批储能企业把目光投向中东、欧洲和拉美。出海，能否成为行业走出内卷的出口？",
                        "编辑｜温小宁　文｜本刊记者　乔小南", "全文约6800字，阅读约需17分钟", *lead, "被价格战“逼”出来的远行",
                        "出海，首先是被国内市场“逼”出来的。过去三年，储能电芯价格累计下跌超过四成，不少企业在国内项目上做一单亏一单，只能靠规模摊薄成本。"]) + "\n"
    (rec,) = articles(split(page))
    assert rec.title == "储能出海：没有退路的远征" and "只能靠规模摊薄成本" in rec.text


def test_a_dash_and_a_name_after_a_texts_last_sentence_sign_it():
    page = "\n".join(["采访手记", "“慢”下来的出海", indented(FOREIGN), "　　　　　　　　　　　　——宣小苇", "", "岱川财经周刊　2035年第12期", ""])
    (rec,) = articles(split(page))
    assert rec.authors == ["宣小苇"]


def test_a_headline_broken_after_its_topics_colon_under_a_kicker_and_names_reporting():
    """'新能源汽车产业链加速集聚' / '泊阳：' / '从“造零件”到“造整车”': the kicker
    over a headline that opens on its topic and colon (泊阳 is a place jieba
    does not know, no speaker); 'X　Y　报道' names who reported."""
    page = "\n".join(["新能源汽车产业链加速集聚", "泊阳：", "从“造零件”到“造整车”", "方小禾　鲁小砚　报道", "", indented(FOREIGN), ""])
    (rec,) = articles(split(page))
    assert (rec.title, rec.kicker, rec.authors) == ("泊阳：从“造零件”到“造整车”", "新能源汽车产业链加速集聚", ["方小禾", "鲁小砚"])


def test_a_spaced_headline_over_a_plain_deck_and_a_mastheads_fields():
    """'省 委 常 委 会 召 开 会 议' set solid over two lines of plain type: the
    headline and its deck; '今日8版　第27815号' is the masthead's, no kicker."""
    page = "\n".join(["澜江日报", "中共澜江省委机关报", "今日8版　第27815号", "",
                      "省 委 常 委 会 召 开 会 议", "传达学习全国两会精神　研究部署一季", "度经济运行等工作　岳小川主持", "",
                      indented(FOREIGN), ""])
    recs = split(page)
    (rec,) = articles(recs)
    assert (rec.title, rec.kicker) == ("省委常委会召开会议", None)
    assert rec.subtitle.replace(" ", "") == "传达学习全国两会精神研究部署一季度经济运行等工作岳小川主持"


def test_each_bulleted_subject_item_of_an_announcements_digest_is_an_article():
    """'◆鹭汀药业：…' / '◆梧川路桥：…', each over a text that opens on its
    subject: items of a digest, not crossheads of one text; '本版责任编辑：X'
    is the page's credit."""
    page = "\n".join(["公告速递", "",
                      "◆鹭汀药业：创新药获批开展临床试验", "　　鹭汀药业（300815）公告，公司自主研发的1类创新药LT-2031近日获得",
                      "药物临床试验批准通知书，将于近期开展Ⅰ期临床试验。公司提示，药品研发周期长、投入大。", "",
                      "◆梧川路桥：中标8.62亿元高速公路项目", "　　梧川路桥（601892）公告，公司近日收到中标通知书，确定为某",
                      "高速公路改扩建工程第三标段的中标单位，中标金额8.62亿元，约占公司上一年度营业收入的7.4%。", "",
                      "本版责任编辑：祁小川　校对：蓝小舟", ""])
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["鹭汀药业：创新药获批开展临床试验", "梧川路桥：中标8.62亿元高速公路项目"]


def test_a_photo_caption_between_a_headline_and_its_dated_text_belongs_to_that_article():
    body = "\n".join(FOREIGN)
    page = (f"全省新增减税降费超300亿元\n本报记者　严小秋\n{body}\n\n澜州综保区前三季度进出口增长18%\n图为澜州综合保税区内，\n"
            f"工作人员正在查验进出口货物。\n图片来源：澜州综合保税区管委会\n\n　　本报讯（记者　雷小雨）前三季度，澜州综合保税区实现进出口总额\n"
            f"486亿元，同比增长18.3%，增速居全省综合保税区首位。\n")
    recs = split(page)
    assert [(r.title, r.authors) for r in articles(recs)] == [("全省新增减税降费超300亿元", ["严小秋"]),
                                                             ("澜州综保区前三季度进出口增长18%", ["雷小雨"])]
    assert not [r for r in recs if r.kind == "brief"]


def test_a_mastheads_name_printed_again_mid_page_with_the_date_and_page_is_furniture():
    header = "澜川电力报\n２０３３年１０月２５日　星期二\n第２版　电网·电源\n\n"  # (figures set full width)
    # its last paragraph set apart by a blank line, and naming what the paper is named for
    body = indented(FOREIGN) + "\n\n　　为保障项目电力送出，澜川供电公司同步建设２２０千伏汇\n集站和送出线路，比计划工期提前４５天投运。"
    page = (f"{header}前三季度全省用电量增长5.2%\n本报记者　欧阳小禾\n{body}\n\n{header}"
            f"全省虚拟电厂可调节负荷突破100万千瓦\n\n　　本报讯（记者　施小望）记者从省电力公司获悉，全省虚拟电厂\n可调节负荷已突破100万千瓦。\n")
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["前三季度全省用电量增长5.2%", "全省虚拟电厂可调节负荷突破100万千瓦"]
    assert "比计划工期提前４５天投运" in articles(recs)[0].text


def test_contents_entries_keep_their_blurbs_and_a_dated_article_after_them_is_news():
    """'T29—T32　展望2035' / '专家解读新一年经济走势': an entry and its blurb;
    the headline after the box heads the dated text under it, which no
    contents' blurb opens with."""
    page = "\n".join(["特刊导读", "T02—T03　年度综述", "T16—T17　对话企业家", "一年间，全省经济总量迈上新台阶",
                      "五位企业家谈新一年的信心与打算", "T29—T32　展望2035", "专家解读新一年经济走势", "",
                      "2034年全省外贸进出口首破万亿元", "",
                      "　　本报讯（记者　龙小川）记者从岱州海关获悉，2034年全省货物贸易进出口总值首次突破万亿元，同比增长7.6%。", ""])
    recs = split(page)
    assert [(r.title, r.authors) for r in articles(recs)] == [("2034年全省外贸进出口首破万亿元", ["龙小川"])]
    assert any("专家解读新一年经济走势" in r.text and r.what == "目录或导读" for r in recs)



# Three articles of a series: each opens on its own subject, then sets up the
# report's short form and goes on in the same words (nothing but that set-up
# tells where one ends).
REPORT_SAYS = ["《报告》认为，建设现代化产业体系要提升产业链供应链韧性和安全水平，推动产业向高端化、智能化、绿色化发展。",
               "《报告》建议，一是加快关键核心技术攻关，二是完善产业政策体系，三是加强人才培养和引进，推动产业高质量发展。",
               "此外，要加强国际合作，同全球顶尖科学家、国际科技组织一道，推动现代化产业体系建设取得新进展。"]
REPORT_SET_UP = "《中国工业发展报告(2023)》(以下简称“《报告》”)称，我国产业体系的规模持续扩大，产业链供应链的韧性不断提升。"
REPORT_ARTICLES = [
    ("布局未来产业 打造实体经济创新发展新引擎", "未来产业是指代表科技和产业长期发展方向的产业，目前大多处于孕育孵化阶段，需要加强前瞻布局。"),
    ("深耕数据要素应用 推动数字经济核心产业均衡发展", "数字经济的发展和壮大无疑是新科技革命和产业变革的重要方向，也是现代化产业体系的重要内容。"),
    ("智能制造全产业变革:从“跟跑”向“领跑”跨越", "智能制造是新一代信息技术与先进制造业深度融合的新型生产方式，是制造业转型升级的重要抓手。"),
]


def _report_page(crosshead: str = "", byline: str = "") -> str:
    parts = []
    for k, (head, lead) in enumerate(REPORT_ARTICLES):
        body = [lead, REPORT_SET_UP] + REPORT_SAYS
        if k == 1:
            body = ([byline] if byline else []) + body
            if crosshead:
                body.insert(-2, crosshead)
        parts.append("\n\n".join([head] + body))
    return "\n\n".join(parts) + "本篇文章均由本报记者曹驰采写\n"


def test_a_short_form_set_up_again_starts_another_article():
    """Three articles of one series on one page, with no bylines (the page's
    credit closes the last): each sets up '（以下简称“《报告》”）' afresh,
    which one writer does once, so the display line before each is a
    headline, not a crosshead; between two set-ups the longest display line
    is the headline (the others stay crossheads)."""
    arts = articles(split(_report_page(crosshead="关键技术仍需突破")))
    assert [a.title for a in arts] == [head for head, _ in REPORT_ARTICLES]
    assert [p.text for p in arts[1].paragraphs if p.heading] == ["关键技术仍需突破"]


def test_the_pages_credit_to_all_its_articles_names_each_unsigned_one():
    """'本篇文章均由本报记者曹驰采写' (均: all the articles) at the foot of the
    page's last article: the unsigned articles printed before it on the page
    are that reporter's too; a signed one keeps its own byline and stops
    the credit's reach."""
    arts = articles(split(_report_page()))
    assert [a.authors for a in arts] == [["曹驰"]] * 3
    arts = articles(split(_report_page(byline="本报记者 王小明")))
    assert [a.authors for a in arts] == [[], ["王小明"], ["曹驰"]]


@pytest.mark.parametrize("upper,lower,kicker", [
    # figures opening on their time frame or a count, closed by a figure: the scene for the headline
    ("前10个月全市外贸进出口增长9.6%", "桐阳外贸跑出“加速度”", True),
    ("62个品种平均降价53%", "九省联盟药品集采结果7月起执行", True),
    # a headline broken in two opens on its subject, or its figure goes on in the line under it
    ("光伏组件价格跌破每瓦0.8元", "二线厂商加速出清", False),
])
def test_a_statement_of_figures_over_a_headline_without_any_is_its_kicker(upper, lower, kicker):
    rec = under_headline(f"{upper}\n{lower}")
    if kicker:
        assert (rec.kicker, rec.title) == (upper, lower)
    else:
        assert not rec.kicker and rec.title.replace(" ", "") == (upper + lower).replace(" ", "")


def test_a_figure_cut_from_its_qualifier_is_no_kicker():
    from generator.split.titles import _figure_kicker

    assert _figure_kicker("前10个月全市外贸进出口增长9.6%", "桐阳外贸跑出“加速度”")
    assert not _figure_kicker("2024年GDP增速目标或设定为5%", "左右　新质生产力备受关注")  # "5%左右", cut at the edge
    assert not _figure_kicker("前5月全市经营主体突破60万户", "创历史新高")  # the headline's verb goes on


def test_display_lines_under_an_adverts_label_are_the_adverts():
    """'公益广告' over its slogans and sponsors ('…文明办　宣') set solid: the
    advert runs to the blank line; the headline after it heads the text."""
    page = ("公益广告\n讲文明　树新风\n争做文明雁川人\n雁川县委宣传部　雁川县文明办　宣\n\n"
            "基层动态\n芦塘镇：“板凳会”解民忧\n" + "\n".join(FOREIGN) + "（芦塘镇　韦小溪）\n")
    recs = split(page)
    assert [(a.title, a.authors) for a in articles(recs)] == [("芦塘镇：“板凳会”解民忧", ["韦小溪"])]
    assert "争做文明雁川人" in " ".join(r.text for r in recs if r.kind == "other")


def test_a_bracketed_supplier_credit_closes_its_item():
    """'（县农业农村局供稿）' after an item's last paragraph is the item's
    end matter (who supplied it), not the headline of what follows."""
    farm = ["眼下正值秋冬种备耕关键时期，全县已储备小麦、油", "菜良种186万公斤，各类化肥2.3万吨，能够满足秋冬", "种生产需要。县农业农村局组织农技人员深入田间地", "头，指导农户科学播种、合理施肥。"]
    page = ("秋冬种农资储备充足\n" + "\n".join(farm) + "\n（县农业农村局供稿）\n\n"
            "外贸优品转内销\n" + BODY_B + "\n")
    recs = articles(split(page))
    assert [a.title for a in recs] == ["秋冬种农资储备充足", "外贸优品转内销"]
    assert "供稿" in recs[0].text and "供稿" not in recs[1].text


def test_a_series_name_over_a_headline_is_its_kicker():
    """'县域商业体系建设观察' over '一个乡镇商贸中心的“翻新账”': a phrase naming a
    series by its kind (…观察, …调查, …手记) stands over each instalment's
    headline, not in it."""
    rec = under_headline("县域商业体系建设观察\n一个乡镇商贸中心的“翻新账”")
    assert (rec.kicker, rec.title) == ("县域商业体系建设观察", "一个乡镇商贸中心的“翻新账”")


def test_a_profiles_headline_names_its_subject_and_a_quoted_claim():
    """'一周人物' / '韩栖梧：把老机床“搬上云”' / text set flush, with no blank
    line: a name, its colon and a quoted claim is a profile's headline, not
    a speaker's turn opening a paragraph."""
    page = ("一周人物\n韩栖梧：把老机床“搬上云”\n在沅桥经济开发区，提起韩栖梧，不少机械厂老板都会叫他一声“韩师傅”。这位54岁的机床维\n"
            "修工程师，干了三十多年机床修理，如今却当起了一家工业互联网公司的创始人。\n"
            "三年来，他的公司已为周边400多家中小企业的6000多台机床完成改造。（本报记者　梁穗）\n")
    (rec,) = articles(split(page))
    assert rec.title == "韩栖梧：把老机床“搬上云”" and rec.authors == ["梁穗"]


def test_a_reports_labelled_parts_are_its_crossheads():
    """'【现场】…', '【数据】…', '【分析】…': a report in parts, each under a
    label naming the kind of part, the first right under the byline, is one
    article with crossheads (a place's or a column's label opens an item)."""
    farm = ["眼下正值秋冬种备耕关键时期，全县已储备小麦、油菜", "良种186万公斤，各类化肥2.3万吨，能够满足秋冬种", "生产需要。"]
    more = ["县农业农村局组织农技人员深入田间地头，指导农户科", "学播种、合理施肥，秋冬种农资储备充足，价格平稳。"]
    page = ("秋冬种农资储备充足\n\n本报记者 李四\n\n【现场】农资门店备货忙\n\n" + "\n".join(farm) + "\n\n"
            "【分析】农资价格保持平稳\n\n" + "\n".join(more) + "\n")
    (rec,) = articles(split(page))
    assert rec.title == "秋冬种农资储备充足" and [p.text for p in rec.paragraphs if p.heading] == \
        ["【现场】农资门店备货忙", "【分析】农资价格保持平稳"]


def test_a_columns_name_under_a_headline_printed_after_its_text_is_not_the_headlines_end():
    """'公积金贷款最高' / '额度提至80万元' (a headline printed after its text) /
    '置业问答' (the next column's name) / its first question, a blank line
    after every line: the column's name is no part of the headline above it."""
    lines = ["元；购买第二套自住住房的，最高额", "度由50万元提高至70万元。", "　通知同时明确，多子女家庭购买自",
             "住住房的，贷款最高额度可在上述标", "准基础上再上浮10万元。此外，职工", "提取公积金支付购房首付款的，可同",
             "时申请公积金贷款。", "　市公积金中心相关负责人表示，此", "次调整预计每年可为缴存职工节省利", "息支出约1.2亿元。",
             "公积金贷款最高", "额度提至80万元", "置业问答", "二手房“带押过户”怎么办？", "　问：房子还有贷款没还清，能直接",
             "卖吗？", "　答：可以。桐阳从去年起推行二手", "房“带押过户”，卖方不用先筹钱还", "清贷款、解除抵押，买卖双方和银行",
             "签订协议后，就可以办理转移登记。"]
    titles = [a.title for a in articles(split("\n\n".join(lines) + "\n"))]
    assert titles == ["公积金贷款最高 额度提至80万元", "二手房“带押过户”怎么办？"]


def test_a_magazine_headline_broken_after_a_function_word_over_its_standfirst():
    """'一家瑞典机床商的' / '亚洲“后路”' / a standfirst / credits, each set
    apart: the headline is broken on purpose after 的 (its two lines are
    one display line), and the long clause under it is its standfirst."""
    page = ("公司与产业\n\n一家瑞典机床商的\n\n亚洲“后路”\n\n在成本与地缘之间，欧洲中型制造企业正在重新计算全球布局\n\n"
            "文｜艾琳·索恩达尔　翻译｜卢一川\n\n" + indented(FOREIGN + CREDIT) + "\n")
    (rec,) = articles(split(page))
    assert rec.title.replace(" ", "") == "一家瑞典机床商的亚洲“后路”" and rec.authors == ["艾琳·索恩达尔"]
    assert rec.subtitle == "在成本与地缘之间，欧洲中型制造企业正在重新计算全球布局"


FARM = ["眼下正值秋冬种备耕关键时期，全县已储备小麦、油菜良种186万", "公斤，各类化肥2.3万吨，能够满足全县秋冬种生产需要。"]


def test_a_signature_set_solid_over_the_next_headline_closes_its_text():
    """No blank lines: '…开拓市场。' / '（协会秘书处　倪亦晴）' / the next
    headline on two lines / its byline: the bracketed signature signs the
    text above; it is no kicker of the headline under it."""
    page = ("协会召开年度会员大会\n" + "\n".join(FOREIGN) + "\n（协会秘书处　倪亦晴）\n协会组织会员企业赴汀阳\n考察智能制造示范工厂\n"
            "通讯员　邝北辰\n" + "\n".join(FARM) + "\n")
    arts = articles(split(page))
    assert [(a.title.replace(" ", ""), a.authors) for a in arts] == [
        ("协会召开年度会员大会", ["倪亦晴"]), ("协会组织会员企业赴汀阳考察智能制造示范工厂", ["邝北辰"])]


def test_in_text_of_whole_paragraph_lines_a_shorter_line_apart_under_the_headline_is_no_part_of_it():
    """Each paragraph one line of a hundred characters (extraction wrapped
    nothing): '体育产业呼唤赛事IP化' / '赛事IP价值凸显' / byline, each set apart,
    are a headline and its deck, not one headline over two lines."""
    paragraphs = ["精品体育赛事正在受到社会各界的高度重视，多地出台政策支持举办高水平赛事，带动体育消费和城市形象提升，赛事经济的拉动作用日益显现。",
                  "多位行业人士告诉记者，赛事是体育产业的核心内容，也是体育企业最重要的资产，打造有影响力的赛事品牌需要长期投入和专业运营能力。",
                  "业内人士认为，未来各地应加强赛事资源整合，推动体育与文旅、商贸深度融合，培育更多具有自主知识产权的赛事品牌和精品赛事项目。"] * 4
    page = "体育产业呼唤赛事IP化\n\n赛事IP价值凸显\n\n本报记者 蒋政 郑州报道\n\n" + "\n\n".join(paragraphs) + "\n"
    (rec,) = articles(split(page))
    assert rec.title == "体育产业呼唤赛事IP化" and rec.authors == ["蒋政"]


def test_an_unsigned_piece_naming_an_entry_of_the_issues_advert_index_is_that_advert():
    """'广告目次' / '25\\t极氪/360集团\\t形象广告' in the issue, and later an unsigned
    piece headed '极氪与360集团 在安全与大模型上深度合作': the advertisers'
    own copy set as news, not an article; a signed piece stays an article."""
    index = "广告目次\n\n版位\t厂商名称\t广告内容\n25\t极氪/360集团\t形象广告\n71\tTCL/格创东智\t形象广告\n\n"
    piece = "极氪与360集团 在安全与大模型上深度合作\n\n" + "\n\n".join(["".join(FOREIGN)] * 3) + "\n\n"
    signed = "外贸优品转内销\n\n文 / 王小明\n\n" + "\n\n".join(["".join(FOREIGN)] * 3) + "\n"
    arts = articles(split(index + piece + signed))
    assert [a.title for a in arts] == ["外贸优品转内销"]


def test_crossheads_that_quote_the_speaker_are_set_alike_whatever_their_lengths():
    """'“我们的根在山里”' and, further on, '“人才问题没有想象中难”': each a whole
    quotation of the speaker, the second is the next crosshead of the same
    account, though its parts share few words."""
    parts = ["　　屿南竹业是一家做了三十年竹制品的企业，董事长韦青山讲述了总部回迁县城的前前后后。", "“我们的根在山里”", "　　去年秋天，我们把集团总部从省城搬回了县城。很多人不理解，问我是不是生意做不下去了。",
             "　　其实恰恰相反，这几年企业发展得快，可我越来越觉得总部离工厂、离竹林太远了。",
             "“人才问题没有想象中难”", "　　招工最担心的是年轻技术员不愿意来。后来我们和职业学校合办订单班，学生实习期间就拿工资。",
             "　　三年下来，技术骨干流失率从两成降到了百分之五，厂里员工的平均年龄也年轻了八岁。"]
    page = "我为什么把总部搬回了县城\n\n口述｜韦青山\n整理｜本刊记者　戚若\n\n" + "\n\n".join(parts) + "\n"
    (rec,) = articles(split(page))
    assert [p.text for p in rec.paragraphs if p.heading] == ["“我们的根在山里”", "“人才问题没有想象中难”"]


def test_a_question_headline_over_the_facts_that_answer_it():
    """'“存款搬家”搬向哪儿？' over '大额存单“秒光”理财规模回升　储蓄型保险走俏':
    the headline asks, the longer two-part line under it answers with the
    facts (its deck); a kicker sets the scene, it does not ask."""
    rec = under_headline("“存款搬家”搬向哪儿？\n大额存单“秒光”理财规模回升　储蓄型保险走俏")
    assert rec.title == "“存款搬家”搬向哪儿？" and not rec.kicker
    assert rec.subtitle.replace("　", " ") == "大额存单“秒光”理财规模回升 储蓄型保险走俏"


def test_a_crossheaded_column_of_the_article_before_put_after_the_next_goes_back():
    """The text layer gives the province feature's last column, crosshead
    and all, after the whole of the county story printed next to it: the
    section names the province and the firms of the feature, not the
    county's, so it goes back to the feature; the county story keeps its
    own crosshead and sections."""
    a = ("湘川科技创新生态：“蚂蚁”与“大象”共舞\n本报记者 王小明 长沙报道\n\n"
         "　　湘川省的科技创新生态里，既有翼拓智材这样的小型科技企业，也有岚峰光能这样的链主企业。近年来，湘川培育出一片充满活力的创新生态。\n\n"
         "　　翼拓智材是湘川理工大学孵化的一家科技型企业，主攻增材制造，公司的设备已经卖到十多个省份，订单排到了明年。\n\n"
         "　　岚峰光能是湘川本土培育起来的光伏企业，经历了硅片时代、电池时代，如今已成为全球规模最大的光伏企业之一，带动湘川上百家配套企业发展。\n\n"
         "　　湘川省科技厅负责人表示，湘川将继续支持翼拓智材这样的“蚂蚁”快速成长，也支持岚峰光能这样的“大象”带动产业链上下游协同创新。\n\n")
    b = ("制造强县的“逆袭”样本\n本报记者 李四 报道\n\n"
         "　　在东河县经济开发区，一座新材料工厂正在满负荷运转。东河县近年来坚持工业立县，工业产值连续五年保持两位数增长。\n\n"
         "　　东河县的发展离不开招商引资。县里设立了产业基金，引进了一批纺织、机械和电子信息项目，东河开发区已经成为县域经济的主引擎。\n\n"
         "　　东河县相关负责人介绍，今年全县将新开工亿元以上工业项目三十个，力争工业产值突破千亿元，打造长江沿岸的先进制造业强县。\n\n"
         "承接沿海产业转移\n\n"
         "　　东河县地处长江沿岸，交通便利，承接沿海地区产业转移具有先天优势。东河开发区已经引进沿海企业四十多家，纺织和机械产业集群初具规模。\n\n"
         "　　东河县还专门编制了承接产业转移的实施方案，明确到2027年东河开发区工业产值翻一番，让东河县成为沿海企业内迁的首选地。\n\n"
         "科技强省\n\n"
         "　　湘川何以培育出既有“蚂蚁”又有“大象”的创新生态？湘川省把高校的科研优势和本地产业结合起来，湘川理工大学相继孵化了翼拓智材等十多家企业。\n\n"
         "　　湘川省科技厅数据显示，湘川的高新技术企业五年增长了三倍，岚峰光能等链主企业带动的配套企业超过百家，湘川正在从科教大省迈向科技强省。\n")
    recs = articles(split(a + b))
    assert [r.title for r in recs] == ["湘川科技创新生态：“蚂蚁”与“大象”共舞", "制造强县的“逆袭”样本"]
    assert recs[0].text.endswith("湘川正在从科教大省迈向科技强省。")
    assert "承接沿海产业转移" in recs[1].text and "湘川" not in recs[1].text


def test_a_photo_of_the_article_before_and_the_column_under_it_go_back():
    """Inside the second city's story the text layer gives the first
    story's photo ('星幕科技的投影仪产品。本报资料室/图') and the column
    printed under it: the caption and those paragraphs are about the first
    story, so they go back to it; the second story goes on from its own
    next crosshead."""
    a = ("蓉江科技创新产品快速走向海外\n本报记者 王小明 蓉江报道\n\n"
         "　　近日，蓉江市科技局数据显示，蓉江高新技术企业已经达到1.3万家，很多蓉江产的科技产品已经开始走向海外市场。\n\n"
         "　　星幕科技的投影仪在日本家用投影仪市场连续两年销量第一。星幕科技最早诞生在蓉江郊区的一栋毛坯房里，蓉江的科创贷在关键时刻帮助了星幕科技。\n\n"
         "　　蓉江科技局方面告诉记者，蓉江还制定了企业创新积分指标，已有上千家企业凭积分获得贷款，星幕科技就是其中之一。\n\n")
    b = ("构建创新生态链 河城塑造科创品牌\n本报记者 李四 河城报道\n\n"
         "　　河城两会期间，科创是会议的热点议题。河城西部云谷是全国首个以硬科技为主题的产业园区，已经聚集科技企业三百多家。\n\n"
         "　　记者了解到，河城致远光电是西部云谷的一家光学企业，产品应用于遥感探测和精密制造。河城致远光电的负责人说，河城的科创环境越来越好。\n\n"
         "　　河城政府工作报告明确指出，要聚焦建好科创中心，发挥河城高校和科研院所的优势，深化校企合作，让更多成果在河城就地转化。\n\n"
         "　　河城致远光电的车间里，两台抛磨机正在打磨镜面。公司负责人说，企业入驻西部云谷两年多，研发团队扩大了一倍，河城的人才政策帮了大忙。\n\n"
         "星幕科技的部分投影仪产品。\n本报资料室/图\n\n"
         "　　郭晓晴介绍，在日本之外，星幕科技也已经大规模布局了海外市场，星幕科技的投影仪在欧洲的销售同比增长超过一倍，海外营收占比超过两成。\n\n"
         "　　星幕科技把全球化分为三个阶段：先把货卖给海外经销商，再通过跨境电商直接卖给海外消费者，最后在海外建立本地团队，星幕科技正处在第三个阶段。\n\n"
         "打造品牌影响力\n\n"
         "　　提到河城，很多人想到的是文化名城和旅游胜地。河城正在把科创打造成城市的新名片，今年已经举办了二十多场科创河城活动。\n")
    recs = articles(split(a + b))
    assert [r.title for r in recs] == ["蓉江科技创新产品快速走向海外", "构建创新生态链 河城塑造科创品牌"]
    assert recs[0].text.endswith("星幕科技正处在第三个阶段。")
    assert "星幕" not in recs[1].text and recs[1].text.endswith("今年已经举办了二十多场科创河城活动。")


def test_digest_items_titled_in_bold_and_run_in_without_a_mark_are_items():
    """A 快讯 column sets each item's title in bold, run into its text after
    a space and marked by nothing else ('5月MLF净投放500亿元　央行…'): two
    such lines under the label are two items, each under its own title."""
    page = ("财经快讯\n"
            "5月MLF净投放500亿元　央行5月15日开展3000亿元中期借贷便利操作，期\n"
            "限1年，中标利率2.10%，与上月持平。鉴于当月有2500亿元MLF到期，本\n"
            "月实现净投放500亿元，为连续第三个月超额续作。\n"
            "4月末M2同比增长7.6%　央行公布的数据显示，4月末广义货币（M2）余额\n"
            "318.6万亿元，同比增长7.6%；狭义货币（M1）余额69.4万亿元，同比增\n"
            "长2.3%。前4个月人民币贷款增加9.18万亿元。（记者　俞晚晴）\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["5月MLF净投放500亿元", "4月末M2同比增长7.6%"]
    assert recs[0].text.startswith("央行5月15日开展") and recs[1].authors == ["俞晚晴"]


def test_announcement_digest_items_titled_company_colon_fact_are_items():
    """A securities page's 公告 digest heads each item with the company's
    name, a colon and what it announced, in bold, run into the text after a
    space ('云舟科技：拟回购不超过2亿元股份　云舟科技（300512）…'): each is
    an item under that title; a speaker before a colon ('董事长王明远：')
    opens a quotation, no title."""
    page = ("公告速览\n"
            "　　云舟科技：拟回购不超过2亿元股份　云舟科技（300512）5月8日晚间公\n"
            "告，公司拟以集中竞价方式回购股份，回购金额不低于1亿元，回购股份将\n"
            "用于员工持股计划。\n"
            "　　屿湾电气：一季度净利润同比增长21.4%　屿湾电气（601733）一季报\n"
            "显示，公司一季度实现营业收入31.2亿元，同比增长12.7%，净利润同比增\n"
            "长21.4%。（周晓岚）\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["云舟科技：拟回购不超过2亿元股份", "屿湾电气：一季度净利润同比增长21.4%"]
    assert recs[0].text.startswith("云舟科技（300512）") and recs[1].authors == ["周晓岚"]
    quoted = page.replace("云舟科技：拟回购", "董事长王明远：拟回购").replace("屿湾电气：一季度", "总经理李清和：一季度")
    assert not any(r.title.startswith(("董事长", "总经理")) for r in split(quoted))


def test_a_bulleted_title_wrapped_over_a_narrow_column_or_over_an_indent_heads_its_item():
    """In a ten-character column a ◆ item's title runs over onto the next
    line, where a space parts it from its text ('◆假期日均消费增长' /
    '9.6%　商务部门监测数'); another fills its line and its text starts
    indented on the next: each is the title of an item of its own."""
    page = ("要闻速递\n"
            "◆假期日均消费增长\n9.6%　商务部门监测数\n据显示，国庆假期全国\n重点零售和餐饮企业日\n"
            "均销售额同比增长9.6%，\n其中智能家电销售额增\n长21.3%。\n\n"
            "◆新增专项债额度下达\n　财政部门近日向各地\n下达新增专项债券额度\n3800亿元，重点支持城\n"
            "市更新和保障性住房项\n目，要求加快发行使用。\n")
    recs = articles(split(page))
    assert [r.title.lstrip("◆") for r in recs] == ["假期日均消费增长9.6%", "新增专项债额度下达"]
    assert recs[0].text.startswith("商务部门监测数据显示") and recs[1].text.startswith("财政部门近日")


def test_bulleted_news_items_each_signed_in_brackets_are_briefs_of_their_own():
    """Under '县域简讯' each ■ item closes with its writer's name in brackets,
    the next set on the very next line: each item is a brief of its own,
    short as it is, signed by that name."""
    page = ("县域简讯\n"
            "■日前，云岙县首批15家“共富工坊”挂牌，吸纳农村留守妇\n女就近就业1200余人，人均月增收2000元左右。（阮青禾）\n"
            "■青枫县今年前5个月完成工业技改投资9.7亿元，同比增长\n28.6%，规上工业企业数字化改造覆盖率达到71%。（符一帆）\n"
            "■6月8日，乌桕县农产品冷链物流中心建成投用，冷库总容\n量3.2万吨，可满足全县蔬菜的错峰销售需求。（沈砚秋）\n")
    recs = articles(split(page)) + [r for r in split(page) if r.kind == "brief"]
    assert sorted(r.authors[0] for r in recs if r.authors) == ["沈砚秋", "符一帆", "阮青禾"]
    assert all(r.text.count("■") == 1 for r in recs)
    # (a title made for an untitled item says what happened: no bullet, no opening date)
    assert "乌桕县农产品冷链物流中心建成投用" in [r.title for r in recs]


def test_an_essayists_name_with_a_rarer_surname_set_apart_under_the_headline_signs_it():
    """'柏望舒' alone between a theory page's headline and its first
    paragraph is the writer's name, though jieba reads it as no name;
    '获批复' there would finish the headline."""
    essay = ("推进以县城为重要载体的新型城镇化\n柏望舒\n\n"
             "  县城是我国城镇体系的重要组成部分，是城乡融合发展的关键支撑。推进以县城为重要载体的\n"
             "新型城镇化建设，对于促进新型工业化、城镇化、信息化、农业现代化同步发展具有重要意义。\n\n"
             "【把握县域城镇化的阶段性特征】\n\n"
             "  从人口流动看，农业转移人口由过去跨省打工为主，逐步转向省内流动、就近就地城镇化，不少\n"
             "返乡人员选择在县城购房安家、创业就业，县城常住人口占全省城镇人口的比重接近四成。\n")
    recs = articles(split(essay))
    assert [(r.title, r.authors) for r in recs] == [("推进以县城为重要载体的新型城镇化", ["柏望舒"])]


def test_a_column_label_ending_in_a_word_with_di_or_a_genre_word_is_no_broken_phrase():
    """'投教园地' over '定投止盈，不妨设好“两条线”': 地 ends the word 园地, no
    particle waiting for its verb; '短评' is a genre's label, not a verb
    waiting for its object. Each is the column's label, not the headline's
    first words; a particle alone ('…稳步推进的' / '…') still reads on."""
    from generator.split.units import one_phrase

    assert not one_phrase("投教园地", "定投止盈，不妨设好“两条线”")
    assert not one_phrase("短评", "“开工即投产”还需再加把劲")
    assert not one_phrase("当前电动化和智能化是汽车行业转型的方向", "AI大模型接连“上车”")
    assert one_phrase("让农民稳稳地", "端牢“金饭碗”")
    page = ("投教园地\n定投止盈，不妨设好“两条线”\n文／蒲一苇\n"
            "　不少基民都有过这样的经历：定投坚持了两三年，账户终于由亏转盈，却因为没有及时止盈，又眼看着收益回吐。\n"
            "　业内人士建议，投资者不妨给自己设好两条线：一条是目标收益线，一条是回撤警戒线，到线就执行。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("定投止盈，不妨设好“两条线”", ["蒲一苇"])]


def test_a_name_set_flush_right_under_a_commentary_signs_it_whatever_jieba_reads():
    """'钱听雨' set flush right under a short commentary's last sentence, the
    next headline after a blank line: the commentator's signature, though
    jieba reads 钱/听/雨 as three words."""
    page = ("短评\n\n“开工即投产”还需再加把劲\n\n"
            "　　项目开工只是第一步，早日投产达效才是硬道\n理。调研中发现，一些项目建成后，却在水电气接\n入、环评验收等环节卡了壳。\n"
            "　　从“拿地即开工”到“开工即投产”，考验的是\n全周期服务能力。相关部门不妨把服务关口再往后\n延一延，让企业少跑腿、快投产。\n"
            "　　　　　　　　　　　　　　　　　钱听雨\n\n"
            "别让“网红经济”只红一阵子\n文／解方舟\n\n"
            "　　今年夏天，芦湾老街的一家糖水铺凭借短视频走红，每天排队的游客络绎不绝，带动整条街的商户营业额普遍增长五成以上。\n"
            "　　让“网红”变“长红”，关键在于把流量转化为“留量”，商户要守住品质，管理部门要做好服务。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("“开工即投产”还需再加把劲", ["钱听雨"]), ("别让“网红经济”只红一阵子", ["解方舟"])]


def test_two_short_names_in_a_closing_bracket_stay_two_names():
    """'（宁舒　祝遥）' closing an item: the space printed between them parts
    two two-character names that the cleaned text runs together."""
    page = ("“共享农机”解了秋收急\n\n"
            "　　眼下正值秋收，桑园镇的农机合作社把收割机、烘干机拿出来共享，\n"
            "周边农户通过手机预约就能用上，全镇秋收进度比往年提前了一周。（宁舒　祝遥）\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("“共享农机”解了秋收急", ["宁舒", "祝遥"])]


def test_the_short_last_line_over_a_jump_line_is_text_not_a_heading():
    """On a weekend feature page the last line before '（下转B2版）' is short
    ('情况和投资强度作为项目准入的硬指标，同时推动') under a full line of
    clauses: the page cut the paragraph there and it goes on on B2; the
    short line is its rest, not a fragment heading."""
    feature = next(r for r in _page("handmade20/seeds/f07.txt") if r.title.startswith("县城里的“储能淘金”"))
    assert feature.text.endswith("项目准入的硬指标，同时推动")
    assert not any(p.heading and "同时推动" in p.text for p in feature.paragraphs)


def test_a_column_label_over_a_headline_inside_a_long_text_opens_a_piece_and_a_page_credit_reaches_back():
    """'深度' over '把低碳理念带到“联合国”' after an interview on the same firm:
    a column's label and a headline open a feature of their own, not a
    crosshead of the interview; the page's credit under the feature
    ('本篇文章均由本报记者石健采写', set apart as its byline) names the
    unsigned interview before it too."""
    page = ("走进绿能润滑油\n\n"
            "　　绿能石化是国内较早布局低碳润滑油的企业。记者近日专访了公司总裁李嘉，谈及企业的低碳战略。\n\n"
            "　　《中国经营报》：企业在制定低碳策略时应该遵循哪些理念？\n\n"
            "　　李嘉：公司在制定低碳战略时，一定要与自身的战略和业务相统一，坚持全生命周期的理念，使用更低碳的基础油和包装材料。\n\n"
            "　　《中国经营报》：润滑油市场面临哪些挑战？\n\n"
            "　　李嘉：低碳才是真正的新世界。拥有全系列低碳产品的企业，才能在润滑油和新能源油液市场站稳脚跟。\n\n"
            "深度\n把低碳理念带到“联合国”\n\n"
            "　　在绿能石化的员工手册中，可以看到低碳理念已经成为每位员工的必修课，并且已经形成文化，员工把低碳产品分享给市场与客户。\n\n"
            "　　2023年底，绿能石化的低碳润滑油走进了联合国气候变化大会，为全球的润滑油行业提供借鉴。\n\n"
            "本篇文章均由本报记者石健采写\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("走进绿能润滑油", ["石健"]), ("把低碳理念带到“联合国”", ["石健"])]


def test_a_correction_of_an_earlier_issue_is_a_notice_not_an_article():
    """'更正' over '本报5月8日第6版《…》一文中，“…”应为“…”。特此更正…': the
    paper's correction, kept as other matter."""
    page = ("更正\n"
            "本报5月8日第6版《一季度全国快递业务量同比增长18.3%》一文中，“业务收入\n"
            "3162亿元”应为“业务收入3126亿元”。特此更正，并向读者致歉。\n"
            "　　　　　　　　　　　　　　　　　　　　　　本报编辑部\n")
    recs = split(page)
    assert not articles(recs) and any("特此更正" in r.text for r in recs)


def test_a_paragraph_opening_on_buguo_goes_on_with_the_article_before_a_cut_between_two():
    """Text between a headline above and one printed after (the lead
    feature, its photo, then the next article's body): the cut falls after
    '不过，多位企业负责人也坦言…' (no article opens on 不过), where the photo
    closes the feature, not before it."""
    recs = _page("handmade22/seeds/g07.txt")
    feature = next(r for r in recs if r.title == "工业母机企业订单排到三季度")
    assert "不过，多位企业负责人也坦言" in feature.text and "工业机器人产量" not in feature.text
    assert any(r.title.startswith("一季度全国工业机器人产量") for r in recs)


def test_two_parallel_phrases_over_a_line_of_facts_are_its_kicker():
    """'新动能加快成长　贸易结构持续优化' over '前4个月货物贸易进出口同比增长5.3%':
    the parallel phrases are the kicker, the facts the headline (one phrase
    over a line of figures still has that line as its deck)."""
    page = ("新动能加快成长　贸易结构持续优化\n前4个月货物贸易进出口同比增长5.3%\n\n"
            "　　本报北京5月8日讯（记者　闻笛　常予安）海关统计数据显示，今年前4个月，我国货物贸易进出口总值14.62万亿元，同比增长5.3%。\n"
            "　　从商品结构看，机电产品出口5.02万亿元，增长8.9%，占出口总值的比重提高到59.7%。\n")
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("前4个月货物贸易进出口同比增长5.3%", "新动能加快成长 贸易结构持续优化")]


def test_a_public_service_advert_named_in_the_ad_index_is_no_kicker_of_the_next_headline():
    """The issue's index of adverts lists '55　中国梦　公益广告'; the advert's
    lines ('中国梦' / '唱响绿色主旋律') printed over a case study's headline
    are the advert's, kept as other matter, not the article's section and kicker."""
    page = ("广告目次\n13\t和利时\t形象广告\n55\t中国梦\t公益广告\n\n"
            "中国梦\n唱响绿色主旋律\n\n中望龙腾：工业软件出海\n\n文 / 武汉制信科技有限公司\n\n"
            "中国是世界工业大国，也一定会成为世界工业强国。在从大国走向强国的路上，工业软件是绕不开的一环。\n\n"
            "2024年是中望国际化发展的第20个年头。早在2004年，中望软件就开始试水海外市场，如今产品已覆盖90多个国家和地区。\n")
    recs = split(page)
    case = next(r for r in articles(recs) if r.title == "中望龙腾：工业软件出海")
    assert case.section is None and case.kicker is None
    assert any(r.kind == "other" and "唱响绿色主旋律" in r.text for r in recs)


def test_parallel_crossheads_with_commas_in_flowing_text_are_headings():
    """In text set a paragraph to a line, where every paragraph closes its
    sentence, '应对策略' and the short lines under it that close none and end
    alike ('…，筑牢技术创新之梁', '…，筑牢产业协同之梁') are the article's
    crossheads, commas and all; the article stays whole."""
    para = "战略性新兴产业链补链、强链、延链发展密切影响集群发展成效，下一步要加强关键核心技术攻关，持续巩固和扩大我国在部分领域的全球领先优势，推动创新链和产业链深度融合。"
    page = ("发展新质生产力亟须筑牢战略性新兴产业“四梁八柱”\n\n崔冰\n\n"
            + "\n\n".join([para] * 3) + "\n\n应对策略\n\n靶向解决研发掣肘难题，筑牢技术创新之梁\n\n"
            + "\n\n".join([para] * 2) + "\n\n统筹规划多维融通方案，筑牢产业协同之梁\n\n"
            + "\n\n".join([para] * 2) + "\n\n建立健全政策制度体系，筑牢支撑保障之梁\n\n"
            + "\n\n".join([para] * 4) + "\n")
    recs = articles(split(page))
    assert len(recs) == 1
    headings = [p.text for p in recs[0].paragraphs if p.heading]
    assert "统筹规划多维融通方案，筑牢产业协同之梁" in headings and "建立健全政策制度体系，筑牢支撑保障之梁" in headings


def test_a_kicker_saying_where_the_reporter_went_or_what_they_found_is_no_half_of_the_headline():
    """'探访…批发市场' over '凌晨四点的菜篮子', '“双11”前夕记者走访发现' over
    '“尾款人”遇上保价难': the reportage's scene or finding is set above its
    headline as a kicker, whatever the lengths say."""
    rec = under_headline("探访汀州农副产品批发市场\n凌晨四点的菜篮子")
    assert rec.title == "凌晨四点的菜篮子"
    rec = under_headline("“双11”前夕记者走访发现\n“尾款人”遇上保价难")
    assert rec.title == "“尾款人”遇上保价难"
    rec = under_headline("走进嵘州新能源汽车动力电池低温实验室\n给动力电池做“极寒体检”")
    assert rec.title == "给动力电池做“极寒体检”"


def test_a_mastheads_issue_number_and_serial_number_line_are_furniture():
    """'第5127期　今日8版' and '国内统一连续出版物号　CN 11-0527' under the
    paper's name are its masthead, not lines of the first headline."""
    from generator.split.lines import is_furniture

    assert is_furniture("第5127期\u3000今日8版")
    page = ("华源能源报\n2035年6月12日 星期二\n第5127期\u3000今日8版\n国内统一连续出版物号\u3000CN 11-0527\n\n"
            "西北首条特高压柔性直流工程开工\n本报记者 王小明\n\n" + BODY_A + "\n")
    rec = articles(split(page))[0]
    assert rec.title == "西北首条特高压柔性直流工程开工" and not rec.kicker


# An essay page of a theory section (hand-made, invented): an editor's note,
# a headline over two lines, the author, an opening paragraph, numbered parts.
ESSAY_PAGE = """【编者按】当前，外部环境复杂性、严峻性、不确定性
上升，国内经济回升向好的基础仍需巩固。如何以高水
平开放和基层治理创新为高质量发展注入动力？本版今
日刊发两篇文章，敬请关注。

以高水平对外开放
助推新发展格局
杜明远

　　开放是中国式现代化的鲜明标识。构建以国内大循
环为主体、国内国际双循环相互促进的新发展格局，决
不是关起门来封闭运行，而是要通过发挥内需潜力，使
国内市场和国际市场更好联通，以国内大循环吸引全球
资源要素，更好利用国内国际两个市场、两种资源。

一、从商品和要素流动型开放向制度型开放拓展

　　过去我们主要依靠降低关税、扩大市场准入来推动
开放，今后更要在规则、规制、管理、标准等方面与国
际高标准经贸规则相衔接。要在自由贸易试验区、自由
贸易港等开放平台开展压力测试，在数据跨境流动、知
识产权保护、政府采购等领域先行先试，形成可复制可
推广的制度成果。

二、以开放促改革、促发展

　　开放本身就是改革。实践表明，哪里开放程度高，
哪里的营商环境就更好、市场活力就更足。要以开放倒
逼深层次改革，破除妨碍要素自由流动的体制机制障碍，
推动各类经营主体依法平等使用生产要素、公平参与市
场竞争。同时，要稳步扩大服务业开放，在电信、医疗、
教育等领域有序放宽外资准入。

三、统筹开放和安全

　　越是开放，越要重视安全。要健全外商投资安全审
查、出口管制等制度，提升产业链供应链韧性和安全水
平，增强在对外开放中维护国家利益的能力。只有把开
放的“窗口”开得更大、把安全的“底座”筑得更牢，
才能在更加开放的条件下实现更高质量的发展。

　　新征程上，我们要以更加积极主动的姿态推进高水
平对外开放，稳步扩大规则、规制、管理、标准等制度
型开放，推动货物贸易优化升级，创新发展服务贸易和
数字贸易，加快培育外贸新动能，以开放的主动赢得发
展的主动，为构建新发展格局注入源源不断的动力。
"""


def test_a_headline_under_an_editors_note_is_not_cut_to_close_the_note():
    """'【编者按】…如何以高水平开放…' then '以高水平对外开放' / '助推新发展格局'
    over the essay: the note introduces what follows and takes no headline
    printed after it, whatever words its first line shares with the note."""
    recs = articles(split(ESSAY_PAGE))
    assert recs[0].title.replace(" ", "") == "以高水平对外开放助推新发展格局"


def test_the_first_numbered_part_of_an_essay_is_its_crosshead_when_the_second_follows():
    """'一、…' after the essay's opening paragraph, '二、…' further on: the
    parts of one essay numbered in order, not an article at '一、'."""
    recs = articles(split(ESSAY_PAGE))
    assert len(recs) == 1 and "一、从商品和要素流动型开放向制度型开放拓展" in recs[0].text


# A think-tank report (hand-made, invented): parts numbered 一、二、三、 and,
# under the second, sub-parts （一）（二）（三）, its writers credited after it.
REPORT_PAGE = """关于提升中小企业融资可得性的调
研与建议

内容提要：课题组近期赴汀阳、泊州、云岫三市开展中小企业融资专题调研，走访企业62家、金融机
构18家。调研发现，中小企业融资“难、贵、慢”问题有所缓解，但首贷难、信用贷款占比低、担保
体系作用发挥不足等问题依然存在。建议从信息共享、风险分担和产品创新三方面综合施策。

一、主要进展

三市普惠小微贷款余额同比增长19.7%，平均利率较上年下降0.38个百分点。依托地方征信平台，银
行可在线调取企业纳税、社保、水电等数据，线上信用贷款审批时间由原来的两周缩短到三天以内。

二、存在的突出问题

（一）首贷难仍是主要堵点

受访的62家企业中，有19家从未获得过银行贷款，主要是成立时间短、缺乏抵押物的科技型小企业。
银行普遍反映，这类企业财务制度不健全，风险难以评估。

（二）政府性融资担保作用有待加强

部分地区政府性融资担保机构资本金规模小、代偿能力弱，担保放大倍数不足3倍，且仍要求企业提
供反担保，增加了企业负担。

（三）金融产品与企业需求匹配度不高

银行信贷产品仍以一年期流动资金贷款为主，与科技型企业研发周期长、回报慢的特点不相适应。部
分企业反映，贷款到期后续贷手续繁琐，“过桥”资金成本高，一旦资金链紧张就可能引发连锁风险。

三、政策建议

一是扩大涉企数据归集共享范围，将知识产权、科技项目等信息纳入地方征信平台，为银行评估轻资
产企业提供依据。二是充实政府性融资担保机构资本金，完善风险补偿和代偿补偿机制，逐步取消反
担保要求。三是鼓励银行开发知识产权质押、订单融资、供应链融资等产品，对首贷户实行单列信贷
计划和尽职免责。

（执笔：邵怀瑾　蓝秋池）
"""


def test_a_parts_number_over_its_first_sub_parts_number_are_crossheads_of_one_report():
    """'二、存在的突出问题' set right over '（一）首贷难仍是主要堵点', '三、' further
    on: the report goes on through both, and '（执笔：X　Y）' after it names
    its writers."""
    recs = articles(split(REPORT_PAGE))
    assert len(recs) == 1 and "（一）首贷难仍是主要堵点" in recs[0].text and "三、政策建议" in recs[0].text
    assert sorted(recs[0].authors) == ["蓝秋池", "邵怀瑾"]


# An essay (hand-made, invented) whose column goes on after a box set into
# it: points counted 一是…二是… before the box, 三是… after it.
BOXED_ESSAY_PAGE = """学习
青岚日报
2035年5月17日 星期四　第10版

专题·推进乡村全面振兴

发展新型农村集体经济的实践路径
黎晚舟（作者单位：青岚省社会科学院）
　　新型农村集体经济是农村基本经营制
度的重要组成部分，也是促进农民农村共
同富裕的重要途径。经过农村集体产权制
度改革，绝大多数村已完成清产核资和成
员身份确认，集体经济组织的“家底”基
本摸清。下一步的关键，是让集体资产
“活”起来、集体收入“多”起来。
　　一是盘活闲置资源。对闲置的农房、
校舍、厂房等资产，可通过出租、入股、
合作等方式引入经营主体，发展乡村旅游、
康养、农产品加工等产业。
　　二是发展服务经济。集体经济组织可
以领办农机、植保、烘干等社会化服务组
织，为小农户提供生产托管服务，既增加
集体收入，又解决“谁来种地”的问题。

学习札记
“小田”并“大田”的启示
●范之恒
　　禾丰县不少村过去田块细碎，一户人
家七八块地散落各处，机械下不了田。近
年来，当地在农民自愿的前提下推行“小
田并大田”，通过土地互换、统一整治，
把零碎地块连成片。
　　田块变大了，机械作业效率提高了一
倍多，种粮成本明显下降。这说明，农村
改革要尊重农民意愿，从群众最关心的具
体问题入手，一件件抓出实效。
［作者单位］汀阳市委党校

　　三是推动抱团发展。对资源禀赋较差
的村，可以由乡镇统筹，多个村联合投资
建设标准厂房、冷链仓储等项目，按股分
红，实现“强村带弱村”。
　　同时要看到，发展集体经济必须守住
底线，健全集体资产监管和收益分配制度，
防止集体资产流失，确保农民共享发展成
果。

用好土地增值收益反哺农业
作者：葛书澜（鹤鸣农业大学教授）
　　土地出让收入是地方政府性基金收入
的主要来源。长期以来，土地增值收益
“取之于农、主要用之于城”，用于农业
农村的比例偏低。
　　提高土地出让收入用于农业农村的比
例，是补齐农业农村投入短板的重要举措。
各地要按照规定逐步提高这一比例，重点
投向高标准农田建设、农田水利、农村人
居环境整治等领域，同时建立健全资金使
用绩效评价机制，确保每一分钱都用在刀
刃上。

学习问答
新型农村集体经济“新”在哪里
　　问：新型农村集体经济“新”在哪里？
　　答：与传统集体经济相比，新型农村
集体经济产权关系更加明晰，集体经济组
织成员的权利得到明确保障；经营方式更
加多样，可以通过资源发包、物业出租、
居间服务、资产参股等多种途径实现发展；
治理机制更加健全，实行民主管理，收益
分配更加公开透明。

本版编辑：庄宜之　　校对：冉冬
"""


def test_a_column_that_goes_on_with_the_next_counted_point_after_a_box_is_the_essays():
    """'…二是发展服务经济…', then a boxed piece closed by '［作者单位］…', then
    '三是推动抱团发展…' with no headline: the essay's column continued after
    the box; the box's author note is no headline."""
    recs = articles(split(BOXED_ESSAY_PAGE))
    assert [r.title for r in recs][:2] == ["发展新型农村集体经济的实践路径", "“小田”并“大田”的启示"]
    assert "三是推动抱团发展" in recs[0].text and "［作者单位］" not in recs[1].title


def test_a_name_set_solid_under_a_spaced_headline_signs_the_piece():
    """'夜　经　济　要　亮' / '更　要　暖' / '苏以沫' over the comment: the name
    in plain type is no line of the spaced headline, whose short last line
    is its rest, not a column's label."""
    page = ("一家言\n\n夜　经　济　要　亮\n更　要　暖\n苏以沫\n\n　夜市、夜游、夜演……各\n地夜经济红红火火，成为扩\n大消费的新亮点。\n\n"
            "　但夜经济不能只追求“亮”，\n更要让人感到“暖”。公交\n地铁能否延时运营，停车是\n否方便，治安、卫生能否跟\n"
            "上，都关系着消费者的体验。\n把这些细节做好，夜经济才\n能“火”得长久。\n")
    rec = articles(split(page))[0]
    assert (rec.title, rec.authors) == ("夜经济要亮更要暖", ["苏以沫"])


# A theory page (hand-made, invented): an essay stops mid-sentence over a
# boxed comment signed （X） at its end; the essay's column goes on after it.
ESSAY_AROUND_BOX_PAGE = """理论周刊
启新日报　2035年5月20日 星期日　第9版
本刊主编：符致远

着力畅通国民经济循环
把 扩 大 内 需 作 为 战 略 基 点
◇汪执中　梁以宁

　　内需是我国经济发展的基本动力，也是满足人
民日益增长的美好生活需要的必然要求。把扩大内
需作为战略基点，既是应对外部环境变化的主动选
择，也是构建新发展格局的内在要求。

一、扩大内需的优势与潜力
　　我国拥有14亿多人口、4亿多中等收入群体，
是全球最具成长性的消费市场。新型工业化、信息
化、城镇化、农业现代化深入推进，孕育着巨大的
投资需求。超大规模市场优势，是我们应对各种风
险挑战的底气所在。
二、着力提振消费

　　消费是最终需求，是畅通国民经济循环的重要
环节。提振消费，根本在于增加居民收入。要完善
收入分配制度，提高劳动报酬在初次分配中的比重，

多渠道增加城乡居民财产性收入；要健全社会保障
体系，解除群众消费的后顾之忧；要
（下转第12版）

学术随笔
消费升级的内在逻
辑与现实路径
□ 夏孟秋

　　消费升级是经济发展的必然趋势。从“吃穿用”
到“住行游”，从物质消费到服务消费，从满足基
本需要到追求品质体验，我国居民消费结构正在发
生深刻变化。
　　从内在逻辑看，消费升级由收入增长、人口结
构变化和技术进步共同驱动。收入提高使居民有能
力追求更高品质的生活；老龄化和家庭小型化催生

理论视点
服务消费潜力有待释放
　　国际经验表明，人均国内生产总值超过1万美
元后，服务消费占比将加快提升。目前我国居民服
务消费占比约为46%，与发达经济体相比仍有较大
提升空间，养老、育幼、文旅、体育等领域潜力尤
为可观。（沈亦舟）

养老、托育、家政等服务需求；数字技术则不断创
造新的消费场景和消费方式。
　　从现实路径看，推动消费升级既要扩大优质供
给，也要改善消费环境。要放宽服务消费领域市场
准入，鼓励社会力量提供多层次、多样化服务；要
加强消费者权益保护，让群众放心消费、舒心消费。
（作者系启新市委党校经济学教研部主任）

责任编辑：鲁慕白　　校对：邢小满　　美编：方圆
"""


def test_a_column_finishing_a_sentence_left_open_before_a_signed_box_goes_back():
    """'…家庭小型化催生', the box '理论视点 / 服务消费潜力有待释放 / …可观。（沈亦舟）',
    then '养老、托育…' flush left where paragraphs are indented: the essay's
    column goes on after the box, which its signature closes."""
    recs = {r.title: r for r in articles(split(ESSAY_AROUND_BOX_PAGE))}
    assert "养老、托育、家政等服务需求" in recs["消费升级的内在逻辑与现实路径"].text
    assert recs["服务消费潜力有待释放"].authors == ["沈亦舟"]
    assert "托育、家政等服务需求" not in recs["服务消费潜力有待释放"].text


def test_the_line_under_a_call_to_scan_a_code_is_the_boxes_not_a_kicker():
    """'扫描二维码' / '进入居民医保缴费通道', a blank line, then the next
    article's headline: the short line says where the code leads; it is no
    kicker over that headline."""
    page = ("医保缴费开始了\n记者 叶知秋\n\n" + BODY_A + "\n\n扫描二维码\n进入居民医保缴费通道\n\n公积金可直接支付房租\n\n"
            "　　本报讯（见习记者　曹雨桐）" + BODY_B + "\n")
    recs = articles(split(page))
    assert recs[-1].title == "公积金可直接支付房租" and not recs[-1].kicker


def test_a_genre_word_alone_over_a_headline_is_its_label_not_a_verb_stub():
    """'观察' / '分红新规不是“一刀切”', '专访' / '权益资产配置比例还有较大提升空间':
    a verb that names a kind of piece, alone on its line over the headline,
    is the column's label; a verb stub ('撑起' / '…') still goes on."""
    rec = under_headline("观察\n分红新规不是“一刀切”")
    assert rec.title == "分红新规不是“一刀切”" and rec.section == "观察"
    rec = under_headline("专访\n权益资产配置比例还有较大提升空间")
    assert rec.title == "权益资产配置比例还有较大提升空间"


# An interview set with no blank lines (hand-made, invented), then the next
# item's headline, a lone line over its text.
INTERVIEW_THEN_ITEM = """“家门口”就业驿站怎么用
——访青埠市人社局就业促进处处长邹明澈
本报记者　储云帆
　　今年，青埠计划在全市建成社区就业驿站150个，为求职者提供“家门口”的就业服务。
就业驿站能提供哪些服务？求职者如何使用？记者采访了市人社局就业促进处处长邹明澈。
　　记者：就业驿站主要面向哪些人群？
　　邹明澈：就业驿站主要服务辖区内的失业人员、高校毕业生、退役军人、农村转移劳动
力等群体，也向有用工需求的中小企业开放。求职者带上身份证即可到驿站登记，工作人员
会根据求职意向推荐合适岗位。
　　记者：与传统的人力资源市场相比，就业驿站有什么不同？
　　邹明澈：最大的不同是“近”和“准”。驿站设在社区，步行15分钟就能到；我们还会
定期收集周边企业的岗位信息，每周更新一次，确保岗位真实有效。对就业困难人员，驿站
还提供“一对一”帮扶，直到其实现就业。
　　记者：目前驿站建设进展如何？
　　邹明澈：截至3月20日，全市已建成就业驿站68个，累计服务求职者1.4万人次，帮助
2300余人实现就业。下一步，我们将在年底前实现城市社区全覆盖。
全市养老服务补贴标准提高
　　从4月1日起，青埠市提高经济困难老年人养老服务补贴标准，80周岁以上经济困难失能
老年人每月补贴由400元提高到500元，其他经济困难老年人补贴同步上调。全市约2.6万名
老年人将因此受益。
４月起公积金贷款可“商转公”
　　本报讯（记者　韩栖梧）记者从青埠市住房公积金管理中心获悉，自４月１日起，在青
埠缴存住房公积金的职工，名下有商业性个人住房贷款的，可申请将商业贷款转为公积金贷
款，即“商转公”。
　　据测算，以贷款余额100万元、剩余期限20年计算，“商转公”后每月可少还月供约５
００元，利息总额可节省约12万元。符合条件的职工可通过“青埠公积金”小程序在线提交
申请。
"""


def test_a_lone_line_after_an_interviews_answers_heads_the_next_piece():
    """'记者：…' / '邹明澈：…' closing the interview, then '全市养老服务补贴标准提高'
    over a paragraph that is no turn: an interview's crosshead is followed
    by its next question, so the line heads another piece."""
    titles = [r.title for r in articles(split(INTERVIEW_THEN_ITEM))]
    assert titles[-2:] == ["全市养老服务补贴标准提高", "４月起公积金贷款可“商转公”"]


# A front page (hand-made, invented) whose lead jumps: （转第2版）, then page
# 2's header, the lead's headline reprinted, （上接第1版） and the rest.
JUMPED_LEAD_PAGE = """华允日报
HUAYUN DAILY
2035年3月13日 星期二
国内统一连续出版物号　CN 11-0327　邮发代号　1-96
第28431期　今日12版

政策加力显效　内需稳步回升
前2月全国固定资产投资同比增长4.6%
——制造业投资和基础设施投资增速双双加快

　　本报北京3月12日讯（记者　任知微　邵秋池）
国家统计局12日发布数据显示，今年1—2月份，全
国固定资产投资（不含农户）5.63万亿元，同比增
长4.6%，增速比去年全年加快1.4个百分点。扣除
价格因素影响，实际增长6.2%。

　　分领域看，制造业投资同比增长9.3%，增速比
去年全年加快0.8个百分点，其中高技术制造业投
资增长12.6%；基础设施投资增长6.1%，加快1.7个
百分点，水利管理业、铁路运输业投资分别增长
18.4%和15.2%。房地产开发投资下降6.8%，降幅比
去年全年收窄2.9个百分点。

　　国家统计局新闻发言人表示，开年以来，各地
区各部门加快推进重大项目建设，超长期特别国债
和新增专项债券资金加快拨付使用，设备更新改造
需求持续释放，带动投资增速回升。从先行指标看，
前2个月新开工项目计划总投资同比增长7.9%，为
后续投资增长提供了支撑。
（转第2版）

首批超长期特别国债项目清单下达

　　本报讯（记者　江砚秋）记者从国家发展改革
委获悉，今年首批超长期特别国债支持“两重”建
设项目清单已经下达，涉及项目1186个，安排资金
3200亿元，重点支持沿江高铁、跨区域水资源调配、
高标准农田、城市地下管网改造等领域。

　　国家发展改革委有关负责人表示，将指导地方
加快开工建设，推动资金尽快形成实物工作量，同
时加强项目全过程监管，确保资金用在刀刃上。

全国春耕备耕进展顺利

　　眼下，南方早稻育秧陆续展开，北方冬小麦进
入返青期。据农业农村部门调度，截至3月10日，
全国已备种量占计划的87%，化肥到位率超过七成，
农机具检修率达到八成以上，总体进度快于上年同
期。

　　各地正抓住有利时机，组织开展农资打假和农
技指导服务，确保不误农时。

本版责任编辑：邝若水　　校对：时雨　　版式：葛一禾

2　要闻
华允日报　2035年3月13日 星期二

前2月全国固定资产投资同比增长4.6%
（上接第1版）
　　从经营主体看，民间投资同比增长1.2%，增速
年内首次由负转正。其中，民间制造业投资增长
10.1%，民间基础设施投资增长3.4%。分析人士认
为，民间投资回暖，与近期出台的支持民营经济发
展的一系列举措落地见效密切相关。

　　受访专家指出，当前投资回升的基础仍需巩固，
部分地区项目储备不足、资金到位偏慢等问题依然
存在。下一步，应加快专项债券发行使用，扩大有
效益的投资，同时进一步激发民间投资活力，推动
投资保持稳定增长。
"""


def test_the_rest_of_a_jumped_article_under_its_reprinted_headline_goes_back_to_it():
    """'（转第2版）' closes the lead's first part; further on its headline is
    printed again over '（上接第1版）' and the rest: one article, the
    reprinted headline kept as matter of its own."""
    records = split(JUMPED_LEAD_PAGE)
    leads = [r for r in articles(records) if r.title == "前2月全国固定资产投资同比增长4.6%"]
    assert len(leads) == 1 and "民间投资同比增长1.2%" in leads[0].text
    assert any(r.kind == "other" and "前2月全国固定资产投资同比增长4.6%" in r.text for r in records)


# A cover story (hand-made, invented) printed in two pieces around a 背景 box.
STORY_AROUND_SIDEBAR = """B1　封面故事
华商经营报　2035年3月26日 星期一
主编：庞嘉木　　编辑：葛思遥

封面故事
低空经济调查
低空经济的第一批“订单”
——汀溪无人机物流试点一年观察
本报记者　樊予安　汀溪报道
每天上午九点，汀溪市郊一处物流园区的起降平台上，十几
架六旋翼无人机依次升空，载着药品、生鲜和快递包裹飞往
30公里外的山区乡镇。一年前，同样的路程货车要绕行近两
个小时，现在无人机只需25分钟。
汀溪是首批低空物流试点城市之一。试点开展一年来，当地
已开通无人机物流航线46条，累计飞行超过21万架次，运送
货物约380吨。在不少业内人士看来，这是低空经济从“概
念”走向“订单”的一个缩影。
谁在买单
“无人机物流能不能活下去，关键看有没有人愿意持续付费。”
汀溪一家无人机物流企业的创始人郁北辰说。他给记者算了
一笔账：一架中型物流无人机单次飞行的综合成本约为40元，
而一单山区快递的配送收入只有8元左右，单做快递末端配
送很难盈利。

背景
低空物流试点城市
2034年初，有关部门确定汀溪、鹭门等6个城市开展低空物
流试点，试点期两年。试点内容包括划设低空物流专用航路、
简化飞行计划审批流程、建设无人机起降和监管服务平台，
探索形成可复制推广的低空物流运营模式和监管规则。

真正撑起订单的，是医疗和应急物资运输。目前，汀溪已有
17家县级医院与无人机企业签订血液、检验样本的运输协议，
按月付费；电力、林业部门则采购无人机巡检服务。这些企
业和机构客户的订单，占到郁北辰公司收入的七成以上。
空域和标准仍是瓶颈
尽管订单开始落地，低空经济的规模化发展仍面临不少掣肘。
多家企业反映，航线审批虽然比过去简化，但跨区域飞行仍
需多方协调；起降场地、通信导航等基础设施建设滞后，夜
间和恶劣天气条件下的飞行保障能力不足。
标准体系也有待完善。一位行业协会人士表示，物流无人机
的适航审定、保险理赔、事故责任认定等规则仍不健全，
“企业不敢大规模投放，保险公司也不敢大胆承保”。
汀溪市发展改革委有关负责人透露，当地正在编制低空基础
设施建设规划，计划三年内新建起降点200个，并探索设立
低空经济产业基金。
（转B2）

观察
低空经济别急着“造城”
低空经济升温之后，一些地方争相规划“低空经济产业园”
“低空小镇”，动辄数百亿元的投资计划屡见报端。热情可
以理解，但也需要冷静。
从汀溪的实践看，低空经济真正的难点不在造飞机、建园区，
而在找到可持续的应用场景和商业模式。没有稳定的订单，
再大的园区也难以留住企业。各地与其比拼规划规模，不如
先把航线开起来，让市场需求来决定产业布局。（樊予安）

新闻热线：010-5862××××　　邮箱：fengmian@hsjyb.cn
"""


def test_a_column_after_a_labelled_box_goes_on_from_the_article_the_box_is_set_into():
    """'背景' / '低空物流试点城市' / one paragraph, then a column with no headline:
    the box's text is whole, the column is the cover story's rest."""
    recs = {r.title: r for r in articles(split(STORY_AROUND_SIDEBAR))}
    assert "真正撑起订单的" in recs["低空经济的第一批“订单”"].text
    assert "真正撑起订单的" not in recs["低空物流试点城市"].text


# A market page (hand-made, invented): a table with its title and unit line
# set between two paragraphs of the lead.
TABLE_IN_LEAD_PAGE = """丰穗农民日报
2035年6月14日 星期四　第6版
市场·行情　　责任编辑：谷雨生

新麦收购开局平稳　优质优价特征明显
本报记者　田穗禾

　　眼下，南方冬小麦主产区收获进度已过八成，新麦收购陆续展开。
记者近日在溯阳、青岘等地走访了解到，今年新麦整体品质较好，容
重普遍在780克/升以上，收购价格开秤后稳中略涨，优质专用小麦溢
价明显。

　　据九州粮油信息中心监测，6月上旬主产区普通小麦收购均价为
每斤1.24元，比去年同期上涨0.02元；强筋、弱筋等优质专用小麦收
购价每斤普遍高出普通小麦0.05元至0.1元。

主产区新季普通小麦收购均价
（6月上旬，元/斤）
产区　　　均价　　比上年同期
溯阳　　　1.25　　＋0.03
青岘　　　1.23　　＋0.02
沣原　　　1.24　　＋0.01
岭东　　　1.26　　＋0.03
数据来源：九州粮油信息中心

　　“今年我们跟面粉厂签了订单，种的是强筋麦，每斤比普通麦多
卖8分钱。”溯阳县种粮大户覃守田算了一笔账，家里流转的600亩地
亩产达到1100斤，仅优质优价一项就能增收5万多元。

　　业内人士分析，今年新麦上市量较大，但面粉企业和储备企业入
市积极，市场购销总体活跃。考虑到最低收购价政策托底以及饲料替
代需求增加，预计后期麦价将以稳为主。专家提醒，种粮农户要关注
天气和市场变化，合理安排售粮节奏，避免集中上市导致卖粮难。
"""


def test_a_tables_title_and_unit_line_over_its_rows_are_the_tables():
    """'主产区新季普通小麦收购均价' / '（6月上旬，元/斤）' over '产区　均价　比上年同期'
    and rows of figures: the table's title, not a headline of the text
    above printed after it; the lead keeps its own headline and both parts."""
    recs = articles(split(TABLE_IN_LEAD_PAGE))
    assert [r.title.replace(" ", "") for r in recs] == ["新麦收购开局平稳优质优价特征明显"]
    assert "种粮大户覃守田" in recs[0].text


def test_items_of_a_digest_each_closed_by_the_paper_they_came_from():
    """Opinion pieces a digest reprints, each closed by '（摘自《X》　NAME）'
    set flush right: the credit closes its piece and names its writer; it
    heads no piece under it."""
    page = ("“小切口”也能做出“大文章”\n\n" + BODY_A + "\n　　　　　　（摘自《澄阳日报》　宋知白）\n\n稳就业要多看“新岗位”\n\n"
            + BODY_B + "\n　　　　（摘自《北港商报》5月6日　温叙）\n\n别让“低价内卷”透支行业未来\n\n" + "\n".join(FOREIGN)
            + "\n　　　　（摘自《北港商报》　薛晴川）\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("“小切口”也能做出“大文章”", ["宋知白"]),
                                                    ("稳就业要多看“新岗位”", ["温叙"]),
                                                    ("别让“低价内卷”透支行业未来", ["薛晴川"])]


# A city page (hand-made, invented) extracted with a blank line after every
# line: a lead, then '简讯' over items whose titles run into their text
# after a space, each closed by its signature or not signed at all.
DIGEST_AFTER_LEAD_PAGE = """枫渡日报　2035年5月13日 星期日　第5版

经济快讯　　责任编辑：严晚枫

枫渡推出稳外贸十项举措

本报记者　詹若水

    为帮助外贸企业稳订单、拓市场，枫渡市日前出台稳外贸十项举措，今年将安排专

项资金2亿元，重点支持企业参展拓市、海外仓建设和跨境电商发展。主要内容包括：

    1.支持企业“出海”参展。对企业参加境外重点展会的展位费给予最高70%补助。

    2.扩大出口信用保险覆盖面。对小微外贸企业投保短期出口信用保险的保费给予全

额补贴。

    3.加快海外仓布局。对新建或租用海外仓面积超过5000平方米的企业，给予最高

300万元奖励。

    4.提升通关便利化水平。推广“提前申报”“两步申报”，进口、出口整体通关时

间分别压缩10%以上。

    市商务局有关负责人表示，其余举措涉及外贸企业融资、汇率避险、人才引进等方

面，相关实施细则将于近期陆续公布。

简讯

    枫渡跨境电商出口增长两成　今年一季度，枫渡跨境电商综合试验区实现跨境电商

出口额86.3亿元，同比增长20.7%。其中，通过海外仓发货的出口额占比提高到38%。目

前，全市跨境电商经营主体已超过2600家。（记者　吴半山）

    枫渡陶瓷产业园新签约项目12个　4月以来，枫渡陶瓷产业园新签约入驻项目12个，

总投资额46亿元，涉及高端卫浴、功能陶瓷和陶瓷装备制造等领域。园区今年计划建成

标准厂房30万平方米，为项目落地提供保障。（通讯员　聂小棠）

    首届枫渡预制菜产业大会举办　5月10日至11日，首届枫渡预制菜产业大会举办，

来自全国的200余家企业参会，现场签约合作项目18个、金额23亿元。枫渡市目前有预

制菜生产企业147家，去年产值突破90亿元。

本版校对：江潮生
"""


def test_run_in_items_under_a_digest_label_after_a_lead_are_each_an_article():
    """'简讯' is the digest's label, never a crosshead of the lead above;
    '枫渡陶瓷产业园新签约项目12个　4月以来…' after '…（记者　吴半山）' and
    '首届枫渡预制菜产业大会举办　5月10日至11日…' are items of their own."""
    titles = [r.title for r in articles(split(DIGEST_AFTER_LEAD_PAGE))]
    assert titles == ["枫渡推出稳外贸十项举措", "枫渡跨境电商出口增长两成", "枫渡陶瓷产业园新签约项目12个", "首届枫渡预制菜产业大会举办"]


# A digest page (hand-made, invented): reprinted pieces, each closed by a
# credit of the paper it came from and its writer, set flush right.
REPRINTS_PAGE = """九州文摘报　2035年5月11日 星期五　第5版
经济·社会　　本版编辑：庞小渔

“共享工厂”让小微企业轻装上阵

　在临溪县经济开发区，一座占地3万平方米的“共享工厂”里，十多家
小微服装企业共用裁剪、缝制、整烫生产线。企业只需按工时支付费用，
就能完成从打版到成衣的全部工序。
　“自己建一条生产线至少要投入200万元，在这里租用设备，一个月成
本不到5万元。”一家童装企业的负责人算了一笔账。共享工厂运营方介
绍，工厂目前的设备利用率达到85%，入驻企业平均订单交付周期缩短了
三分之一。
　共享工厂的模式正在向更多行业延伸。当地已规划建设家具、五金两个
共享工厂，预计年内投入使用。
　　　　　　　　　　　　　　　　　　（摘自《临溪日报》　邝书言）

　“这个岗位月薪6000元起，包住宿，每周单休，有意向的朋友可以直接
点击屏幕下方的链接投递简历。”5月7日晚，在枫渡市人社局的直播间里，
主播正在介绍一家汽车零部件企业的招聘需求。一场两个小时的直播，吸
引了4.3万人次观看，收到简历860份。

　近年来，“直播带岗”成为不少地方公共就业服务的新方式。与传统招
聘会相比，直播招聘打破了时间和空间的限制，求职者足不出户就能“云
逛”企业车间、了解岗位详情，还能通过弹幕与企业人力资源负责人实时
互动。

　不过，直播带岗也面临一些问题。有求职者反映，部分直播间岗位信息
介绍不够详细，薪资待遇“说得好听、落实打折”。业内人士建议，相关
部门应加强对直播招聘信息的审核，建立岗位信息核验和求职者权益保障
机制，让直播带岗“带”得更准、更实。

直播带岗：求职从“面对面”到“屏对屏”
文／柯向晚　原载《南岭工人报》

欢迎订阅2035年下半年《九州文摘报》
邮发代号：37-15　　半年定价：60元
全国各地邮局均可订阅　订阅热线：400-618-3715

银发族成为文旅消费新主力

　数据显示，今年一季度，60岁以上游客在国内跟团游客中的占比超过四
成。与年轻人偏爱“特种兵式旅游”不同，老年游客更青睐慢节奏的康养
游、旅居游。
　一些旅行社推出“候鸟式”旅居产品，在气候宜人的城市租下整栋公寓，
配套餐饮、医疗和文娱服务，一住就是一两个月。业内人士认为，银发旅
游市场规模大、淡季效应弱，但产品的适老化程度仍需提高。（据《望潮
晚报》）
快递进村打通“最后一公里”

　今年以来，各地加快推进快递进村工程，通过“快递+商超”“快递+村
级服务站”等模式整合末端网点。截至4月底，全国已有超过九成的建制
村实现快递服务直接通达，农村地区快递业务量同比增长24%。（华岳社）

校对：祝青禾
"""


def test_a_reprint_credit_set_after_a_piece_signs_it():
    """'（摘自《临溪日报》　邝书言）' after '“共享工厂”让小微企业轻装上阵' and
    its text, the next headline under it: the credit signs the piece above."""
    recs = {r.title: r for r in articles(split(REPRINTS_PAGE))}
    assert recs["“共享工厂”让小微企业轻装上阵"].authors == ["邝书言"]


# A supplement page (hand-made, invented): an essay closed by its writer's
# bio wrapped onto a second line, then a news item.
ESSAY_WITH_BIO_PAGE = """岱川日报　副刊
2032年4月26日 星期一　第8版　岱山

老街的秤

　　小时候，镇上老街的尽头有一家杂货铺，铺子里最显眼的，是柜台上那杆带着
黄铜秤盘的老秤。秤杆是乌木的，磨得油亮，秤星一颗颗嵌在上面，像夜里的星星。

　　铺子的主人是外公的老朋友，我们都叫他三爷。三爷称东西从不含糊，称好了，
总要把秤杆翘得高高的，让买主看个清楚。“秤平斗满，做生意靠的是这个。”他
用指节敲敲秤杆，又敲敲自己的胸口。那时我还小，不明白他敲胸口是什么意思，
只觉得那一下很郑重。

　　镇上的人买盐、买糖、买灯油，都爱到三爷的铺子里去。赶集的日子，山里的
人背着茶叶、笋干来卖，也要借三爷的秤过一过，说是“三爷的秤，准”。一杆秤，
称的是货物，也称出了一条街的信任。

　　后来我到城里读书、工作，回老街的次数越来越少。再回去时，老街已经翻修，
青石板换成了透水砖，杂货铺变成了一家便利店，收银台上摆着电子秤，扫码付款
“嘀”的一声，干脆利落。三爷早已不在了，那杆老秤被他的孙子收在店里的玻璃
柜中，旁边贴着一张手写的卡片：老秤，1962年。

　　三爷的孙子在店里做起了直播，把镇上的茶叶、笋干卖到了全国各地。他说，
网上卖货，最怕的就是缺斤短两，“差评一来，生意就完了”。我看着他把每一袋
茶叶放在电子秤上，称好了，再往袋里添上一小撮，像极了当年的三爷。

　　秤变了，老街变了，做生意的方式也变了。可有些东西，一直都在。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　柴素心

【作者简介】柴素心，岱川省作家协会会员，现供职于棠溪县文化馆，著有散文集
《河埠头》《炊烟里的村庄》。

文化视点
首届非遗购物节销售额超1.2亿元

　　本报讯（记者　苗清和）4月25日，为期十天的首届岱川非遗购物节落下帷幕。
记者从省文化和旅游厅获悉，购物节期间，全省460多家非遗工坊、老字号企业通
过线上线下渠道销售非遗产品，实现销售额1.26亿元，同比增长38%。

　　购物节期间，各地组织非遗市集、直播带货等活动300多场，棠溪竹编、岚阳
蓝印花布、枫岭红茶等非遗产品受到消费者欢迎。

副刊邮箱：fukan@dcrb.example　　责任编辑：黎素问
"""


def test_an_author_bio_wrapped_onto_a_second_line_stays_one_note():
    """'【作者简介】柴素心，…著有散文集' / '《河埠头》《炊烟里的村庄》。' under an
    essay: the bio's last line is the bio's, not a record apart."""
    records = split(ESSAY_WITH_BIO_PAGE)
    notes = [r for r in records if "作者简介" in r.text]
    assert len(notes) == 1 and "《炊烟里的村庄》" in notes[0].text
    assert not any(r.text.strip() == "《河埠头》《炊烟里的村庄》。" for r in records)


def test_a_continuation_goes_to_the_article_whose_counted_points_it_goes_on():
    """Two articles on one page, '下转 D4' set under the second; further on
    '上接 D3' and a continuation with '四是…': the first stopped at '三是…',
    the second already holds its '四是…', so the continuation is the first's."""
    first = ("深耕数据要素应用\n本报记者 王小明\n\n一是加快数据要素市场建设，培育数据交易主体，完善数据交易规则和流程。\n\n"
             "二是加快数据要素应用的思想转变和制度建设，推动公共数据开放共享。\n\n三是促进数字场景开发与推广，全面实施制造业数字化转型行动。\n")
    second = ("智能制造全产业变革\n本报记者 李四\n\n二是加快工业互联网标准体系建设，按照标准先行的原则推进。\n\n"
              "三是打造传统制造业数字化转型样板，带动中小企业跟进转型。\n\n四是建立适应智能制造与未来产业的人才培养体系。\n\n"
              "五是完善智能制造政策体系，强化政策的精准性和有效性。\n")
    page = (first + "\n" + second + "\n下转 D4\n\n城市更新扎实推进\n本报记者 赵五\n\n" + "\n".join(FOREIGN)
            + "\n\n上接 D3\n\n四是积极探索数字时代的国际合作新模式，推动数据跨境流动规则对接。\n")
    recs = {r.title: r for r in articles(split(page))}
    assert "四是积极探索数字时代" in recs["深耕数据要素应用"].text
    assert "四是积极探索数字时代" not in recs["智能制造全产业变革"].text


CONTINUED_PAGE = """岚江商报　区域专刊
B6
2036年3月4日　星期三

岚江：老港口的新航线
（上接B5版）
推动港航物流、跨境电商等业态集聚，力争三年内
集装箱吞吐量突破500万标箱。

■老码头的“第二春”

　旧仓库改造成了港口文化街区，周末客流不断。
当地还引进了一批设计工作室和咖啡馆，年轻人
愿意留下来创业，街区去年接待游客超过180万人
次，带动周边就业4000多人。

　“港口不只是装卸货物的地方，也是城市的客厅。”
街区运营负责人说，下一步将开通夜间游船线路。

港区企业用工需求旺盛
本报记者　林默

　开春以来，岚江港区企业陆续开工，招工需求明显
增加。港区人社服务站组织了三场专场招聘会，提供
岗位2300多个，涉及装卸、物流、电商运营等领域。
　服务站负责人介绍，今年还将开展订单式培训，帮
助求职者提升技能、尽快上岗。
"""


def test_a_headline_reprinted_over_a_jump_line_heads_the_continuation():
    """'岚江：老港口的新航线' / '（上接B5版）' / the rest: the line set apart
    over the jump line is the continued article's headline, not its first
    paragraph."""
    recs = articles(split(CONTINUED_PAGE))
    assert recs[0].title == "岚江：老港口的新航线"
    assert recs[0].text.lstrip().startswith("推动港航物流")


def test_a_marked_line_under_a_short_continuation_opens_its_next_part():
    """'（上接B5版）', two lines finishing a part, then '■老码头的“第二春”':
    the marked line is the continued article's crosshead (the stretch above
    is too short for its words to echo anything), not a new article."""
    recs = articles(split(CONTINUED_PAGE))
    assert [r.title for r in recs] == ["岚江：老港口的新航线", "港区企业用工需求旺盛"]
    assert "夜间游船线路" in recs[0].text


NARROW_STRIP_PAGE = """青川财税报
基层传真

临江税务
“双语”服务
进园区
　　本报讯（通讯员　
石小禾）临江县税务局
组建双语服务小组，走
进产业园区为外资企业
讲解最新政策，累计解
答问题120余个。

嘉宾观点
惠企政策的
“最后一公里”
何秋石
　　政策出台只是第一
步，关键在于让企业找
得到、看得懂、用得上。
基层部门要主动靠前服
务，把政策送到企业手
中。

东岭推出
办税“预约
专窗”
　　东岭区税务局近日
开通预约办税专窗，纳
税人可通过手机预约时
段，到厅后即到即办。
（韦青　柏禾）
"""


def test_a_headline_wrapped_in_a_narrow_strip_is_one_headline():
    """In a ten-character strip display type fills its line with four or
    five characters: '临江税务' / '“双语”服务' / '进园区' is one headline
    wrapped at the column, not a label (or kicker) over a shorter headline,
    and its lines join without spaces."""
    titles = [r.title for r in articles(split(NARROW_STRIP_PAGE))]
    assert "临江税务“双语”服务进园区" in titles
    assert "东岭推出办税“预约专窗”" in titles


def test_a_column_label_set_solid_over_a_narrow_headline_stays_a_label():
    """'嘉宾观点' right over '惠企政策的' / '“最后一公里”': the column's label,
    not the headline's first line."""
    titles = [r.title for r in articles(split(NARROW_STRIP_PAGE))]
    assert "惠企政策的“最后一公里”" in titles


def test_a_short_first_line_of_a_narrow_headline_is_no_column_label():
    """'旧厂房' / '变身创客园' set solid in a ten-character strip: the short
    line is the headline's first (display type fills a narrow line with a
    few characters), not a column's label."""
    page = ("青川财税报\n2036年3月4日　星期三\n\n旧厂房\n变身创客园\n　　本报讯（记者　\n石小禾）城东老机械厂\n闲置多年的厂房经过改\n"
            "造，日前变身创客园，\n已有36家小微企业入\n驻，带动就业400多人。\n")
    titles = [r.title.replace(" ", "") for r in articles(split(page))]
    assert titles == ["旧厂房变身创客园"]


NOTICE_AMONG_NEWS_PAGE = """岚川市场监管报
2036年4月5日　星期二　第3版

选购电热水壶认准“CCC”标志
　入夏以来，电热水壶进入销售旺季。泊州市市场监管局近日发布消费提示，提醒消费者选购时
认准强制性产品认证标志，查看铭牌上的额定电压、额定功率等信息，不买“三无”产品。
　消费者如发现产品质量问题，可保留购物凭证，通过12315平台进行投诉。
泊州市市场监督管理局
食品安全监督抽检信息公告
（2036年第4期）
　　近期，本局组织抽检粮食加工品、食用油、饮料等3类食品96批次，其中合格
95批次，不合格1批次。对不合格产品，本局已责令企业立即下架、召回。特此公告。
　　　　　　　　　　　　　　　　　　　　　　　　泊州市市场监督管理局
　　　　　　　　　　　　　　　　　　　　　　　　　　2036年4月3日
青禾开展燃气器具质量专项检查
　4月以来，青禾县市场监管局对全县燃气器具销售门店开展质量专项检查，重点查处
销售无认证产品、虚标热效率等行为。截至目前，已检查门店58家，立案查处5起。
（记者　吕见山）
"""


def test_a_notice_closes_with_its_date_and_takes_its_issuer_above():
    """'泊州市市场监督管理局' over '…信息公告', its text, '特此公告。', the
    issuer and the date: one notice. The date signs last: the line set
    solid under it is the next item's headline, not a signer of the notice;
    and the issuer's name over the notice's label heads no article."""
    recs = articles(split(NOTICE_AMONG_NEWS_PAGE))
    assert [r.title for r in recs] == ["选购电热水壶认准“CCC”标志", "青禾开展燃气器具质量专项检查"]
    assert recs[0].text.rstrip().endswith("12315平台进行投诉。")
    assert recs[1].authors == ["吕见山"]


JOURNAL_OPENING_PAGE = """第12卷第3期　　　　　　　　青衡经济研究　　　　　　　　Vol.12 No.3

·产业经济·
数字金融发展与县域小微企业创新
——基于准自然实验的证据
柯望川¹　宁书远²　梅　岚¹
（1. 青衡大学　经济学院，青衡　汀州　410082；2. 东岭财经大学　金融学院，东岭　330013）

摘要：本文以县域数据为样本，考察数字金融发展对小微企业创新的影响。研究发现，数字金融显著
提升了县域小微企业的创新水平，这一效应在中西部地区更为明显。
关键词：数字金融；小微企业；创新

一、引言
小微企业是县域经济的重要主体，也是创新活动的重要来源。近年来，数字金融快速发展，
为缓解小微企业融资约束提供了新的途径。本文利用县域面板数据，检验数字金融发展对小微
企业创新的影响及其作用机制。
"""


def test_names_with_affiliation_marks_under_a_dash_subtitle_sign_the_article():
    """A journal's opening page: headline, '——基于…的证据', then
    '柯望川¹　宁书远²　梅　岚¹' (affiliation marks after the names): the
    authors, not a second headline."""
    recs = articles(split(JOURNAL_OPENING_PAGE))
    assert recs[0].title == "数字金融发展与县域小微企业创新"
    assert recs[0].authors == ["柯望川", "宁书远", "梅岚"]


def test_a_column_label_between_middle_dots_is_the_section_not_the_kicker():
    """'·产业经济·' over a journal article's title: the journal's column."""
    recs = articles(split(JOURNAL_OPENING_PAGE))
    assert recs[0].kicker is None and "产业经济" in (recs[0].section or "")


def test_a_quote_attribution_under_a_dash_is_no_subtitle_byline():
    """'“…”' / '——远航物流总裁' / '邝明川' in a quote box: who said it. The
    name under a dash line signs a piece only under a headline's subtitle."""
    page = ("峰会快讯\n\n“县城里的年轻人，\n比我们想象的更懂消费。”\n——远航物流总裁\n邝明川\n\n"
            "新消费的机会在县城\n本报记者　林默\n\n　　本报讯　峰会上，多位企业家认为，县域消费市场潜力巨大，"
            "渠道下沉和品牌升级将成为下一阶段的重点。\n")
    recs = split(page)
    text = "".join(r.text for r in recs)
    assert "——远航物流总裁" in text


CREDITS_IN_BRACKETS_PAGE = """衡岳经济学刊　2036年第2期

“县域经济高质量发展”学术研讨会综述

2036年3月15日，“县域经济高质量发展”学术研讨会在汀州举行。来自30余所高校和科研机构
的专家学者参加了会议，围绕县域产业升级、公共服务均等化等议题展开讨论。
与会学者认为，县域经济高质量发展要立足比较优势，培育特色产业，完善要素市场。
（整理：邬静川　柏小满）
［责任编辑：蒋白鹭］

第五届县域经济发展论坛将于9月举办
本刊讯　由青衡县域经济学会主办的第五届县域经济发展论坛将于9月在汀州举办，论坛即日起
接受参会报名和论文投稿。

《衡岳经济学刊》“数字经济与区域发展”专题征稿启事
为推动相关学术研究，本刊拟于2036年第10期推出“数字经济与区域发展”专题，诚邀学者惠赐
佳作。截稿日期为2036年7月31日。
投稿邮箱：hyjj@example.org
"""


def test_an_editor_credit_in_square_brackets_is_no_kicker():
    """'［责任编辑：蒋白鹭］' closes the piece above; it is no kicker of the next headline."""
    recs = articles(split(CREDITS_IN_BRACKETS_PAGE))
    nxt = next(r for r in recs if r.title.startswith("第五届"))
    assert nxt.kicker is None


def test_a_call_for_papers_is_a_notice_not_an_article():
    """'《X》“Y”专题征稿启事', its terms and the submission address: a notice, no article."""
    titles = [r.title for r in articles(split(CREDITS_IN_BRACKETS_PAGE))]
    assert not any("征稿启事" in t for t in titles)
    assert any(t.endswith("学术研讨会综述") for t in titles)


def test_two_names_under_a_journal_headline_and_the_affiliation_line_under_them():
    """'新质生产力视域下…' / '柯望舒，秦望川' / '（青衡省社会科学院　经济研究所，
    青衡　汀州　410003）': the writers (one name jieba does not know as
    one is enough with another it does), and a note of where they work (its
    postcode says so), not the text's first paragraph."""
    page = ("青衡社会科学　2036年第3期\n\n新质生产力视域下制造业数字化转型的\n理论逻辑与实践路径\n柯望舒，秦望川\n"
            "（青衡省社会科学院　经济研究所，青衡　汀州　410003）\n\n"
            "　　当前，新一轮科技革命和产业变革深入发展，制造业数字化转型成为培育新质生产力的重要途径。"
            "本文从生产力要素、生产组织方式和产业形态三个维度，阐释两者之间的理论关联。\n")
    recs = articles(split(page))
    assert recs[0].authors == ["柯望舒", "秦望川"]
    assert recs[0].text.lstrip().startswith("当前")


def test_a_books_data_lines_under_a_review_headline_are_a_note():
    """'书名：《…》　作者：X　出版社：…　定' / '价：68.00元' under a review's
    headline and byline: the book's data, wrapped, not the review's text
    nor a headline."""
    page = ("东岭商报\n2036年3月14日　星期三\n\n书评\n在县域中读懂中国经济\n□　周明川\n"
            "书名：《县域的逻辑》　作者：梁栖梧　出版社：汀州人民出版社　出版时间：2036年1月　定\n价：68.00元\n"
            "　县域，是观察中国经济的一个独特窗口。全国一千多个县，承载着大部分人口和经济总量。\n"
            "　这本书以四十年县域经济的变迁为线索，讲述了一个个县城如何找到自己的发展道路。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["在县域中读懂中国经济"]
    assert recs[0].text.lstrip().startswith("县域，是观察")


COMPANY_STRIP_PAGE = """昭岚交投报　基层传真

智慧交通公司ETC
发行量突破百万

截至4月15日，智慧交
通公司累计发行ETC用
户卡102.6万张，为货
车司机提供办理、充
值、售后一站式服务。
（智慧交通公司　晏书
远）

春季植树添新绿
4月8日，养护公司组织
青年职工在高速公路服
务区开展义务植树活
动，共栽种苗木600余
株。
（养护公司　蔺小川　摄）
"""


def test_photo_news_under_a_signed_item_keeps_its_headline():
    """An item closed by '（智慧交通公司　晏书' / '远）' (the name cut at the
    column's edge), then '春季植树添新绿' set apart over a photo's caption:
    the item is signed by its writer, and the line heads the photo news
    (a brief under its own headline), not the item's next paragraph."""
    recs = split(COMPANY_STRIP_PAGE)
    item = next(r for r in recs if r.title.startswith("智慧交通公司"))
    assert item.authors == ["晏书远"] and "春季植树" not in item.text
    photo = next(r for r in recs if r.kind == "brief")
    assert photo.title == "春季植树添新绿" and not photo.title_generated


def test_a_headline_broken_after_its_subject_keeps_its_figures():
    """'青溪农村电商' / '前5个月销售额增三成': the upper line names only a
    subject (no verb), so the line of figures under it is the headline's
    predicate, not a deck under a whole headline."""
    page = ("青溪日报\n2036年6月14日　星期五\n\n青溪农村电商\n前5个月销售额增三成\n"
            "　　本报讯（记者　梅若川）记者从市商务局获悉，今年前5个月，全市农村网络零售额达46.3亿元，"
            "同比增长31.2%。全市已建成县级电商公共服务中心6个、村级服务站点920个。\n")
    recs = articles(split(page))
    assert recs[0].title.replace(" ", "") == "青溪农村电商前5个月销售额增三成"
    assert recs[0].subtitle is None


MEMBERS_VOICES_PAGE = """岚江日报　政协之窗

委员声音

让中小企业合规“有章可循”

省政协委员　冷望川

　　不少中小企业想做合规却不知从何做起。建议由行业协会牵头编制分行业合规指引，
把法律条文转化为企业看得懂、用得上的操作清单，并组织律师开展公益体检。

涉企执法要有“温度”

　　执法检查要减少随意性，能合并的合并，能联合的联合。对轻微违法行为，
要更多采用提醒、告诫等柔性方式，让企业心服口服。

——省政协委员　尚望舒

破解知识产权维权“举证难”

省政协委员　邓小满

　　建议探索建立知识产权侵权证据保全快速通道，降低权利人维权成本。同时，
要加强行政执法与司法保护的衔接，推动侵权线索、检验鉴定结果互认，让企业维权少跑腿。
"""


def test_a_members_post_and_name_sign_the_piece_under_its_headline_or_after_it():
    """'省政协委员　冷望川' set apart under a headline, '——省政协委员　尚望舒'
    after a piece's last sentence: the member signing it, post then name
    (not a speaker's line in a roundup, nor a headline of its own)."""
    recs = {r.title: r for r in articles(split(MEMBERS_VOICES_PAGE))}
    assert recs["让中小企业合规“有章可循”"].authors == ["冷望川"]
    assert recs["涉企执法要有“温度”"].authors == ["尚望舒"]
    assert recs["破解知识产权维权“举证难”"].authors == ["邓小满"]


RULES_IN_FULL_PAGE = """青川日报　2036年6月13日　星期三
第7版　政务·文件

青川省公共数据开放管理办法
（2036年5月30日省人民政府第47次常务会议通过　2036年6月10日青川省
人民政府令第98号公布　自2036年8月1日起施行）

第一章　总　则

第一条　为了规范公共数据开放活动，促进公共数据合规高效开发利用，保障数据
安全，根据有关法律、行政法规，结合本省实际，制定本办法。
第二条　本省行政区域内公共数据开放及其监督管理活动，适用本办法。
第二章　开放与利用
第三条　数据主管部门应当通过公开征集、竞争性遴选等方式确定开放单位，签订
协议，明确开放范围、期限、双方权利义务和退出机制。
第四条　开放单位应当在数据主管部门确定的公共数据平台
内开展数据加工处理活动，原始数据不得导出平台。
第十一条　数据主管部门应当建立开放评估机制，对开放单位的运营情况、安全管理
等进行年度评估，评估结果作为续期或者终止开放的依据。
第三章　附　则
第十二条　本办法自2036年8月1日起施行。

《青川省公共数据开放管理办法》解读
青川省数据局

　　近日，《青川省公共数据开放管理办法》（以下简称《办法》）正式公布，将于8月1日
起施行。《办法》共三章十二条，对公共数据开放的原则、程序和监督管理等作出规定。
　　《办法》明确，原始数据不得导出平台，开放单位须接受年度评估，确保数据安全。
"""


def test_the_articles_of_rules_printed_in_full_are_text_not_headlines():
    """'第四条　开放单位应当在…平台' (a line as wide as the column) and
    '第十一条　数据主管部门…' (number, space, text): the numbered articles of
    rules printed in full open clauses of the document; none heads a piece
    of its own. The department under the explanation's headline is its
    byline, naming no one."""
    recs = articles(split(RULES_IN_FULL_PAGE))
    assert [r.title for r in recs] == ["青川省公共数据开放管理办法", "《青川省公共数据开放管理办法》解读"]
    assert "第十一条" in recs[0].text and recs[1].byline == "青川省数据局" and recs[1].authors == []


def test_items_under_a_news_in_brief_label_named_dongtai_are_items():
    """'监 管 动 态' (letter-spaced) over items set solid, each a headline over
    an indented paragraph: the column's items, each its own, not one
    article with crossheads."""
    page = ("启衡证券报　监管\n\n监 管 动 态\n交易所发布上市公司可持续发展报告编制指引\n"
            "  启衡证券交易所6日发布上市公司可持续发展报告编制指引，对环境、社会和公司治理信息的披露\n"
            "框架、指标口径作出细化规定，鼓励上市公司按照指引编制报告。\n"
            "中介机构执业质量专项检查启动\n"
            "  证券监管部门近日启动今年首批中介机构执业质量专项检查，抽取保荐机构、会计师事务所和律师\n"
            "事务所共32家，重点检查首发上市项目尽职调查、财务核查等环节。\n"
            "辖区上市公司集体接待日举行\n"
            "  6月6日，辖区上市公司投资者网上集体接待日举行，辖区内86家上市公司参加，就经营业绩、分红\n"
            "计划等问题与投资者在线交流，累计回答投资者提问1900余条。（记者　祝含川）\n")
    titles = [r.title for r in articles(split(page))]
    assert titles == ["交易所发布上市公司可持续发展报告编制指引", "中介机构执业质量专项检查启动", "辖区上市公司集体接待日举行"]


def test_a_column_label_of_five_characters_over_a_headline_is_no_part_of_it():
    """'纳税人故事' over '留抵退税让老厂“换新颜”' and its byline: the column's
    label (a genre word closes it), not the headline's first half."""
    page = ("泰和税务报　2036年6月12日\n\n纳税人故事\n留抵退税让老厂“换新颜”\n本报记者　桑语川　通讯员　庄明川\n\n"
            "　　走进青川纺织有限公司的生产车间，新购置的智能织机正在高速运转。“去年拿到的留抵退税款，"
            "我们全部用在了设备更新上。”公司负责人说，新设备投用后，生产效率提高了三成。\n")
    rec = articles(split(page))[0]
    assert rec.title == "留抵退税让老厂“换新颜”" and "纳税人故事" in (rec.section or "")


@pytest.mark.parametrize("label", ["科普小课堂", "法律小讲堂", "健康小百科"])
def test_a_teaching_columns_label_over_a_headline_is_no_part_of_it(label):
    """'科普小课堂' over '夏夜星空为何“银河”更亮': papers name their
    explainer columns 课堂, 讲堂, 百科; the label is the section, not the
    headline's first half."""
    page = (f"星衡科技报　2035年6月5日\n\n{label}\n夏夜星空为何“银河”更亮\n文／汪星河\n\n"
            "　　每到夏季，只要远离城市灯光，抬头就能看到一条淡淡的光带横贯夜空，这就是银河。不少人发现，"
            "夏天的银河比冬天更亮，这是因为夏夜我们面对的是银河系中心方向，那里恒星更密集。\n")
    rec = articles(split(page))[0]
    assert rec.title == "夏夜星空为何“银河”更亮" and label in (rec.section or "")


def test_the_speakers_post_and_name_under_a_speech_subtitle_are_its_byline():
    """'——在公司年度经营工作会议上的讲话' / '董事长　骆成川': who gave the speech
    printed in full signs it; the line is no headline of its own."""
    page = ("禾丰人　2036年第2期\n\n坚定信心　开辟增长新空间\n——在公司2036年度经营工作会议上的讲话\n董事长　骆成川\n"
            "　　各位同事：\n　　今天，我们召开2036年度经营工作会议，主要任务是总结去年工作，分析当前形势，"
            "部署今年任务。下面，我讲四点意见。\n　　一是正视困难，看清大势。二是聚焦主业，打造增长新引擎。\n")
    rec = articles(split(page))[0]
    assert rec.authors == ["骆成川"] and "董事长" not in rec.title


def test_a_piece_closed_by_the_paper_it_was_taken_from_ends_there():
    """'…推动新能源汽车消费。（据《岚江日报》）' then '乡镇充电桩建设提速': a digest
    names where it took a piece from after its last sentence; the display
    line under it heads the next piece, however close the two subjects."""
    page = ("文摘周报　第5版　2035年6月1日\n\n新能源汽车下乡活动启动\n\n"
            "　　记者日前从省商务厅获悉，今年新能源汽车下乡活动正式启动，全省将在县城和乡镇组织车展三十余场，\n"
            "参展车型覆盖主流新能源汽车品牌，购车农户还可享受充电桩安装补贴。\n"
            "　　省商务厅有关负责人介绍，去年全省新能源汽车下乡累计销售新能源汽车两万余辆，乡镇充电桩数量同比\n"
            "增长一倍。今年将继续完善县乡充电网络，推动新能源汽车消费。（据《岚江日报》）\n\n乡镇充电桩建设提速\n\n"
            "　　新能源汽车在农村越来越多，充电难题如何破解？记者走访发现，全省乡镇充电桩建设正在提速，新能源\n"
            "汽车车主在乡镇加油站、供销社门口都能找到充电桩，充电时间也比过去缩短了不少。\n"
            "　　电力部门表示，今年将新建乡镇充电桩三千个，实现新能源汽车充电网络乡镇全覆盖。\n")
    assert [r.title for r in articles(split(page))] == ["新能源汽车下乡活动启动", "乡镇充电桩建设提速"]


def test_a_display_line_opening_on_a_measure_like_word_between_paragraphs_is_a_headline():
    """'个税汇算：这几笔扣除别忘了填' flush between a closed paragraph and an
    indented one, on a page set with a blank after each line: jieba reads
    个 as a measure word, but no figure was cut before it (the sentence
    above is closed, the one below opens), so it heads the next piece."""
    page = ("星垣报刊文摘　第7版\n\n“数字游民”带火乡村共享办公\n\n"
            "　　在望潮市郊的青岚村，一栋改造后的老民居成了“数字游民”的聚集地。这里有高速网\n"
            "络、共享工位和会议室，月租不到1000元，还包含住宿。\n"
            "　　村里的农家乐、民宿因此多了不少长住客。不过，也有人提醒，乡村共享办公要持续发展，还需在网\n"
            "络、医疗等配套上补齐短板。（据《望潮日报》）\n\n个税汇算：这几笔扣除别忘了填\n\n"
            "　　2034年度个人所得税综合所得汇算清缴将\n\n于6月30日结束。税务部门提醒，以下几项扣\n\n除容易被遗漏：\n\n"
            "　　◆大病医疗。一个纳税年度内，个人负担超过1.5万元的医药费用，可在限额内据实扣除。\n")
    assert [r.title for r in articles(split(page))] == ["“数字游民”带火乡村共享办公", "个税汇算：这几笔扣除别忘了填"]


@pytest.mark.parametrize("label", ["寻味", "品读", "回望"])
def test_a_weekend_columns_verb_label_over_a_headline_is_no_part_of_it(label):
    """'寻味' over '一碗米线里的老鹭汀': a food or shop column names itself by
    a verb; set solid over the headline it is the column's label, not a
    verb broken off before its object."""
    page = (f"鹭汀晚报　2035年9月8日　周末·消费\n\n{label}\n一碗米线里的老鹭汀\n——棠溪老街三家小店的三十年\n文·图／本报记者　岑晓棠\n\n"
            "　　清晨六点，棠溪老街还没完全醒来，林记米线的炉火已经烧旺了。铁锅里，猪骨和鸡架熬出的汤头翻滚着，"
            "香气顺着石板路飘出去老远。在鹭汀，米线是许多人早餐的头号选择。\n")
    rec = articles(split(page))[0]
    assert rec.title == "一碗米线里的老鹭汀" and rec.authors == ["岑晓棠"] and label in (rec.section or "")


def test_the_office_that_issued_a_forecast_closes_its_box_and_heads_nothing():
    """'鹭汀市气象台9月21日17时发布' under a forecast box: who issued it and
    when, end matter; it is no headline printed after the report above."""
    page = ("鹭汀晚报　A05　城事·服务\n\n秋雨携冷空气到访\n\n"
            "　　本报讯（记者　龚雨桐）记者从鹭汀市气象台获悉，受弱冷空气和偏东气流共同影响，今天起我市将迎来一次明显降雨过程。\n\n"
            "　　气象专家提醒，降雨期间道路湿滑，市民驾车出行要减速慢行；早晚温差加大，老人和儿童要注意及时添衣。\n\n"
            "未来三天天气\n\n22日　中雨　20～26℃\n\n23日　小雨转阴　19～23℃\n\n鹭汀市气象台9月21日17时发布\n\n"
            "社区便民服务站中秋照常开放\n\n"
            "　　本报讯（记者　龚雨桐）记者从市民政局获悉，中秋假期全市社区便民服务站照常开放，提供代缴水电费、代收快递等服务。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["秋雨携冷空气到访", "社区便民服务站中秋照常开放"]
    assert "气象专家提醒" in recs[0].text


def test_two_letter_spaced_lines_set_solid_are_one_headline_though_the_second_opens_on_these():
    """'中 秋 假 期 高 速 免 费 通 行' over '这 些 时 段 最 易 拥 堵': a line
    opening on 这些 under a headline is its deck when set smaller; spaced
    alike, set solid, the two are one display type: one headline."""
    page = ("鹭汀晚报　A05\n\n中 秋 假 期 高 速 免 费 通 行\n这 些 时 段 最 易 拥 堵\n本报记者　邬启明\n\n"
            "　　今年中秋国庆假期，7座以下小型客车免费通行时间为9月27日0时至10月7日24时。记者从市交通运输局和"
            "交警部门获悉，假期全市高速公路车流量预计达到620万辆次。\n")
    rec = articles(split(page))[0]
    assert rec.title.replace(" ", "") == "中秋假期高速免费通行这些时段最易拥堵" and not rec.subtitle


def test_a_lawyers_firm_post_and_name_under_a_headline_sign_the_column():
    """'青梧衡平律师事务所律师　葛一澄' under '商家闭店跑路，预付款能要回来吗': a
    lawyer's column signed with the firm, the post and the name, the way an
    expert signs with a university and 教授; not the headline."""
    page = ("青梧消费导报　第7版　维权·警示\n\n律师说法\n商家闭店跑路，预付款能要回来吗\n青梧衡平律师事务所律师　葛一澄\n"
            "经营者以预收款方式提供商品或者服务的，应当按照约定提供。未按照约定提供的，应当按照消费者的要求履行约定或者退回预付款。\n"
            "现实中，商家闭店后往往难觅踪影，消费者维权成本较高。建议消费者维权时尽量集体行动，统一整理证据。\n")
    rec = articles(split(page))[0]
    assert rec.title == "商家闭店跑路，预付款能要回来吗" and rec.authors == ["葛一澄"]


def test_a_body_signing_its_warning_flush_right_heads_nothing():
    """'青梧省消费者权益保护委员会' set flush right under a warning's last
    sentence signs the warning; it is no part of the next headline."""
    page = ("青梧消费导报　第7版\n\n办理预付卡前请先想清这几件事\n"
            "近期，省消保委陆续接到多起美容美发、健身场馆闭店引发的投诉。省消保委提醒消费者：\n"
            "一是查资质。办卡前要查看经营者的营业执照和经营年限。\n二是控金额。单次充值金额不宜过高。\n"
            "三是留凭证。发现商家有异常迹象时，应及时向市场监管部门或消保委反映。\n"
            + "　" * 22 + "青梧省消费者权益保护委员会\n"
            "美容店突然闭店　200余名会员维权\n本报记者　秦沐阳\n"
            "“卡里还有8000多元没消费，店说关就关了。”9月中旬，霁川一家连锁美容店的多家门店突然停业，"
            "不少会员找上门时发现店门紧锁。\n")
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("办理预付卡前请先想清这几件事", None), ("美容店突然闭店 200余名会员维权", None)]


def test_a_readers_name_under_a_letters_headline_signs_it():
    """'能否给外卖骑手留个歇脚处' / '读者　郑小满': a letter whose reader signs
    under its headline; the reader is the author."""
    page = ("鹭汀晚报　A11　读者之声\n\n来信选登\n\n能否给外卖骑手留个歇脚处\n读者　郑小满\n\n"
            "　　我是一名外卖骑手，在鹭汀跑单已经三年了。中午和傍晚是送餐高峰，一过高峰，很多骑手就在商场门口、"
            "路边树荫下等单，夏天晒、冬天冷，下雨天更是没处躲。\n\n"
            "　　听说外地有的城市在商圈、社区设立了“骑手驿站”，希望我们鹭汀也能建一些这样的驿站。\n")
    rec = articles(split(page))[0]
    assert rec.title == "能否给外卖骑手留个歇脚处" and rec.authors == ["郑小满"]


def test_a_timelines_dated_entries_are_its_paragraphs_not_run_in_titles():
    """'　　2026年3月　省政府办公厅印发…': each entry of a 大事记 opens on its
    date and a space; a date is no digest item's title run into its text."""
    page = ("青梧日报　第6版\n\n全省放心消费创建十年大事记\n\n"
            "　　2026年3月　省政府办公厅印发放心消费创建行动方案，确定鹭汀、\n霁川、临屿3市为首批试点城市。\n\n"
            "　　2027年9月　全省推行“线下无理由退货”承诺制度，首批1200家商\n户参与。\n\n"
            "　　2029年5月　省消费者权益保护委员会上线“青梧消费维权”在线平\n台，投诉处理平均时长缩短至9个工作日。\n\n"
            "　　2035年9月　首批20个放心消费示范街区名单公布。（本报记者　韦知行　整理）\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("全省放心消费创建十年大事记", ["韦知行"])]
    assert len(recs[0].paragraphs) == 4


def test_a_utilitys_service_notice_is_no_article():
    """'停水通知', its text, then the water company and the date set flush
    right: a notice the utility placed, not a news article."""
    page = ("霁川都市报　A08　城事\n\n停水通知\n"
            "　　因霁西水厂出厂管道改造施工，9月23日（星期日）8时至20时，霁西区翠微路、南湖路沿线及周边区域将暂停供水。"
            "请相关区域用户提前做好储水准备，由此带来的不便，敬请谅解。\n"
            + "　" * 20 + "霁川市自来水有限公司\n" + "　" * 20 + "2035年9月20日\n\n"
            "翠微路菜市场完成提升改造\n本报记者　柏小舟\n\n"
            "　　经过三个月的提升改造，翠微路菜市场日前重新开业。改造后的市场增设了智慧溯源秤和便民服务台，"
            "摊位统一更换了顶棚和排水设施，市民买菜环境明显改善。\n")
    assert [r.title for r in articles(split(page))] == ["翠微路菜市场完成提升改造"]


def test_a_headline_with_a_byline_heads_its_text_across_the_photo_between():
    """Headline, '文｜本刊记者 X', then a photo's caption and credit, then the
    text with no dateline: the writer's byline says the headline heads a
    text, not the photo (photo news is credited in its caption)."""
    page = ("澄川商业周刊\n人物\n\n邬晚晴：让老厂房长出新业态\n文｜本刊记者　祁远山\n\n"
            "邬晚晴在改造后的园区里查看招商进度。\n　本刊记者　祁远山／摄\n\n"
            "　　上午九点，澄川城北的老纺织厂里已经人来人往。三年前，这里还是一片停产多年的旧厂房，"
            "如今却成了聚集四十多家设计和文创企业的创意园区。\n"
            "　　“老厂房最值钱的是空间和记忆。”邬晚晴说。她带着团队保留了锯齿形屋顶和老行车，"
            "把车间改造成可以灵活分隔的办公空间，出租率已经超过九成。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("邬晚晴：让老厂房长出新业态", ["祁远山"])]


def test_a_round_tables_moderator_signs_it_and_its_guest_list_is_no_headline():
    """'主持人：本报记者 X' under a round table's headline is its byline; the
    '嘉宾：' box listing each guest's post and name is who speaks, neither a
    headline nor part of the reading."""
    page = ("岭东工商报　第7版\n\n圆桌\n夜间经济如何走得更远\n主持人：本报记者　柯望川\n\n"
            "嘉宾：\n岭东大学旅游学院教授　蒲知秋\n岭东市文旅局副局长　邝明澈\n\n"
            "　　主持人：今年以来，岭东的夜间消费持续升温。各位怎么看夜间经济的前景？\n"
            "　　蒲知秋：夜间经济是城市活力的晴雨表。岭东的夜市、演艺和餐饮这两年增长很快，"
            "但业态还比较单一，游客停留时间不长。\n"
            "　　邝明澈：我们正在推动老街区延长营业时间，增加演出和展览，让夜间消费从吃喝向文化体验延伸。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("夜间经济如何走得更远", ["柯望川"])]
    assert not any("蒲知秋" in p.text and "教授" in p.text for p in recs[0].paragraphs)


def test_a_dialogues_speakers_named_on_lines_of_their_own_label_its_turns():
    """'《X评论》' / question / 'NAME' / answer, again and again: speaker labels
    on their own lines take turns within one dialogue; the questions are no
    headlines, the name no signature."""
    turn = ("《岑川经营评论》\n\n　　{q}\n\n苏望舟\n\n　　{a}\n\n")
    page = ("岑川经营评论　2036年4月号\n\n苏望舟：小电机也有大市场\n采访｜本刊记者　易秋池\n\n"
            + turn.format(q="过去一年，电机行业的订单变化大吗？",
                          a="变化很大。家电和汽车客户都在换新，我们的订单比前年多了四成，其中一半来自新能源车。")
            + turn.format(q="原材料涨价对企业影响有多大？",
                          a="铜价涨得厉害，我们通过优化设计把单台用铜量降了一成，基本消化了成本上涨。")
            + turn.format(q="接下来企业准备怎么做？",
                          a="我们打算把工厂的检测环节全部数字化，同时在东南亚建一个组装基地，贴近海外客户。"))
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("苏望舟：小电机也有大市场", ["易秋池"])]
    assert sum(1 for p in recs[0].paragraphs if p.text == "苏望舟") == 3


def test_a_pull_quote_between_paragraphs_stays_out_of_the_reading_and_cuts_nothing():
    """'「…。」' / '——NAME' set apart between two paragraphs: a sentence of
    the text printed again in large type. It is not read, nor is who said it,
    and the text goes on after it (on a page that sets blank lines only
    between pieces, where a blank line after a closed paragraph parts texts)."""
    turns = ["蒲知秋：县城商业的短板不在需求，而在供给。很多县城缺少像样的商业综合体，品牌门店少。",
             "邝明澈：我们正在引导连锁品牌下沉，今年新开的县城门店比去年多了三成。",
             "柏听雨：我们的门店感受也很明显，县城顾客越来越看重品质和体验。",
             "主持人：既然潜力这么大，制约县城消费的主要因素是什么？",
             "蒲知秋：居民想看一场电影、带孩子上个培训班，往往要跑到市区去。",
             "柏听雨：冷链配送是个难题。乡镇订单分散，车辆跑一趟装不满，损耗也高。",
             "邝明澈：市里准备建三个共同配送中心，快递、商超和农产品共用一张网。",
             "主持人：监管方面有什么打算？",
             "邝明澈：预付卡纠纷多发，我们会推行资金存管，商家跑路的风险要压下来。",
             "柏听雨：企业也欢迎规则明确，公平竞争对守规矩的商家是好事。",
             "蒲知秋：只要供给跟上，县城消费的潜力会持续释放出来。"]

    def para(t: str) -> str:  # wrapped at a 24-character column
        return "　　" + t[:22] + "".join("\n" + t[i:i + 24] for i in range(22, len(t), 24)) + "\n"

    page = ("岭东工商报　第7版\n\n县城商业如何补短板\n主持人：本报记者　柯望川\n\n"
            + "".join(para(t) for t in turns[:5])
            + "\n「县城商业的短板不在需求，\n　而在供给。」\n　　　　　　——蒲知秋\n\n"
            + "".join(para(t) for t in turns[5:]))
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["县城商业如何补短板"]
    reading = [p.text for p in articles(recs)[0].paragraphs if not p.figure]
    assert reading[-1].startswith("蒲知秋：只要供给跟上") and not any(t.startswith(("「", "—")) for t in reading)
    # the blank lines around the quote are its own: no frame of text starts after it
    from generator.clean import clean_lines
    from generator.split.lines import rows_of
    from generator.split.units import Unit, units_of
    after = next(u for u in units_of(rows_of(clean_lines(page.splitlines())))
                 if isinstance(u, Unit) and u.text.startswith("柏听雨：冷链"))
    assert not after.gap


def test_an_editors_note_under_its_own_label_line_is_no_article():
    """'编者按' on a line of its own over the note, then the headline of the
    piece it introduces: the note is no article titled 编者按."""
    page = ("岑川经营评论\nCENCHUAN BUSINESS REVIEW\n2036年5月上　总第211期\n\n编者按\n"
            "　　制造业数字化转型进入深水区。不少中小工厂看到了上云的好处，却迟迟下不了决心：钱从哪里来，"
            "人从哪里来，效果多久能看到？本期对话一位工业软件企业的创始人，谈谈中小工厂上云的真实难题。\n\n"
            "苏望舟：小工厂上云先算明白账\n采访｜本刊记者　易秋池\n\n"
            "　　过去一年，中小工厂上云的意愿明显增强，但真正用起来的还不多。苏望舟认为，关键是先把账算清楚，"
            "从最痛的一个环节入手，三个月内看到效果，企业才愿意继续投入。\n")
    assert [r.title for r in articles(split(page))] == ["苏望舟：小工厂上云先算明白账"]


def test_a_speakers_photo_caption_name_and_firm_post_is_no_headline():
    """'▲NAME　…酱园第五代传人、董事长' under a column's headline: the caption
    of the speaker's photo, a note, not the headline of what follows."""
    page = ("澄川企业家　2036年4月号　第8期\n\n老手艺要讲新故事\n▲祁青禾　澄川祁记糕点第四代传人、董事长\n\n"
            "　　祁记糕点有一百多年的历史。我接手的时候，店里还是老几样，顾客以老年人为主，生意一年不如一年。\n"
            "　　我做的第一件事是改包装、上网店，第二件事是把作坊开放给游客参观。去年网店的销售额占到了四成。"
            "（本刊记者　沈望川　整理）\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("老手艺要讲新故事", ["沈望川"])]


def test_photo_news_closed_by_a_bracketed_credit_ends_before_the_next_label():
    """'…三成。（本报记者　X　摄）' closes a photo news item as a stop would:
    the label '简讯' after it opens the briefs, it does not run on from the
    caption; and '图片新闻' over the caption is a label, no crosshead of the
    commentary above."""
    page = ("澄川日报　要闻\n\n以更实举措稳住外贸\n本报评论员\n\n"
            "　　外贸是经济的晴雨表。今年以来，我市外贸企业积极开拓新兴市场，出口保持平稳增长。\n"
            "　　稳外贸，要在拓市场上下功夫，也要在降成本上想办法，让企业轻装上阵。\n\n"
            "图片新闻\n"
            "　　6月3日，在澄川港集装箱码头，工人正在装运出口的家电产\n品。今年前5个月，该码头集装箱吞吐量"
            "同比\n增长近两成。（本报记者　柏知远　摄）\n\n"
            "简讯\n"
            "　　【全市新增两家省级绿色工厂】近日，省工业和信息化厅公布\n年度省级绿色工厂名单，"
            "我市两家汽车零部件企业入选。至此，\n全市省级绿色工厂达到12家。（记者　晏秋）\n"
            "　　【澄川至岭东高速日均车流增至5万辆】记者从交通部门获悉，今年以来，澄川至岭东高速日均车流"
            "持续增长，节假日高峰时段最高达到8万辆。（记者　晏秋）\n")
    recs = split(page)
    titles = [r.title.strip("【】") for r in articles(recs)]
    assert titles[0] == "以更实举措稳住外贸" and titles[-2:] == ["全市新增两家省级绿色工厂", "澄川至岭东高速日均车流增至5万辆"]
    photo = next(r for r in recs if r.paragraphs and r.paragraphs[0].text.startswith("6月3日"))
    assert photo.authors == ["柏知远"] and "简讯" not in photo.text


def test_a_headline_may_end_on_a_measure_word_after_a_figure():
    """'…开行增至42对': 对 after a figure counts pairs of trains; the headline
    does not run on into the next line."""
    from generator.split.lines import looks_like_headline
    assert looks_like_headline("两地高铁日均开行增至42对")
    assert not looks_like_headline("企业纷纷表示，这次改革对")


def test_a_continuation_under_a_jump_line_in_chinese_numerals_stands_alone():
    """'（上接第一版）' over the rest of a front-page piece, then '要闻简报' and
    an item's headline: the jump line (its page in Chinese numerals) is no
    headline, and the continuation is not the next item's opening."""
    page = ("2　要闻\n澄川日报　2035年4月18日 星期三\n\n（上接第一版）\n"
            "　　抓紧修订完善应急预案，提前预置抢险队伍和\n物资，确保安全度汛。\n"
            "　　会议强调，民营经济是推动我省高质量发展的\n重要力量，要持续优化营商环境。\n"
            "　　会议还研究了其他事项。\n\n"
            "要闻简报\n澄川岭东签署文旅合作协议\n"
            "　　4月16日，澄川、岭东两省在云渡签署文化和\n旅游合作框架协议。双方将联合开发跨省旅游线路，\n"
            "互认景区优惠政策，共同打造区域文旅品牌。（记者　纪青禾）\n")
    recs = split(page)
    assert not any("上接" in r.title for r in recs) and any(r.what == "转版标记" for r in recs)
    item = next(r for r in articles(recs) if r.title == "澄川岭东签署文旅合作协议")
    assert item.paragraphs[0].text.startswith("4月16日") and item.authors == ["纪青禾"]
    assert any(r.paragraphs and r.paragraphs[0].text.startswith("抓紧修订") for r in recs)


def test_a_continuation_ends_before_a_headline_with_its_own_byline():
    """'（上接第5版）' / the rest of a piece, closed / a new headline with its
    byline and text: the continuation does not open the new article."""
    page = ("8　综合\n岭东产经报　2035年10月19日 星期五\n\n（上接第5版）\n"
            "　　也存在“小散乱”现象。一些小作坊以高价抢收废旧电池，简单拆解，既有安全隐患，又污染环境。\n\n"
            "　　专家建议，应加快建立动力电池全生命周期溯源管理体系，压实生产企业的回收责任。\n\n"
            "小微企业“首贷”难题如何破解\n■本报记者　柯念北\n\n"
            "　　“企业成立三年，第一次从银行贷到了款，利率还不到4%。”柘原市一家精密零件加工企业的负责人说，"
            "这笔200万元的信用贷款帮助企业添置了两台数控设备。\n"
            "　　首贷难，是不少小微企业的共同困扰。今年以来，全省推动建设小微企业融资信用服务平台，"
            "帮助银行开展“画像”和线上授信。\n")
    item = next(r for r in articles(split(page)) if r.title == "小微企业“首贷”难题如何破解")
    assert item.paragraphs[0].text.startswith("“企业成立三年") and item.authors == ["柯念北"]


def test_a_guide_item_pointing_to_its_page_is_a_teaser():
    """'▶稳就业政策持续加力' / a blurb / '（详见第4版）': a front page's guide
    entry, no article."""
    page = ("华原日报　2035年3月6日\n\n导读\n▶稳就业政策持续加力\n"
            "　　今年以来，各地各部门聚焦高校毕业生、农民工等\n重点群体，出台一系列稳就业政策，就业形势总体稳定。\n"
            "（详见第4版）\n▶冰雪经济“热”力不减\n"
            "　　刚刚过去的雪季，冰雪旅游、冰雪装备、冰雪赛事\n多点开花，冰雪消费正从“一季热”走向“四季火”。\n"
            "（详见第六版）\n")
    assert articles(split(page)) == []


def test_a_short_comments_label_is_no_verb_waiting_for_its_headline():
    """'短评' on a line of its own over '让“低空”托起新产业': a genre's label
    (评 is no verb waiting for an object), so the comment is a piece of its
    own, not a crosshead of the article above it."""
    page = ("栖梧日报　2035年6月12日 星期二　2　要闻\n\n梧桐湖新区首批低空物流航线开通\n本报记者　苏映雪\n\n"
            "6月11日上午9时，一架载着5公斤生鲜水果的无人机从梧桐湖新区物流园起飞，12分钟后降落在湖对岸的社区配送站。\n\n"
            "据介绍，首批航线总长约38公里，连接新区物流园、医院和3个社区，主要承担生鲜、快递和医疗样本的配送任务。\n\n"
            "短评\n让“低空”托起新产业\n\n"
            "从实验室走向城市上空，无人机配送的开通，让低空经济从概念变成了市民看得见、用得上的服务。\n\n"
            "低空经济面临空域管理、安全监管、基础设施等方面的挑战。要在确保安全的前提下大胆探索，"
            "让“低空”真正托起一个有活力、可持续的新产业。（林溪）\n")
    assert [r.title for r in articles(split(page))] == ["梧桐湖新区首批低空物流航线开通", "让“低空”托起新产业"]
    from generator.clean import clean_lines
    from generator.split.lines import rows_of
    from generator.split.units import Unit, units_of
    texts = [u.text for u in units_of(rows_of(clean_lines(page.splitlines()))) if isinstance(u, Unit)]
    assert "短评" in texts and "让“低空”托起新产业" in texts  # two lines, not one display unit


def test_a_letter_spaced_dateline_names_its_reporters():
    """'新 华 社 北 京 3 月 5 日 电 （ 记 者 　 X 、 Y ） …': a justified first
    line spread letter by letter still names the reporters."""
    page = ("华原日报　2　要闻\n\n今年将新增千个县域寄递物流共配中心\n\n"
            "　　新 华 社 北 京 3 月 5 日 电 （ 记 者 　 阎 知 秋 、 杜 望 ） 记 者 5 日 从 国 家 邮 政 管 理 部 门 获\n"
            "悉，今年将新增1000个以上县域寄递物流共配中心，进一步畅通农产品进城和工业品下乡的双向渠道。\n"
            "　　据介绍，截至去年底，全国已建成县级寄递公共配送中心2100余个，村级快递服务站点覆盖率持续提升。\n")
    assert articles(split(page))[0].authors == ["阎知秋", "杜望"]


def test_a_headed_item_printed_between_two_columns_of_a_story_is_its_own_article():
    """The lead breaks off mid-sentence at a full line ('…过早降息可能导致'), a
    short item under its own headline and signed （编译／X） is printed, then
    the lead goes on flush left ('通胀反弹，…'): the item is an article of its
    own and the lead's sentence is whole again."""
    page = (
            '环球参阅报\u30002035年5月10日 星期四\u3000第6版\n'
            '国际经济\u3000\u3000责任编辑：祁半夏\u3000\u3000校对：甘知白\n'
            '\n'
            '通胀黏性超出预期\n'
            '卡萨维亚央行连续第三次按兵不动\n'
            '\u3000【西陆通讯社圣卡洛5月8日电】卡萨维亚中央银行8日宣布，将基\n'
            '准利率维持在4.25%不变。这是该行连续第三次议息会议维持利率不\n'
            '变，与此前多数经济学家预计的降息25个基点相悖。\n'
            '\u3000央行在随后发布的声明中说，尽管整体通胀率已从去年高点回落，\n'
            '但服务业价格和工资增速仍处于高位，4月核心通胀率为3.4%，回落\n'
            '速度慢于预期。声明说，货币政策委员会9名委员中有6人支持维持利\n'
            '率不变，3人主张降息。\n'
            '\u3000央行行长马特奥·罗萨在新闻发布会上表示，过早降息可能导致\n'
            '\n'
            '南岬联邦上调全年经济增长预期\n'
            '\u3000据南岬《索尔湾日报》网站5月7日报道，南岬联邦财政部7日将\n'
            '今年经济增长预期由1.6%上调至2.1%，理由是能源出口收入好于预期、\n'
            '私人消费稳步恢复。财政部同时预计，今年财政赤字占国内生产总值\n'
            '的比重将降至2.4%，低于年初预算水平。不过，报道援引分析人士的\n'
            '话说，全球需求放缓仍是该国经济面临的主要风险。（编译／柏舟）\n'
            '\n'
            '通胀反弹，“我们需要看到更多证据，确认物价涨幅会持续回到目标\n'
            '区间”。他同时承认，高利率对住房市场和中小企业融资造成了压力，\n'
            '央行将密切关注信贷状况的变化。\n'
            '\u3000消息公布后，卡萨维亚货币兑美元汇率一度上涨0.8%，两年期国债\n'
            '收益率升至年内高点。圣卡洛一家投资银行的首席经济学家认为，央\n'
            '行最早可能在7月开启降息，但前提是二季度通胀数据明显改善。\n'
    )
    recs = articles(split(page))
    assert [r.title for r in recs] == ["通胀黏性超出预期 卡萨维亚央行连续第三次按兵不动", "南岬联邦上调全年经济增长预期"]
    assert recs[1].authors == ["柏舟"] and "通胀反弹" not in recs[1].text
    assert "可能导致通胀反弹" in recs[0].text.replace("\n", "")


def test_a_retold_foreign_pieces_source_and_original_title_open_its_text():
    """'【北岬《北方经济评论》周刊5月6日一期文章】题：跨国电网的新时' / '代　作者
    X' under the headline: where the piece first ran and its first title,
    not a headline of their own."""
    page = ("寰宇参考报　国际经济\n\n外媒关注\n跨国“绿电走廊”重塑环北湾能源版图\n"
            "【北岬《北方经济评论》周刊5月6日一期文章】题：跨国电网的新时\n代　作者　汉娜·维克伦德\n"
            "　过去十年，环北湾地区各国的电力系统正在发生深刻变化。风电和光伏在多国电力结构中的占比已超过三成，\n"
            "但其间歇性、波动性也给电网稳定带来挑战。\n"
            "　去年底投入运营的“北湾一号”海底直流输电工程，把北岬的水电和塔维拉的风电连在了一起。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["跨国“绿电走廊”重塑环北湾能源版图"]
    assert recs[0].paragraphs[0].text.startswith("过去十年")


def test_a_firms_name_and_code_heads_its_short_digest_item():
    """'澜沧药业（600871）' over '公司公告，…': a company digest's item under its
    firm's short name and code, however short the item and however few
    words it shares with that line."""
    page = ("衢川证券导报　C1　公司·产业\n\n公司速递\n\n"
            "岭澜药业（600871）\n　　公司公告，控股子公司研发的一款创新药获得临床试验批准通知书，公司将于近期启动一期临床试验。\n\n"
            "沧溪电气（601877）\n　　公司公告，中标一项海上风电项目升压站及送出海缆工程总承包，中标金额约12.4亿元。\n\n"
            "曜川信息（300982）\n　　公司公告，拟以自有资金不超过3亿元在雁宁市设立全资子公司，主要从事算力服务器的研发、生产和销售。\n")
    assert [r.title for r in articles(split(page))] == ["岭澜药业（600871）", "沧溪电气（601877）", "曜川信息（300982）"]


def test_a_firms_name_and_code_in_brackets_runs_in_its_digest_item():
    """'【芯朗微（688342）】2034年年度权益分派方案为…': a 公告速览 item whose
    firm's name and code, in brackets, run in ahead of its sentence; the item
    shares no word with that head and is an item all the same."""
    page = ("C3　早知道\n岚川证券报　2035年6月13日 星期三\n\n公　告　速　览\n\n"
            "　　【汀州电气（601877）】公司中标一项海上风电项目升压站及送出海\n缆工程总承包，中标金额约12.4亿元，约占公司上年营业收入的18%。\n\n"
            "　　【芯朗微（688342）】2034年年度权益分派方案为每股派发\n现金红利0.32元（含税），股权登记日为6月18日。\n\n"
            "　　【澄光精密（002873）】股票连续三个交易日收盘价格\n涨幅偏离值累计超过20%，经核实，不存在应披露而未披露的重大信息。\n")
    assert [r.title for r in articles(split(page))] == ["【汀州电气（601877）】", "【芯朗微（688342）】", "【澄光精密（002873）】"]


def test_a_headline_and_a_dateline_under_a_ragged_table_are_not_its_cells():
    """A table broken into short lines of names and figures, a blank line, then
    '主力资金净流入逾180亿元' and '本报讯（记者　X）据…' (no clause on that
    line): the blocks past the table's last figure are the next item, not
    cells; and '校对：X　组版：Y' at the page's foot is the editors' credit."""
    page = ("A2　市场·收评\n瀚川证券报　2035年6月13日 星期三\n\n"
            "半导体板块掀涨停潮\n本报记者　汤若岚\n\n"
            "  6月12日，半导体板块全天强势上涨，板块内逾20只个股涨停，芯岭微、曜川信息等龙头股成交额均超过百亿元。\n\n"
            "行业板块涨幅榜（6月12日）\n板块　涨幅　领涨股\n半导体　4.62%　芯岭微\n算力设备　3.95%　曜川信息\n"
            "工业软件　3.41%　衡岭科技\n消费电子　2.87%　澄川精密\n\n"
            "主力资金净流入逾180亿元\n\n"
            "  本报讯（记者　甘棠）据瀚川证券报数据中心统\n计，6月12日，两市主力资金净流入186.4亿元。分\n"
            "行业看，电子、计算机、通信行业主力资金净流入居前。\n\n"
            "校对：龚望　　组版：沙一鸥\n")
    recs = split(page)
    assert [(r.title, r.authors) for r in articles(recs)] == [("半导体板块掀涨停潮", ["汤若岚"]), ("主力资金净流入逾180亿元", ["甘棠"])]
    assert any(r.what == "编辑署名" and "组版" in r.text for r in recs)
    from generator.clean import clean_lines
    from generator.split.lines import EDITOR, role_of
    assert role_of(clean_lines(["组版：沙一鸥　　校对：龚望"])[0]) == EDITOR


def test_a_magazines_folio_with_its_section_in_two_languages_is_furniture():
    """'17　封面故事｜COVER STORY' where a page turns inside a feature: the
    page's number and its section, no headline cutting the story; '3 改革开放'
    names no section in capitals and stays text."""
    from generator.split.lines import is_furniture
    assert is_furniture("17　封面故事｜COVER STORY") and is_furniture("封面故事｜COVER STORY　18")
    assert is_furniture("19 人物 PEOPLE") and not is_furniture("3 改革开放")


def test_a_box_of_figures_and_what_they_count_is_no_headline():
    """'数据' / '1.86万台　去年…出口二手工程机械' / '42亿元　出口货值…' / '不到三成
    　…': a box of figures set beside a feature; the feature goes on after it."""
    page = ("衡岭商业周刊　2034年第18期\n\n封面故事\n二手挖掘机的远航\n文｜本刊记者　霍听澜\n\n"
            "　　5月6日清晨，鹭岭港三号泊位，一排刚刚翻新的挖掘机正等待装船。它们将被运往万里之外的矿山。\n"
            "　　数据显示，去年岭川重工二手设备出口量同比增长52%，带动同区域新机销售增长约18%。\n"
            "数据\n1.86万台　去年鹭岭口岸出口二手工程机械\n42亿元　出口货值，同比增长45%\n"
            "不到三成　当地具备规范再制造能力的企业占比\n11个　岭川重工海外二手设备展示和服务中心\n\n"
            "　　不过，行业的隐忧同样存在。一些企业只做简单翻新，售后跟不上，海外客户的投诉时有发生。\n")
    recs = split(page)
    assert [r.title for r in articles(recs)] == ["二手挖掘机的远航"]
    assert articles(recs)[0].paragraphs[-1].text.startswith("不过，行业的隐忧")


def test_a_standfirst_then_the_writers_and_photographers_credits_open_one_feature():
    """Headline, a standfirst of whole sentences set flush, then '文｜本刊记者
    X　摄影｜Y' and the text: the standfirst prefaces the feature, and the
    photographer's credit beside the byline does not cut it off."""
    page = ("34　衡岭商业周刊　2034年第18期\n\n公司\n县城超市的突围\n"
            "电商、社区团购、折扣店轮番冲击之下，一家扎根县城二十年的\n本土超市没有倒下，反而把门店开到了周边五个县。\n"
            "文｜本刊记者　温絮　摄影｜鲁迟\n"
            "　　周六上午九点，县城的裕邻家超市人民路店刚开门十分钟，生鲜区已经挤满了人。六十八岁的退休教师"
            "推着购物车，熟门熟路地走向蔬菜区。\n\n"
            "　　裕邻家是本地的一家连锁超市，2014年开出第一家门店，目前拥有门店46家，去年销售额约19亿元。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("县城超市的突围", ["温絮"])]
    assert any(p.text.startswith("周六上午九点") for p in recs[0].paragraphs)


def test_a_box_of_figures_each_over_what_it_counts_is_no_headline():
    """'数据' / '21.6亿元' / '　2033年营业收入' / '60%以上' / '　…占比': each figure
    in large type on its line, what it counts indented under it; the box is
    no headline of the text after it."""
    page = ("澄岭财经　2034年5月下　第10期　28\n\n公司｜深度\n棠岭阀门：宁可慢一步\n文｜本刊记者　戚映雪\n\n"
            "  棠岭镇的一条老街上，聚集着两百多家阀门企业。棠岭阀门的厂房就在老街尽头，从乡镇小作坊起步，"
            "如今已是核电阀门的合格供应商。\n\n"
            "  去年，棠岭阀门实现营业收入21.6亿元，其中核电和高端石化阀门占比超过六成，产品出口到28个国家和地区。\n\n"
            "数据\n21.6亿元\n　2033年营业收入\n60%以上\n　核电和高端石化阀门收入占比\n28个\n　产品出口国家和地区\n\n"
            "  谈到下一步，公司负责人说，宁可慢一步，也要把每一只阀门做扎实，这是棠岭阀门三十年不变的规矩。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["棠岭阀门：宁可慢一步"]
    assert recs[0].paragraphs[-1].text.startswith("谈到下一步")
    # (or what is counted first, flush, the figure indented under it)
    flipped = page.replace("数据\n21.6亿元\n　2033年营业收入\n60%以上\n　核电和高端石化阀门收入占比\n28个\n　产品出口国家和地区\n",
                           "数据\n2033年营业收入\n　　21.6亿元\n核电和高端石化阀门收入占比\n　　60%以上\n产品出口国家和地区\n　　28个\n")
    recs = articles(split(flipped))
    assert [r.title for r in recs] == ["棠岭阀门：宁可慢一步"]
    assert recs[0].paragraphs[-1].text.startswith("谈到下一步")
    assert [p.text for p in recs[0].paragraphs if p.figure][-2:] == ["产品出口国家和地区", "28个"]


def test_a_fortnightlys_issue_line_is_furniture():
    """'经纬财经　2034年5月下　第10期　28': the second issue of May, its number and
    the page; '公司于2034年5月上市' is a sentence's words."""
    from generator.split.lines import is_furniture
    assert is_furniture("澄岭财经　2034年5月下　第10期　28")
    assert not is_furniture("公司于2034年5月上市")


def test_a_magazines_foot_naming_it_beside_its_page_is_a_folio_not_contents():
    """'南岭经济观察　32' under a feature, the header naming the magazine: the
    running foot, though a name and a page number is a contents entry's shape."""
    from generator.clean import clean_lines
    from generator.split.lines import FURNITURE, rows_of
    rows = rows_of(clean_lines(["南岭经济观察　2034年第5期　30", "", "　　康养需求的快速增长，让岛上的服务业迎来了新的机会。",
                                "", "南岭经济观察　32", "", "　　一批闲置酒店陆续被改造成康养公寓。"]))
    assert rows[4].role == FURNITURE


def test_a_quotation_left_open_at_a_page_turn_goes_on_after_the_running_heads():
    """'…“让老人来了' / running head / folio / '不仅能住，…找到工作。”': the text
    after the page turn closes the quotation the text before left open, so it
    goes on from it, though no word reads across the turn."""
    page = ("南岭经济观察　2034年第5期　30\n\n特别报道\n“候鸟老人”带火海岛康养\n本刊记者　钟离雪\n\n"
            "　　每年冬天，数万名北方老人来到鹭岭岛过冬。岛上的康养公寓、老年食堂和康复中心，冬季入住率长期保持在九成以上。\n\n"
            "　　公司负责人说，下一步要从“卖床位”转向“卖服务”，发展康复护理、健康管理等多元业态，“让老人来了\n\n"
            "SPECIAL REPORT　特别报道\n\n南岭经济观察　31\n\n"
            "不仅能住，还能过得有意思，也让本地人在家门口找到工作。”\n\n"
            "　　三月底，候鸟老人们开始收拾行李，准备返回北方。他们说，明年冬天还会再来。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["“候鸟老人”带火海岛康养"]
    assert "让老人来了不仅能住" in recs[0].text.replace("\n", "")


def test_photo_news_whose_bracketed_credit_wraps_names_its_photographer():
    """'…近两成。（本' / '报记者　柏知远　摄）': the credit's bracket opens at a
    line's end and closes on the next; the photographer still signs the photo news."""
    page = ("澄岭日报　要闻\n\n图片新闻\n"
            "　　6月3日，在澄岭港集装箱码头，工人正在装运出口的家电产\n"
            "品。今年前5个月，该码头集装箱吞吐量同比增长近两成。（本\n报记者　柏知远　摄）\n")
    photo = next(r for r in split(page) if r.paragraphs and r.paragraphs[0].text.startswith("6月3日"))
    assert photo.authors == ["柏知远"]


def test_the_upper_of_two_lines_over_a_subtitle_is_the_kicker():
    """引题 over 主题 over 副题: two display lines set solid over a dash
    subtitle are the kicker and the headline, each whole."""
    rec = under_headline("扩大内需政策效应持续显现\n一季度国民经济开局良好\n——国内生产总值同比增长5.2%")
    assert (rec.title, rec.kicker) == ("一季度国民经济开局良好", "扩大内需政策效应持续显现")
    rec = under_headline("秋招进入“下半场”\n应届生求职更看重成长空间\n——本报联合三所高校发布毕业生求职意向调查")
    assert (rec.title, rec.kicker) == ("应届生求职更看重成长空间", "秋招进入“下半场”")


@pytest.mark.parametrize("upper, lower", [
    ("多家中小银行下调", "大额存单利率"),          # the verb's object below
    ("区域性银行要回到", "本地市场的本源上来"),    # 回到 waits for where
    ("岑州港集装箱吞吐量", "首破五百万标箱"),      # a subject, no verb: its predicate below
    ("证监会汇聚合力强信心", "推动资本市场高质量发展"),  # the lower line opens on its verb
    ("新能源汽车下乡活动全面启动", "购车享补贴"),  # a short rest
    ("应时代之变  邮储", "银行夯实科技底座"),      # the upper line's last phrase barely begun
    ("新能源汽车下乡活动在全省十四个市州全面启动", "首批三十家车企参与让利"),  # cut at the column's width
], ids=["object", "complement", "subject", "verb_opens", "short_rest", "begun", "column"])
def test_two_lines_over_a_subtitle_that_read_on_are_one_headline(upper, lower):
    """A headline broken over two lines above its subtitle stays whole: the
    upper line waits for what the lower one brings."""
    rec = under_headline(f"{upper}\n{lower}\n——记者调查发现，多地已出台细则")
    assert rec.title.replace(" ", "") == (upper + lower).replace(" ", "") and not rec.kicker


ISSUING_NOTICE_PAGE = """沧岭省人民政府办公厅关于印发
沧岭省中小企业融资促进办法的通知
　　　　　　　　　　　沧政办发〔2034〕7号
各市（州）人民政府，省人民政府各部门、各直属机构：
　　《沧岭省中小企业融资促进办法》已经省人民政府同意，现印发给你们，请结
合实际认真贯彻执行。
　　　　　　　　　　　　　　　　　　　　　　　　沧岭省人民政府办公厅
　　　　　　　　　　　　　　　　　　　　　　　　　2034年3月10日
（此件公开发布）
沧岭省中小企业融资促进办法
第一章　总则
　　第一条　为拓宽中小企业融资渠道，降低融资成本，根据有关法律法规，结合
本省实际，制定本办法。
　　第二条　本办法所称中小企业，是指在本省依法设立、符合国家中小企业划型
标准的企业。
第二章　融资支持
　　第三条　省财政每年安排专项资金，对符合条件的中小企业贷款给予贴息，贴
息比例不超过贷款市场报价利率的30%。
　　第四条　本办法自2034年4月1日起施行。
"""


def test_a_notice_and_the_document_it_issues_are_one_article():
    """印发通知 printed in full, then (after its signature and date) the 办法
    it issues under the 办法's own title: one article, the 通知's, its
    chapters and articles in its text."""
    recs = articles(split(ISSUING_NOTICE_PAGE))
    assert len(recs) == 1
    rec = recs[0]
    assert rec.title.replace(" ", "") == "沧岭省人民政府办公厅关于印发沧岭省中小企业融资促进办法的通知"
    assert rec.text.startswith("各市（州）人民政府") and rec.text.endswith("本办法自2034年4月1日起施行。")
    assert any(p.heading and p.text.replace("　", "").replace(" ", "") == "第二章融资支持" for p in rec.paragraphs)


def test_a_law_promulgated_by_a_numbered_act_is_two_articles():
    """"…常务委员会公告" over "（第三十六号）": a legislature's act printed as
    news, not a classified notice; the law it promulgates follows under its
    own title, the note of its adoption in brackets under that title, its
    chapters in its text."""
    page = """汇通经济报　2035年4月2日 星期一
要闻·专版　　责任编辑：鲁青崖

澄川省人民代表大会常务委员会公告
（第三十六号）
　　《澄川省数字经济促进条例》已由澄川省第十四届人民代表大会常务委员会第十二次会议于2035
年3月28日通过，现予公布，自2035年7月1日起施行。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　澄川省人民代表大会常务委员会
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　2035年3月28日

澄川省数字经济促进条例
（2035年3月28日澄川省第十四届人民代表大会常务委员会第十二次会议通过）
第一章　总则
　　第一条　为了促进数字经济发展，推动数字技术与实体经济深度融合，根据有关法律、行政法规，
结合本省实际，制定本条例。
　　第二条　本省行政区域内数字基础设施建设、数字产业化、产业数字化等活动，适用本条例。
第二章　数字基础设施
　　第三条　县级以上人民政府应当统筹推进数据中心、算力中心等数字基础设施建设。
"""
    recs = articles(split(page))
    assert [(r.title, r.subtitle) for r in recs] == [
        ("澄川省人民代表大会常务委员会公告（第三十六号）", None),
        ("澄川省数字经济促进条例", "（2035年3月28日澄川省第十四届人民代表大会常务委员会第十二次会议通过）")]
    assert recs[1].paragraphs[0].heading and recs[1].paragraphs[1].text.startswith("第一条")


def test_a_regulation_goes_on_after_a_box_set_into_it():
    """A 相关链接 box set between a regulation's articles: the paragraphs
    after the box opening on the next article ("第七条" after "第六条") are
    the regulation's, not the box's."""
    page = """澄川省公共数据授权运营管理暂行办法

第一章　总则

　　第一条　为规范公共数据授权运营，促进公共数据有序开发利用，
保障数据安全，根据有关法律、行政法规，结合本省实际，制定本办法。

　　第二条　本办法适用于本省行政区域内公共数据授权运营活动。
省数据管理部门负责全省公共数据授权运营的统筹管理工作。

相关链接
什么是公共数据授权运营

　　公共数据是指党政机关、事业单位和依法授权管理公共事务的组
织在履行职责或者提供公共服务过程中收集、产生的数据。授权运营
好比“持证经营”：政府把数据“原料”交给有资质的运营单位加工
成产品，数据“可用不可见”，既释放价值又守住安全底线。

　　第三条　授权运营期限一般不超过3年。授权期满需要继续运营
的，运营单位应当在期满前6个月提出申请。

　　第四条　运营单位应当在授权运营平台内开展数据加工处理，原
始数据不得导出平台。本办法自2035年6月1日起施行。
"""
    recs = articles(split(page))
    law = next(r for r in recs if r.title == "澄川省公共数据授权运营管理暂行办法")
    box = next(r for r in recs if r.title == "什么是公共数据授权运营")
    assert law.text.endswith("本办法自2035年6月1日起施行。") and "第三条" in law.text
    assert "第三条" not in box.text and box.text.endswith("守住安全底线。")


def test_a_headline_ending_on_a_figure_and_its_measure_word_is_no_name_cut_off():
    """"◆苓江今年将改造老旧小区1860个" over "省住房和城乡建设厅…": the measure
    word after the figure ends the headline; it is no name's first
    character broken at the line's end, read on into the text."""
    page = """一周要闻
（6月2日—6月8日）

◆全省城乡居民基础养老金最低标准提高到每月230元
经省政府同意，自今年7月1日起，全省城乡居民基本养老保险基础养老金最低标准由每人每
月210元提高到230元，惠及全省约1260万名城乡老年居民。各地可在此基础上根据财力状况
进一步提高标准。
◆苓江今年将改造老旧小区1860个
省住房和城乡建设厅日前召开全省城市更新工作推进会。今年全省计划新开工改造城镇老旧
小区1860个、涉及居民24.3万户，重点改造水电气热等管网设施，同步推进加装电梯、增设
停车位和充电桩、建设社区养老托育设施等。截至5月底，已开工改造小区690个。（记者　
韩清野）
◆霁川至蕖州城际铁路全线铺轨完成
6月5日，随着最后一组500米长钢轨在蕖州北站铺设到位，霁川至蕖州城际铁路全线铺轨贯
通。该线路全长126公里，设计时速200公里，设站9座，预计年底开通运营，届时两市间最
快通行时间将缩短至40分钟。（记者　潘一川　通讯员　冯朗）
"""
    titles = [r.title.lstrip("◆") for r in articles(split(page))]
    assert titles == ["全省城乡居民基础养老金最低标准提高到每月230元", "苓江今年将改造老旧小区1860个",
                      "霁川至蕖州城际铁路全线铺轨完成"]


GOVERNMENT_REPORT_PAGE = """两会特刊

政　府　工　作　报　告
（摘要）
——2035年1月13日在鹭洲市第十六届人民代表大会第五次
会议上
鹭洲市市长　温砚秋
一、2034年工作回顾
　　过去一年，面对复杂严峻的外部环境和艰巨繁重的改革
发展稳定任务，在市委坚强领导下，市政府团结依靠全市人
民，全力以赴稳增长、调结构、惠民生、防风险，较好完成
了市十六届人大四次会议确定的目标任务。全市地区生产总
值达到6128亿元，增长5.7%。
——产业转型步伐加快。新增规模以上工业企业326家，
战略性新兴产业产值占规模以上工业比重提高到41.2%。
——改革开放持续深化。“一件事一次办”事项扩大到
86项，新设经营主体9.2万户。
二、2035年主要目标和重点任务
　　今年经济社会发展的主要预期目标是：地区生产总值增
长5.5%左右，城镇新增就业12万人以上，居民收入增长和
经济增长同步。
"""


def test_a_report_under_its_subtitle_and_speaker_is_one_article():
    """A report's headline group: title, its form in brackets, a dash
    subtitle wrapped onto a short line ("会议上"), the speaker's post and
    name; then its first numbered part ("一、…") opens the text, and its
    dashed paragraphs ("——产业转型步伐加快。…") are text, not subtitles."""
    recs = articles(split(GOVERNMENT_REPORT_PAGE))
    assert len(recs) == 1
    rec = recs[0]
    assert rec.title.replace(" ", "") == "政府工作报告（摘要）" and rec.authors == ["温砚秋"]
    assert rec.subtitle.replace(" ", "").endswith("第五次会议上")
    assert rec.text.startswith("一、2034年工作回顾") and "产业转型步伐加快" in rec.text and "改革开放持续深化" in rec.text


def test_a_speech_signed_under_its_date_is_one_article():
    """"——在…上的讲话（摘要）" / "（2034年3月13日）" / a name set far in: the
    speaker signs the speech; its first part opens the text."""
    page = """以一流营商环境支撑高质量发展
——在全省优化营商环境大会上的讲话（摘要）
（2034年3月13日）
　　　　　　　　　　　　　厉承远
一、清醒认识优化营商环境的重大意义
　营商环境是企业生存发展的土壤。土壤肥沃，企业才能枝繁叶茂。
我们沧岭地处内陆，不沿边、不靠海，在区位、资源等方面没有突出
优势，要在区域竞争中赢得主动，最根本的是靠环境、靠服务。
二、聚焦重点领域持续攻坚突破
　一要在政务服务上再提速。推动更多事项“免申即享”“直达快享”，
凡是能网上办的一律网上办，凡是能合并办的一律合并办。
"""
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("以一流营商环境支撑高质量发展", ["厉承远"])]
    assert recs[0].text.startswith("一、清醒认识") and recs[0].text.endswith("一律合并办。")


def test_a_signature_set_flush_right_closes_a_document_before_the_next_headline():
    """"　　　　　　　　　　鹭洲高新区管理委员会" ending at the column's right
    edge, then the date, then a headline in spaced type: the issuer signs the
    measures above; the spaced line is the next article's headline, no
    author's note after the date."""
    page = """鹭洲高新区优化营商环境十条措施
  为持续打造市场化、法治化、国际化一流营

商环境，激发各类经营主体活力，结合高新区

实际，制定以下措施。

  九、规范涉企检查。推行“综合查一次”，

同一部门对同一企业的年度检查原则上不超过

1次。

  十、畅通诉求渠道。开通“营商环境直通车”，

企业诉求实行24小时响应、5个工作日内办结。

　　　　　　　　　　鹭洲高新区管理委员会

　　　　　　　　　　　　　　2035年4月8日

十 条 措 施 “ 新 ” 在 哪 里

本报记者　骆星河　通讯员　叶茗

  “十条措施件件指向企业痛点，含金量很高。”

4月10日，在鹭洲高新区举行的政策宣讲会上，

鹭洲数衡软件技术有限公司总经理边望秋说。

  记者梳理发现，与以往政策相比，十条措施

有三个“新”：一是审批服务更快，“拿地即

开工”让项目开工时间提前3至6个月；二是政

策兑现更实，“免申即享”让企业从“找政策”

变为“政策找企业”。
"""
    recs = articles(split(page))
    assert [r.title for r in recs] == ["鹭洲高新区优化营商环境十条措施", "十条措施“新”在哪里"]
    assert recs[0].text.endswith("5个工作日内办结。") and recs[1].authors == ["骆星河", "叶茗"]


def test_a_document_announced_in_full_is_the_news_items_own():
    """"X印发" over "《关于…的实施意见》" is one headline (the verb, then the
    document it names); the item's "《…》全文如下。" and the document printed
    after it under its own title are the item's text."""
    page = """澄川日报　2035年4月3日 星期二

中共澄川省委　澄川省人民政府印发
《关于加快建设现代化产业体系的实施意见》

　　本报讯　近日，中共澄川省委、澄川省人民政府印发了《关于加快建设现代化产业体系的实施意见》，
并发出通知，要求各地各部门结合实际认真贯彻落实。

　　《关于加快建设现代化产业体系的实施意见》全文如下。

关于加快建设现代化产业体系的实施意见

（2035年3月26日）

　　为深入贯彻党中央关于加快建设现代化产业体系的决策部署，推动全省产业结构优化升级，加快形成
实体经济、科技创新、现代金融、人力资源协同发展的产业体系，现提出如下意见。
　　一、总体要求
　　坚持把发展经济的着力点放在实体经济上，推进新型工业化，到2030年，全省制造业增加值占地区生
产总值比重保持在30%以上，战略性新兴产业增加值占比达到20%。
"""
    recs = articles(split(page))
    assert len(recs) == 1
    assert recs[0].title.replace(" ", "") == "中共澄川省委澄川省人民政府印发《关于加快建设现代化产业体系的实施意见》"
    assert "全文如下" in recs[0].text and recs[0].text.endswith("占比达到20%。")


FULL_TEXT_PAGE = """专　版　　4
澄川日报　2035年4月3日 星期二

中共澄川省委　澄川省人民政府印发
《关于加快建设现代化产业体系的实施意见》

　　本报讯　近日，中共澄川省委、澄川省人民政府印发了《关于加快建设现代化产业体系的实施意见》，
并发出通知，要求各地各部门结合实际认真贯彻落实。

　　《关于加快建设现代化产业体系的实施意见》全文如下。

关于加快建设现代化产业体系的实施意见

（2035年3月26日）

　　为深入贯彻党中央关于加快建设现代化产业体系的决策部署，推动全省产业结构优化升级，加快形成
以先进制造业为骨干、现代服务业和现代农业协同发展的产业格局，结合我省实际，现提出如下实施意见。

一、总体要求

　　坚持把发展经济的着力点放在实体经济上，坚持传统产业改造提升和新兴产业培育壮大并重，坚持科
技创新和产业创新深度融合，坚持市场主导和政府引导相结合。到2027年，全省制造业增加值占地区生产
总值比重稳定在30%以上，战略性新兴产业增加值占比达到20%，数字经济核心产业增加值占比达到12%，
培育形成5个产值超千亿元的先进制造业集群；到2030年，现代化产业体系基本建成，产业综合竞争力进
入全国前列。

二、推动传统产业改造提升

　　（一）实施制造业技术改造升级工程。聚焦冶金、化工、建材、纺织、食品等传统优势产业，每年滚
动实施省级重点技术改造项目500个以上。对设备购置额达到一定规模的技术改造项目，按设备投资额的
"""


def test_the_line_announcing_a_full_text_set_apart_is_the_items_last():
    """"《…》全文如下。" set apart between the news item and the document (read
    alone as a short text): the item's last line; the document under it is
    the item's too."""
    recs = split(FULL_TEXT_PAGE)
    items = articles(recs)
    assert len(items) == 1 and "全文如下" in items[0].text and "一、总体要求" in items[0].text
    assert not [r for r in recs if r.kind == "other" and "全文如下" in r.text]


def test_a_text_taken_up_from_another_page_takes_no_headline_printed_after_it():
    """Under "（上接第4版）" a document goes on from the page before, where
    its headline is; the Q&A's headline printed after it heads the Q&A
    only."""
    page = """（上接第4版）

　　量子信息、氢能和储能、合成生物等领域布局一
批未来产业先导区，设立未来产业发展专项资金，支
持开展关键技术攻关和应用场景示范。
　　（十）加强组织领导。建立省现代化产业体系建
设工作推进机制，定期研究解决重大问题。各市县要
结合实际制定具体落实措施，省有关部门要加强协调
配合，确保各项任务落到实处。

政策解读
五方面发力构建现代化产业体系
——省发展改革委有关负责人解读《实施意见》
本报记者　葛青岚

　　问：《实施意见》出台的背景是什么？
　　答：产业体系是经济发展的根基。近年来，我省
工业经济保持平稳增长，但也存在传统产业比重偏高、
新兴产业规模偏小、产业链关键环节受制于人等问题。
"""
    recs = articles(split(page))
    qa = next(r for r in recs if r.title == "五方面发力构建现代化产业体系")
    assert qa.text.startswith("问：") and "量子信息" not in qa.text


def test_a_new_books_list_is_no_headline_of_the_news_under_it():
    """"新书速递" over lines of "《书名》　作者　著　出版社　定价：52.00元": a
    list of books, notes; the headline under it heads its own news item."""
    page = """新书速递
《县城的生意》　鲍远帆　著　栎坪出版社　定价：52.00元
《一张发票的旅行》　聂丛　著　定价：45.00元
《港口与腹地》　卫听潮　著　曲港出版社　定价：78.00元
第九届桐川商业图书奖揭晓
　本刊讯（记者　冉秋池）6月15日，第九届桐川商业图书奖在桐川
市揭晓，《漕运与市声：一座运河城市的商业史》《数字时代的小店
经济》等10部作品获得年度好书称号，《工厂的黄昏与黎明》获评审
团特别推荐奖。该奖项由桐川市出版协会等单位联合主办，今年共收
到参评图书486种，创历届新高。
"""
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("第九届桐川商业图书奖揭晓", ["冉秋池"])]


def test_a_bulleted_crosshead_of_two_phrases_over_an_indented_paragraph_stays_whole():
    """"■数据多跑路　群众少跑腿" over an indented paragraph: a crosshead in two
    phrases, no title with its text run in (the indented line under it opens
    a paragraph of its own)."""
    page = """新生儿出生“一件事”掌上办
本报记者　尹知白

　今年以来，我省将新生儿出生、入学、就业、退休等与群众生活密切相
关的13个事项纳入“一件事一次办”改革，推动跨部门、跨层级数据共享，
实现“一次告知、一表申请、一网通办”。

■数据多跑路　群众少跑腿
　过去，办理新生儿相关手续，家长需要分别到医院、派出所、医保经办
机构等多个部门，提交材料20余份。如今，申请材料压减到3份，办理时
间由原来的一个月左右缩短到5个工作日以内。
"""
    recs = articles(split(page))
    assert len(recs) == 1
    assert any(p.text.replace("　", "").replace(" ", "") == "■数据多跑路群众少跑腿" for p in recs[0].paragraphs)


def test_bulleted_briefs_opening_on_their_datelines_have_no_titles_run_in():
    """"■本报讯（记者　柯望舒）8月5日，…": a brief that opens on its dateline;
    the words before the first space are no title."""
    page = """简讯
　■本报讯（记者　柯望舒）8月5日，霁川市首家“无障碍服务示范站”
在市政务服务中心启用，为残疾人、老年人提供手语翻译、轮椅借用、陪
同办理等服务。
　■近日，省红十字会向全省12个山区县捐赠AED（自动体外除颤器）240
台，将安装在乡镇卫生院、中小学校和交通枢纽等人员密集场所。（通讯
员　陶小宁）
"""
    recs = articles(split(page))
    assert not any(r.title.rstrip().endswith("（记者") for r in recs)
    assert any(p.text.replace("　", "").startswith("■本报讯（记者柯望舒）8月5日") for r in recs for p in r.paragraphs)


ROUNDUP_OF_VOICES_PAGE = """代表委员说

让制造业跑出加速度

范启明（全国人大代表、栎川市机床产业园党工委书记）

　　“车间里最缺的是能把图纸变成零件的技师。建议扩大职业院校和企业
联合培养规模，让老师傅带徒弟有奖励、有名分。”

宫晓岑（全国政协委员、栎川工业大学副校长）

　　“中试平台是成果走出实验室的第一站。建议各地按产业集群布局中
试基地，向中小企业开放共享，收费实行政府指导价。”

冷向东（全国人大代表、栎川精工机械有限公司总工程师）

　　“我们去年靠首台套政策把新设备卖进了整车厂。希望这样的政策再
延续几年，给国产装备更多上场机会。”
（本报记者　柏小川整理）
"""


def test_voices_headed_by_name_and_posts_are_one_roundup():
    """"范启明（全国人大代表、…书记）" over a quotation, and the next speaker so:
    the voices of one roundup, its speakers quoted, not its writers; the
    first label under the headline is the text's, no headline of its own."""
    recs = articles(split(ROUNDUP_OF_VOICES_PAGE))
    assert [(r.title, r.authors) for r in recs] == [("让制造业跑出加速度", ["柏小川"])]
    assert recs[0].text.startswith("范启明（全国人大代表")


def test_a_question_under_a_statement_is_the_headline_under_its_kicker():
    """"企业家谈营商环境" over "如何让民间投资敢投愿投": a whole clause with its
    verb over a question opening on 如何; the question is the headline."""
    rec = under_headline("企业家谈营商环境\n如何让民间投资敢投愿投")
    assert (rec.kicker, rec.title) == ("企业家谈营商环境", "如何让民间投资敢投愿投")


MINISTERS_CORRIDOR_PAGE = """部长通道
回应关切　拿出民生实招
本报记者　苗雨禾　聂长风
　8日，十六届全国人大四次会议第二次全体会议结束后，“部长通道”采
访活动举行。三位部长走上通道，回应社会关切。
■国家数据资源局局长　邝远山
　今年将新开放公共数据资源目录1800项，重点向医疗、交通等领域倾斜。
邝远山说，年内将在15个城市开展公共数据授权运营试点。
■国家养老服务总局局长　乔慕白
　截至去年底，全国社区养老服务设施覆盖率达到91%。乔慕白表示，今
年将新建改建老年助餐点1.2万个。
图为3月8日，国家养老服务总局局长乔慕白在“部长通道”接受采访。
本报记者　聂长风摄
■国家低空交通管理局局长　沈渡
　低空经济是新赛道，安全是底线。沈渡介绍，今年将在10个省份开展低
空飞行服务保障体系建设，划设更多适飞空域。
"""


def test_bulleted_speakers_between_paragraphs_are_one_roundup():
    """"■国家数据资源局局长　邝远山" between paragraphs (or under a photo's
    caption and credit): who says the paragraph under it, part of one
    roundup, not the bylines of new articles."""
    recs = articles(split(MINISTERS_CORRIDOR_PAGE))
    assert [(r.title.replace(" ", ""), r.authors) for r in recs] == [("回应关切拿出民生实招", ["苗雨禾", "聂长风"])]
    assert "沈渡介绍" in recs[0].text


STRIP_UNDER_LABEL_BYLINE_PAGE = """代表通道

本报特派记者　龙晓舟　殷禾

让山里的好茶卖出好价钱

——全国人大代表、栎川县云岫村党支部书记　颜秋禾

　　“我们村的高山云雾茶，以前一斤卖不到两百元，这几年有了地理标
志，又搭上了直播，最好的能卖到一千多元。”走上代表通道，颜秋禾讲
起了村里的变化。

乡村医生也要有“奔头”

——全国人大代表、沣源市石门镇卫生院院长　蓝若岚

　　扎根乡镇卫生院十九年，蓝若岚最牵挂的是乡村医生队伍。“很多村
医年纪大了，年轻人又不愿来，关键是收入低、没编制、没奔头。”
"""


def test_a_byline_under_a_strips_label_signs_its_unsigned_items():
    """"代表通道" / "本报特派记者　龙晓舟　殷禾" over items each under its own
    headline and none signed: the byline under the strip's label names
    who wrote them all."""
    recs = articles(split(STRIP_UNDER_LABEL_BYLINE_PAGE))
    assert [r.authors for r in recs] == [["龙晓舟", "殷禾"], ["龙晓舟", "殷禾"]]


def test_a_coverb_waiting_for_its_verb_is_no_label_nor_kicker():
    """"把 实 验 室" / "建 在 产 业 园 里" over a dash subtitle: the coverb and
    its object wait for the verb on the next line; one headline, joined
    with no space."""
    page = """把 实 验 室

建 在 产 业 园 里

——全国人大代表、栎川新材料研究院院长　桑远

　　桑远带来了一块薄如蝉翼的新型隔膜材料。“这块材料从实验室到量产，
用了不到两年。秘诀就是把实验室建在产业园里，研发人员和工程师天天
在一起。”他建议，支持更多科研院所在产业园区设立中试平台。
"""
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("把实验室建在产业园里", None)]


PHOTO_NEWS_AFTER_TEXT_PAGE = """记者手记
会场外的“早餐会”
本报记者　孔令川

　每天早上7点，代表驻地的餐厅里总有几张桌子格外热闹。几位代表端着餐
盘坐到一起，边吃边聊，聊的都是各自带来的建议。

　全国人大代表伍青山就是“早餐会”的常客。他带来的是关于丘陵山区小型
农机研发的建议，“跟搞装备制造的代表一聊，才知道小农机难在哪儿”。

　从餐桌到会场，从地头到通道，代表们的建议在一次次交流中越来越具体、
越来越可行。

代表通道上的笑容
　3月8日，全国人大代表、栎川县云岫村党支部书记颜秋禾在“代表通道”上
回答记者提问后，向现场记者挥手致意。
本报记者　莫问川　摄
"""


def test_a_headline_over_photo_news_is_not_printed_after_the_text_above():
    """"代表通道上的笑容" over a caption that tells news of its own: the
    headline of that photo, not of the text above it cut in two."""
    recs = articles(split(PHOTO_NEWS_AFTER_TEXT_PAGE))
    assert [r.title for r in recs] == ["会场外的“早餐会”"]
    assert recs[0].text.rstrip().endswith("越来越可行。")


def test_a_glossarys_terms_over_their_definitions_are_one_text():
    """"【数实融合】" over "指数字技术与…": a glossary's terms in brackets, each
    over its definition opening on 指, label one text, no headlines."""
    page = """两会热词
读懂报告里的新提法
【数实融合】
  指数字技术与实体经济深度融合。报告提出，今年将实施“数实融合”行动，推动
规模以上工业企业数字化改造全覆盖。
【首发经济】
  指企业发布新产品、推出新业态、开设首店等经济活动的总称。报告提出，鼓励各
地发展首发经济。
【耐心资本】
  指追求长期回报、能够承受较长投资周期的资本。报告提出，发展壮大耐心资本，
引导保险资金更多投向科技创新领域。（记者　谷雨川　整理）
"""
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("读懂报告里的新提法", ["谷雨川"])]


def test_a_special_issues_page_header_is_furniture():
    """"两会特刊·建言　第6版": a special issue's name and its page's section,
    then the page number; no part of the headline under it."""
    page = """青穗日报
2036年3月10日 星期一
两会特刊·建言　第6版

履职尽责建良言
本报特派记者　宁远山

　　在驻地，全国人大代表、青穗市第一中学校长温以安的房间灯光常常亮到
深夜。她今年带来了关于县域高中教师队伍建设的建议，材料整整装了两个文
件袋，都是去年走访了11个县、32所学校后整理出来的。
"""
    recs = articles(split(page))
    assert [r.title for r in recs] == ["履职尽责建良言"]


NOTEBOOK_HEADED_BELOW_PAGE = """一位村支书代表的三本账
本报记者　花映山

　　陶春林的随身包里，总装着三个笔记本。一本记村里的产业账，一本记乡亲
们的民生账，还有一本记他当代表以来提过的建议和回音。今年，他又带来了关
于山区农村寄递物流的建议，材料装了满满一个文件袋。

记者手记
　　跟着陶春林走村入户的两天里，记者注意到，他几乎从不空手离开一户人家：
不是记下一个问题，就是帮着算一笔账。
　　笔记本会写满，账本会翻旧，但那份把群众的事当成自己的事的心意不会变。

账本里的民心
本报记者　花映山

云岫县代表建议办理满意率达98%

　　本报讯（记者　花映山）记者从云岫县人大常委会获悉，去年该县各级人大代表
共提出建议413件，已全部办结，代表对办理工作的满意率达到98%。
"""


def test_a_genre_label_over_a_text_headed_below_is_that_pieces_section():
    """"记者手记" over a text whose headline and byline are printed after it,
    another headline following: the label opens that piece, under that
    headline; it is no crosshead of the article above."""
    recs = articles(split(NOTEBOOK_HEADED_BELOW_PAGE))
    assert [r.title for r in recs] == ["一位村支书代表的三本账", "账本里的民心", "云岫县代表建议办理满意率达98%"]
    assert recs[1].text.startswith("跟着陶春林") and recs[1].section == "记者手记"


def test_a_display_line_broken_before_de_is_one_headline():
    """"新质生产力" / "的地方答卷" set solid over a standfirst in a magazine's
    narrow column: the lower line opens on 的, as no line of text after a
    line this short would; one headline."""
    page = """封面故事

新质生产力
的地方答卷
两会期间，来自三个省份的代表委员不约而同谈
到了同一个词。他们各自带来的，是一份怎样的
答卷？
文｜本刊记者　闻人川　柏庭山

　　3月5日上午，政府工作报告宣读到“因地制
宜发展新质生产力”时，岚江代表团的符远海在
这句话下面重重画了一道线。作为望川市市长，
他这一年跑得最多的地方是中试基地。望川去年
建成的5个中试基地，帮助187项成果跨过了这
道沟。
"""
    recs = articles(split(page))
    assert [r.title for r in recs] == ["新质生产力的地方答卷"]


def test_a_profile_box_after_an_interview_takes_none_of_its_text():
    """"人物档案" / name / posts: a profile box set after the interview; its
    short lines are no headline printed after the interview's last answer."""
    page = """对话
“让数据跑起来，先要让规则立起来”
——对话全国政协委员、九章数据研究院院长戚闻远
本刊记者　闻人川　发自北京

今年全国两会，戚闻远带来的提案仍与数据有关。这已经是他连续第
四年就数据要素市场建言。3月7日，在驻地，他接受了本刊专访。
经纬周刊：症结在哪里？

戚闻远：根子在规则。数据谁有权用、用了出问题谁负责、收益怎么
分，这些基础规则不清楚，市场主体自然不敢往前走。我建议尽快出
台数据产权登记办法，建立全国统一的数据资产登记平台。

经纬周刊：定价难怎么破？

戚闻远：可以先在公共数据领域探索“成本加合理利润”的定价指引，
再逐步形成市场化的评估方法。定价有了参照，交易才能活起来。

人物档案
戚闻远
全国政协委员
九章数据研究院院长
长期从事数据治理和数字经济研究

延伸阅读
数据交易场所去年成交额增长一倍
文｜柏庭山

据九章数据研究院统计，去年全国各类数据交易场所成交额约2180亿
元，比上年增长一倍。其中，场内交易占比约三成，金融、交通、气
象数据产品成交最为活跃。
"""
    recs = articles(split(page))
    assert [r.title for r in recs] == ["“让数据跑起来，先要让规则立起来”", "数据交易场所去年成交额增长一倍"]
    assert "交易才能活起来" in recs[0].text


def test_signed_quotations_compiled_under_a_label_are_one_piece():
    """Quotations each signed under it ("——全国人大代表、…县长　卫澄") over the
    compiler's credit: one piece; unsigned by a compiler, the box of
    quotations is a sidebar."""
    box = """声音
　　“县城是连接城市和乡村的纽带，要让县城的公共服务追上大城市的
步伐。”
——全国人大代表、鹤汀县县长　卫澄川
　　“老旧小区改造要把‘里子’放在前面，管网、电梯、停车，一件件
解决。”
——全国人大代表、青穗市城市更新中心主任　苏拂山
　　“城镇化不是简单的人口进城，关键是产业能不能留住人。”
——全国政协委员、岚江大学城市发展研究院院长　郁清河
"""
    signed = articles(split(box + "　　　　　　　　　　（本报记者　韩栖山整理）\n"))
    assert [r.authors for r in signed] == [["韩栖山"]] and "卫澄川" in signed[0].text
    assert not articles(split(box))


DIGEST_RUN_IN_AT_EDGE_PAGE = """财经简讯

　　澜江农商行发放首笔“新市民安居贷”　日前，澜江农
商行向一名在澜江工作满三年的外地职工发放了首笔“新市
民安居贷”，金额42万元，期限25年。（记者　欧阳川）

　　一季度全市新增经营主体2.3万户　市市场监管部门数
据显示，一季度全市新登记各类经营主体2.3万户，同比增
长8.6%，其中个体工商户1.61万户。（记者　欧阳川）
"""


def test_digest_titles_run_in_with_a_short_rest_at_the_columns_edge():
    """"…“新市民安居贷”　日前，澜江农" / "商行向…": a bold title run into its
    text, the text's first words cut short at the column's edge and going
    on below; each item is an article under its title."""
    recs = articles(split(DIGEST_RUN_IN_AT_EDGE_PAGE))
    assert [r.title for r in recs] == ["澜江农商行发放首笔“新市民安居贷”", "一季度全市新增经营主体2.3万户"]


def test_the_first_of_letter_spaced_crossheads_is_no_headline():
    """A letter-spaced lone line under a lead, and further on more lone lines
    set so between the text's paragraphs: crossheads set alike, the first
    of them no headline of a new article."""
    page = """加装电梯，为何“一楼”总难点头
本报记者　钟离山

上午九点，家住栖州市老城区一处老小区的82岁老人常秀兰，扶着楼梯扶手
一步一歇，爬上五楼用了将近二十分钟。

记者近日走访老城区多个老旧小区发现，居民加装电梯意愿普遍较高，但真
正落地的比例并不高。

“ 一 户 反 对 ” 卡 住 全 楼

按照现行规定，加装电梯须经本单元三分之二以上业主同意，并公示无异议。
但在实际操作中，只要低楼层住户明确反对，项目往往难以推进。

补 偿 标 准 各 说 各 话

记者了解到，为了争取低楼层住户同意，一些小区采取了楼上住户出资补偿
的办法，但补偿多少并无统一标准，有的只有几千元。

基 层 协 调 能 否 更 进 一 步

在府前街道，一种“先协商、后表决、再调解”的做法正在试行，协调小组在
方案设计阶段就邀请低楼层住户参与。
"""
    recs = articles(split(page))
    assert [r.title for r in recs] == ["加装电梯，为何“一楼”总难点头"]


def test_a_block_of_small_ads_each_with_its_telephone_is_no_article():
    """"【房屋出租】…电话：139…" items run together, each closed by its own
    telephone number: small ads, not an article."""
    page = """【房屋出租】滨湖区望江花园两室一厅，
精装，拎包入住，月租2600元。电话：
139 0735 2216
【家政服务】专业保洁、月嫂、育儿嫂，
持证上岗。电话：（0735）8840 1133
【二手设备】转让九成新冷柜两台、烤箱
一台，价格面议。电话：158 0735 6609
"""
    assert not articles(split(page))


BULLETED_BRIEFS_AT_EDGE_PAGE = """汽车简讯

　　●东淮首座超充站投用 位于开发区车城大道的东
淮首座液冷超充站日前投入使用，单枪最大功率600千
瓦，充电10分钟可补能约400公里。（记者　芮晓山）

　　●车险“报案即理赔”试点扩围 东淮保险行业协
会消息，车险小额案件“报案即理赔”服务已扩大至全
市11家财险公司，最快30分钟到账。（通讯员　殷蓓川）
"""


def test_a_bulleted_title_run_into_an_indented_paragraph_heads_it():
    """"●东淮首座超充站投用　位于开发区车城大道的东" indented, its text going on
    flush below: the bullet's title, then the item's text; the bullet is
    no part of the title."""
    recs = articles(split(BULLETED_BRIEFS_AT_EDGE_PAGE))
    assert [(r.title, r.authors) for r in recs] == [("东淮首座超充站投用", ["芮晓山"]),
                                                    ("车险“报案即理赔”试点扩围", ["殷蓓川"])]


def test_a_page_number_beside_its_section_and_subsection_is_furniture():
    """"8　两会特刊·会场内外": the page's number beside its section and
    subsection, a page header; no label over the headline under it."""
    page = """8　两会特刊·观察

代表委员热议营商环境
　　本报北京3月6日讯（记者　卢照川）6日，代表委员们围绕优化营商环境
展开热烈讨论。大家认为，要加快清理妨碍统一市场和公平竞争的规定，让
经营主体放心投资、安心经营。
"""
    recs = articles(split(page))
    assert [(r.title, r.section, r.kicker) for r in recs] == [("代表委员热议营商环境", None, None)]


def test_a_series_name_and_its_part_over_a_headline_is_its_kicker():
    """"改革开放再出发·南衡四十年" over the headline and its dashed subtitle:
    the series' name and its part, a kicker; the line under it is the
    headline, no deck of the series' name."""
    rec = under_headline("改革开放再出发·南衡四十年\n四十年，经济总量增长近两百倍\n——南衡经济特区建设发展成就综述")
    assert (rec.kicker, rec.title) == ("改革开放再出发·南衡四十年", "四十年，经济总量增长近两百倍")


def test_a_supplements_header_with_its_editors_is_furniture():
    """"岫山·副刊　　主编：温如玉　　责任编辑：葛青萝": the page's section and its
    editors (主编 among them), a page header over the headline."""
    page = """岫山·副刊　　主编：温如玉　　责任编辑：葛青萝

槐花落满旧街巷
□ 林晚川
　　老城的槐树是有年纪的。它们站在青石板路的两旁，枝干黑黢黢的，像一
群不爱说话的老人，一年里大半时间都沉默着，只有到了四月，才忽然热闹起
来。槐花开的时候，整条巷子都是甜的，那香气淡淡的，要走近了才闻得出来。
"""
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("槐花落满旧街巷", ["林晚川"])]


def test_a_writer_then_a_photographer_after_their_names_sign_as_writer_only():
    """"林岚/文　周屿/图": the writer, then who took the pictures; the writer
    alone is the author."""
    assert parse_byline("林岚/文　周屿/图").authors == ["林岚"]
    assert parse_byline("林岚/文 周屿/摄").authors == ["林岚"]


POEMS_PAGE = """父亲的二胡
　　父亲有一把二胡，琴筒上的蟒皮已经裂了一道细纹，他用胶布仔仔细细地
缠了好几圈。这把二胡是他年轻时在县城的文化馆里学拉琴时买的，跟了他
四十多年。后来家里的日子忙起来，二胡就挂在了堂屋的墙上，落满了灰。
　　我很少听父亲拉琴。只有逢年过节，喝了两盅酒，他才会把二胡取下来，
调好弦，闭着眼睛拉一段。他拉得并不好，有几个音总是跑调，可他拉得很
认真，好像回到了很远的地方，回到了他还是一个少年的时候。
　　去年冬天，父亲住进了医院。出院那天，他让我把二胡带到病房，说要给
同屋的老人们拉一段。那天他拉的是一支很老的曲子，病房里安安静静的，
几个老人都听得入了神。拉完以后，父亲笑了，那是我见过他最舒展的笑容。
　　如今那把二胡还挂在堂屋的墙上。每次回家，我都要把它取下来，擦一擦
琴杆上的灰，再轻轻拨一下琴弦。声音还在，像父亲还在身边一样，不远也
不近，就在那里，等着我回家。
蒋慕川

诗歌

春耕
秦小棹
父亲把犁铧擦亮的时候
布谷鸟还没有开口
田埂上的露水
已经替它说完了整个春天

一头牛，一个人
一行歪歪斜斜的脚印
泥土翻过身来
露出去年秋天藏好的心事

山城的雨
柏叶川
雨是从石阶上走下来的
一级一级，不慌不忙
像卖豆花的老人
挑着半城的灯火

伞是开在巷子里的花
开一朵，就有人回家
巷口的灯亮了又灭
"""


def test_poems_under_their_titles_and_poets_are_articles():
    """"春耕" / "秦小棹" / stanzas: a poem's title and its poet's name head its
    first stanza; the stanzas are the poem, no headlines; "诗歌" over it
    is the genre's label."""
    recs = articles(split(POEMS_PAGE))
    assert [(r.title, r.authors) for r in recs[1:]] == [("春耕", ["秦小棹"]), ("山城的雨", ["柏叶川"])]
    assert recs[1].text.startswith("父亲把犁铧擦亮的时候")


def test_a_message_signed_flush_right_with_post_and_name_is_its_writers():
    """"…作出新的更大贡献。" / "　　　　　　中共澄屿市委书记　骆承礼": the post and name
    set flush right under a message's last sentence sign it, no label of
    the editor's note under it."""
    page = """寄语
在新起点上续写创新传奇

　　三十年前，一群拓荒者在澄屿湾畔的滩涂上打下第一根桩基。从那一天
起，“敢闯敢试、敢为人先”就写进了高新区的基因。
　　站在新的起点上，希望高新区始终保持创业初期的那股闯劲和韧劲，为
全市高质量发展蹚出新路、作出新的更大贡献。
　　　　　　　　　　　　中共澄屿市委书记　骆承山

　　编者按：三十年前，澄屿高新区在一片滩涂上破土奠基；今天，这里已
成长为千亿级产业集群的聚集地。即日起，本报推出系列报道，记录一个个
创新主体的成长故事。
"""
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("在新起点上续写创新传奇", ["骆承山"])]


def test_a_letter_signed_with_posts_over_the_name_flush_right():
    """The letter's writer's posts, then under them the name, each set flush
    right under its last sentence: the signature on two lines, no headline
    of what follows."""
    page = """致全体港务人

　　三十年风雨兼程，三十年砥砺奋进。值此集团成立三十周年之际，谨向全
体干部职工和离退休老同志致以崇高的敬意！
　　希望大家继续弘扬“敢为人先、勇立潮头”的港务精神，加快建设智慧港
口、绿色港口，为港城发展作出新的更大贡献！
　　　　　　　　　　澄屿港务集团党委书记、董事长
　　　　　　　　　　　　　　　　　　　　　宓承川

港口吞吐量再创新高
　　本报讯（记者　项语冰）今年上半年，澄屿港完成货物吞吐量1.2亿吨，同
比增长8.6%，集装箱吞吐量突破300万标箱。
"""
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("致全体港务人", ["宓承川"]), ("港口吞吐量再创新高", ["项语冰"])]


def test_a_timelines_dates_head_its_entries_in_one_text():
    """"1996年3月18日" / what happened / "1998年6月" / …: a timeline's dates, each
    alone over its entry, head the entries of one text under its headline."""
    page = """澄屿高新区三十年大事记
1996年3月18日
　　省政府批复同意设立澄屿高新技术产业开发区，规划面积2.6平
方公里。同年5月18日，首期基础设施工程开工。
1998年6月

　　澄屿芯源微电子在区内注册成立，成为首批入驻的集成电路企业。

2001年
　　高新区被批准为国家级高新技术产业开发区，规划面积扩大至22
平方公里。
2008年9月

　　面对国际金融危机冲击，管委会出台“稳企十条”，设立首期5
亿元企业应急转贷资金。
（本报记者　滕雪山　整理）
"""
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("澄屿高新区三十年大事记", ["滕雪山"])]
    assert recs[0].text.startswith("1996年3月18日")


SERIES_UNDER_NOTE_PAGE = """　　编者按：三十年前，澄屿高新区在一片滩涂上破土奠基；
三十年后，这里已是全市创新发展的主阵地。即日起，本报
推出“三十而立·高新答卷”系列报道，从一块芯片、一块
屏、一支药的成长故事中，回望高新区走过的路。敬请关注。

三十而立·高新答卷①
一块芯片的三十年突围
■ 本报记者　阮清川

　　1998年，27岁的庄穆清带着6名同事，在高新区一间租
来的厂房里开始做芯片封装测试。“那时候整个园区只有两
条路是硬化的，下雨天厂房门口全是泥。”

　　二十八年后，他创办的澄屿芯源微电子已是国内封测行
业的头部企业，去年营业收入突破210亿元，客户遍及全球
30多个国家和地区。
（下转T6版）

热烈祝贺澄屿高新区建区三十周年！
创新芯动力　智造新未来
澄屿芯源微电子股份有限公司　敬贺
地址：澄屿高新区芯谷大道1号　电话：0598-8812××××
"""


def test_an_editors_note_over_a_series_takes_no_headline_printed_after_it():
    """"编者按：…敬请关注。" over the series' first instalment: the note
    introduces what follows, no article, and the headline under it heads
    the instalment's text."""
    recs = split(SERIES_UNDER_NOTE_PAGE)
    assert [(r.title, r.authors) for r in articles(recs)] == [("一块芯片的三十年突围", ["阮清川"])]
    assert articles(recs)[0].text.startswith("1998年")


def test_an_advert_of_congratulation_takes_no_text_of_the_instalment_above():
    """"热烈祝贺…！" / a slogan / "…有限公司　敬贺" after the series' instalment,
    whose headline heads it (not the editors' note above): the advert is no
    headline printed after that text."""
    recs = articles(split(SERIES_UNDER_NOTE_PAGE))
    assert recs[-1].text.rstrip().endswith("30多个国家和地区。")
    assert not any("敬贺" in r.title or "智造新未来" in r.title for r in recs)


def test_a_serials_instalment_is_signed_by_its_novelist():
    """"渡口人家（二十一）" / "沈青禾　著" / "（上接4月19日本版）": the instalment's
    title, who wrote the novel, and the issue it goes on from (no subtitle)."""
    rec = articles(split("""长篇连载
渡口人家（二十一）
沈青川　著
（上接4月19日本版）

　　秋分过后，江水一天比一天瘦下去。老周把渡船拴在歪脖子柳树上，蹲在
船头抽烟，看对岸的灯一盏一盏亮起来。这些年过江的人越来越少，桥修好以
后，渡口就只剩下几个赶早集的老人。
　　“明年开春，这船怕是也要歇了。”老周对自己说。江风吹过来，烟头上的
火星一明一暗，像是在答应他。
"""))[0]
    assert (rec.title, rec.authors, rec.subtitle) == ("渡口人家（二十一）", ["沈青川"], None)


def test_the_line_introducing_a_qas_expert_is_its_text():
    """"本期答疑专家：…副教授　柏云川" over the first "问：": who answers, the
    Q&A's own text under its headline, no headline of it."""
    page = """科普问答
夏天为什么容易“招蚊子”
本报记者　易小川　整理

本期答疑专家：汀屿大学生命科学学院副教授　柏云山

问：为什么同样在户外，有的人被蚊子咬得满身包，有的人却安然无恙？

答：蚊子主要靠嗅觉寻找目标。人体呼出的二氧化碳、皮肤散发的乳酸和一些
挥发性物质，都会吸引蚊子。新陈代谢旺盛、体温较高、出汗多的人，散发的
这些气味更浓，也就更容易“招蚊子”。
"""
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("夏天为什么容易“招蚊子”", ["易小川"])]
    assert recs[0].text.startswith("本期答疑专家")
    # (or only "本期答疑：", naming a service that answers, not a person)
    service = page.replace("本期答疑专家：汀屿大学生命科学学院副教授　柏云山", "本期答疑：汀屿疾控中心健康咨询服务部")
    recs = articles(split(service))
    assert [(r.title, r.authors) for r in recs] == [("夏天为什么容易“招蚊子”", ["易小川"])]
    assert recs[0].text.startswith("本期答疑：")


def test_archive_and_lenders_picture_credits_close_their_captions():
    """"（资料图片　澄屿高新区管委会供图）", "（江月娥　供图）" set under old photos'
    captions: picture credits, no headlines and no writers."""
    page = """一帧一帧，都是奔跑的模样
文／本报记者　阎秋山
  翻开泛黄的相册，滩涂、铁皮房、泥泞的工地扑面而来；再抬头望向窗外，
林立的厂房和研发楼一直延伸到海边。三十年，不过是几张照片的距离。
  建区30周年前夕，本报向社会征集高新区老照片，共收到市民、企业和档案
部门提供的照片1100余张。我们从中选出几张，和读者一起重温那些岁月。

1996年·奠基
  1996年5月18日，澄屿高新区首期基础设施工程开工仪式在澄屿湾畔的滩涂
上举行。照片远处的几间铁皮房，就是管委会最早的办公场所。
　　　　　　　　　　（资料图片　澄屿高新区管委会供图）

2008年·夜校
  2008年，高新区一家电子厂利用食堂开办职工夜校，下班后的工人们在这里
学习电工、机械制图和英语。照片中第二排左起第三人为江月娥。
　　　　　　　　　　（江月娥　供图）
"""
    recs = split(page)
    assert [(r.title, r.authors) for r in articles(recs)] == [("一帧一帧，都是奔跑的模样", ["阎秋山"])]
    assert not any("供图" in r.title or "供图" in r.authors for r in recs)


def test_a_headline_over_its_byline_after_an_authors_unit_is_no_part_of_the_note():
    """"作者单位：…产业发展部" closing a piece, then "我见证了第一台无梭织机进厂"
    over "樊守拙／文": the line over the byline heads the next piece; the
    note does not go on into it."""
    page = """三十年：从纺纱大省到时尚产业集群
文／龚问川
　　1996年，中衡纺织工业协会成立时，全省纺织行业规模以上企业不足400家，产品以棉
纱、坯布为主，出口几乎全部依靠贴牌加工。三十年后，全省纺织服装产业营业收入突破
9000亿元，形成了化纤、家纺、女装三个千亿级产业集群。
　　回望三十年，中衡纺织业的每一次跨越，都离不开企业的主动求变和协会的搭台服务。
作者单位：中衡纺织工业协会产业发展部
我见证了第一台无梭织机进厂
樊守山／文
　　1997年8月的一个清晨，厂里的第一台无梭织机运到了。那天全厂像过年一样，几十个
人围着包装箱，谁也舍不得走。那台织机的车速是老式有梭织机的三倍，噪声却小了一半。
"""
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("三十年：从纺纱大省到时尚产业集群", ["龚问川"]),
                                                    ("我见证了第一台无梭织机进厂", ["樊守山"])]


def test_a_schools_admissions_prospectus_is_a_notice():
    """"…实验中学2035年秋季招生简章" over its numbered terms: the school's
    notice, no article."""
    page = """霁川市新城实验中学2035年秋季招生简章

一、招生计划：初一新生12个班，共540人。

二、招生范围：新城区学区内适龄儿童。

三、报名时间：7月1日—7月5日。

四、报名方式：登录市义务教育招生平台网上报名。
"""
    assert not articles(split(page))


def test_a_numbered_crosshead_after_a_box_set_into_the_essay_goes_on_with_the_essay():
    """'三、…' after a box (its label, headline, byline and short text) set
    between the essay's parts '二、…' and '三、…': the essay's next part,
    not a headline over a text of its own."""
    page = ("以数字化推动县域商业升级\n文／许明远\n\n一、补齐县域商业设施短板\n\n"
            "　　县域商业是连接城乡市场的重要环节。要加快改造提升\n县城商业中心和乡镇商贸中心，完善农村物流配送网络。\n\n"
            "二、培育县域消费新场景\n\n　　要顺应县域居民消费升级趋势，发展社区商业、夜间\n经济和文旅消费，让居民就近享受便利服务。\n\n"
            "基层走笔\n一家乡镇超市的转型\n文／丁晓禾\n\n　　在青禾镇，开了二十年的老超市装上了自助收银机，\n店主还开通了线上订货，镇上居民足不出户就能买菜。\n\n"
            "三、健全县域商业发展机制\n\n　　要加强部门协同，完善县域商业建设的用地、资金等\n支持政策，建立跟踪评估机制，确保各项举措落地见效。\n"
            "（作者系岚湾省商务研究院研究员）\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["以数字化推动县域商业升级", "一家乡镇超市的转型"]
    assert "确保各项举措落地见效。" in recs[0].text and "自助收银机" not in recs[0].text
    assert [p.text for p in recs[0].paragraphs if p.heading][-1] == "三、健全县域商业发展机制"


def test_a_circled_crosshead_after_a_box_printed_headline_last_goes_on_with_the_feature():
    """'②…' after a box whose headline and byline are printed under its own
    text, set into a feature whose last crosshead was '①…': the feature's
    next part; the box keeps its own text only."""
    page = ("老码头的三次新生\n本报记者　岑远山\n"
            "　　江州老码头建成于上世纪五十年代，七十年间，它\n三次改变了自己的模样。\n"
            "①从货运码头到物流园\n"
            "　　上世纪九十年代，码头的装卸业务逐步迁往新港区，\n老码头改建为物流园，先后引进仓储企业四十多家。\n\n"
            "　　在码头陈列馆里，一本泛黄的工作日志记下了第一\n艘万吨轮靠港的日子，那是码头工人最自豪的一天。\n"
            "“那天全码头的人都来了。”老工人回忆说。\n"
            "一本工作日志\n通讯员　苏晓棠\n\n"
            "②从物流园到文创街区\n"
            "　　近年来，物流园的仓库陆续改造为展馆、书店和工作\n室，街区年接待游客超过三百万人次。\n")
    recs = articles(split(page))
    titles = {r.title: r for r in recs}
    assert set(titles) == {"老码头的三次新生", "一本工作日志"}
    assert titles["老码头的三次新生"].text.rstrip().endswith("街区年接待游客超过三百万人次。")
    assert "工作日志记下" in titles["一本工作日志"].text and "文创" not in titles["一本工作日志"].text


def test_a_series_name_and_part_over_a_headline_is_its_kicker():
    """'乡村振兴新图景·产业篇' set solid over the instalment's headline: the
    series' name and part, not the headline's first line."""
    recs = articles(split("乡村振兴新图景·产业篇\n一座小镇的三次转型\n本报记者　林远舟\n\n" + "\n".join(FOREIGN) + "\n"))
    assert [(r.title, r.kicker) for r in recs] == [("一座小镇的三次转型", "乡村振兴新图景·产业篇")]


def test_a_repeated_headline_with_its_jump_line_run_in_heads_the_rest_of_its_story():
    """'夜市带旺夏季消费（上接A1版）' on a continuation page, after another
    story's end: the repeated headline, its jump line run in at its end,
    over the story's rest (which opens mid-sentence): an article of its
    own, titled without the jump line, not the end of the story above."""
    page = ("老旧电梯更新今年再添300部\n本报记者　郗云\n\n"
            "　　记者从市市场监管局获悉，今年全市将对使用年限超过15年的300部\n老旧住宅电梯实施更新改造，财政补贴每部最高15万元。\n\n"
            "　　去年，全市已完成老旧电梯更新268部，更新后电梯故障率下降八\n成以上。\n\n"
            "夜市带旺夏季消费（上接A1版）\n\n"
            "同比增长近三成。其中，海滨夜市推出“深夜食堂”“后备箱集市”\n等新玩法，周末单日客流突破4万人次。\n\n"
            "　　市商务局表示，将在7月至8月举办夏夜消费季，发放餐饮消费券\n500万元，并适当延长公交地铁夜间运营时间。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["老旧电梯更新今年再添300部", "夜市带旺夏季消费"]
    assert recs[1].text.startswith("同比增长近三成") and "上接" not in recs[0].text + recs[1].text


def test_an_arrowed_jump_line_is_a_jump_line():
    """'▶下转5版' under a front-page story: the jump line, not a line of its text."""
    from generator.split.lines import JUMP_LINE
    assert JUMP_LINE.match("▶下转5版") and JUMP_LINE.match("▶上接1版") and not JUMP_LINE.match("▶转型升级见成效")
    recs = articles(split("直播电商订单量同比增四成\n本报记者　滕予安\n\n" + "\n".join(FOREIGN) + "\n\n▶下转5版\n\n"
                          "自贸片区新增企业突破两千家\n\n　　本报讯（记者　聂清）" + "".join(CREDIT) + "\n"))
    assert [r.title for r in recs] == ["直播电商订单量同比增四成", "自贸片区新增企业突破两千家"]
    assert "下转" not in recs[0].text


def test_a_jump_line_ending_a_line_of_text_leaves_the_line_in_its_text():
    """'推动园区从（下转第8版）': the text's last line sends it on to another
    page in mid-sentence; the short rest of the line is text, no headline
    (and the digest under it keeps its items' own credits)."""
    page = ("青岙县“飞地园区”首批项目投产\n\n"
            "  本报青岙讯（记者　莫知南）6月12日，位于梧阳高新区的青岙“飞地\n园区”首批3个项目同时投产，总投资11.2亿元。\n\n"
            "  青岙县有关负责人表示，“飞地园区”不是简单的“飞地”，而是山区\n县借力发展的“桥头堡”。下一步，青岙将依托园区引进一批关联配套项\n"
            "目，推动园区从（下转第8版）\n\n市县传真\n\n"
            "桐溪：“亩均论英雄”盘活低效用地3200亩\n  桐溪市推行工业用地“亩均效益”综合评价，今年以来全市已盘活低效工业\n用地3200亩。（记者　韩一树）\n\n"
            "棠州：首个县域冷链物流中心投用\n  6月10日，棠州市白沙渡镇冷链物流中心建成投用，中心总投资1.6亿元，\n农产品损耗率有望从15%左右降到5%以内。（通讯员　邵荷　\n记者　蒋远）\n")
    recs = [r for r in split(page) if r.kind in ("article", "interview", "commentary", "brief")]
    assert (recs[0].title, recs[0].authors) == ("青岙县“飞地园区”首批项目投产", ["莫知南"]) and "推动园区从" in recs[0].text
    assert ("棠州：首个县域冷链物流中心投用", ["邵荷", "蒋远"]) in [(r.title, r.authors) for r in recs]


def test_a_jump_line_ending_a_long_line_of_text_stays_at_the_texts_end():
    """'…加快推进高标准农田建设，今年新建和改造提升高标准农田（下转第2版）'
    closes the lead story set solid; the column's label, the editorial's
    headline and its byline follow with no blank line: the editorial is
    titled by its own headline, the label apart."""
    page = ("全国春耕备耕现场推进会在岚川召开\n"
            "　　新华社云渡3月5日电（记者　梁晚晴　宋远帆）全\n国春耕备耕现场推进会5日在岚川省云渡市召开。会议\n"
            "强调，要深入落实粮食安全责任，抓好春季农业生产。\n"
            "　　会议要求，要大力推进大面积单产提升行动，集成\n推广良种良法良机良田配套技术，加快推进高标准农田\n"
            "建设，今年新建和改造提升高标准农田（下转第2版）\n"
            "评论员文章\n春耕时节不等人\n本报评论员\n"
            "　　“一年之计在于春。”惊蛰已至，春耕春播由南向\n北次第展开。抓好春季农业生产，是全年粮食丰收的基\n础。\n"
            "　　抓春耕，关键是稳住面积、提高单产。粮食面积是\n产量的基础，要把粮食播种面积落实到县、乡、村。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["全国春耕备耕现场推进会在岚川召开", "春耕时节不等人"]


def test_a_line_of_figures_over_a_dashed_subtitle_is_the_main_headline():
    """引题 / 主题 / ——副题: a kicker of clauses wrapped over two lines, the
    main headline giving the figures, then the subtitle with its dash. The
    line of figures is the headline (a deck without its dash would not
    stand over a subtitle printed with one)."""
    page = ("面对外需波动和海运价格上涨的双重压力，沿海企业加\n快开拓新兴市场\n"
            "一季度全省外贸进出口增长8.7%\n——民营企业进出口占比升至63.2%\n\n"
            "　　本报澄海4月14日讯（记者　廖青川）" + "".join(FOREIGN) + "\n")
    recs = articles(split(page))
    assert [(r.title, r.subtitle) for r in recs] == [("一季度全省外贸进出口增长8.7%", "——民营企业进出口占比升至63.2%")]
    assert recs[0].kicker == "面对外需波动和海运价格上涨的双重压力，沿海企业加快开拓新兴市场"


def test_a_sentence_of_clauses_wrapped_over_the_column_above_the_headline_is_its_kicker():
    """'从“种得好”到“卖得好”，潞原县三年培育农产品区域公' / '用品牌12个' /
    '“潞原红”辣椒卖出好身价': a sentence of clauses run over two lines of the
    column, ending short of its edge, over a headline in one phrase: the
    kicker and the headline, not one headline of thirty-eight characters."""
    page = ("从“种得好”到“卖得好”，潞原县三年培育农产品区域公\n用品牌12个\n“潞原红”辣椒卖出好身价\n"
            "通讯员　朱禾苗　本报记者　应青原\n" + "\n".join(FOREIGN) + "\n")
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("“潞原红”辣椒卖出好身价", "从“种得好”到“卖得好”，潞原县三年培育农产品区域公用品牌12个")]


def test_the_papers_name_over_the_date_line_is_the_header_not_a_headline():
    """'鸿宁产经报' opening the page over its date and page line, then a story
    whose headline group is printed after it: the paper's name is the
    page's header; the headline printed after the story heads it."""
    page = ("鸿宁产经报\n2036年6月3日 星期二　第3版\n\n"
            + "\n".join(FOREIGN) + "\n\n"
            "“智改数转”一线观察之三\n一条产线的“第二次出生”\n——鸿宁电机厂数字化改造调查\n本报记者　戚长风\n\n"
            "扩产潮下锂电回收企业陷入“抢料”困局\n本报记者　梅映川\n\n" + "\n".join(CREDIT) + "\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("一条产线的“第二次出生”", ["戚长风"]),
                                                   ("扩产潮下锂电回收企业陷入“抢料”困局", ["梅映川"])]


def test_a_subtitle_opened_by_a_dash_pair_as_ocr_reads_it_is_the_subtitle():
    """'—-高技术制造业增加值增长16.5%': OCR read the subtitle's dash pair as a
    dash and a hyphen; the line is still the subtitle, the line of figures
    above it the headline."""
    page = ("工业经济开局稳\n一季度全市规上工业增加值增长7.8%\n—-高技术制造业增加值增长16.5%\n本报记者 黎照川\n"
            + "\n".join(FOREIGN) + "\n")
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("一季度全市规上工业增加值增长7.8%", "工业经济开局稳")]


def test_a_letter_spaced_line_of_figures_under_a_solid_phrase_is_the_headline():
    """'电力数据看经济' set solid over '前 两 月 全 市 工 业 用 电 量 增 长 11.2%'
    spread across the column: the spread line is the display headline, the
    phrase above it its kicker (a deck is set solid, under the headline)."""
    page = ("电力数据看经济\n前 两 月 全 市 工 业 用 电 量 增 长 11.2%\n本报记者 钟晓岚\n" + "\n".join(FOREIGN) + "\n")
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("前两月全市工业用电量增长11.2%", "电力数据看经济")]


def test_a_causative_and_its_object_over_the_verb_are_one_headline_over_its_subtitle():
    """'让养老理财产品' / '更好守护“钱袋子”' / '——访…': the upper line is
    让 and its object, waiting for the verb the lower line brings; one
    headline in two lines, not a kicker over a headline."""
    page = ("让养老理财产品\n更好守护“钱袋子”\n——访岚川银行业协会秘书长范启明\n本报记者 冼书远\n" + "\n".join(FOREIGN) + "\n")
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("让养老理财产品更好守护“钱袋子”", None)]


def test_a_headline_letter_spaced_over_two_lines_keeps_its_second_line_of_figures():
    """'老 旧 小 区 加 装 电 梯' / '今 年 再 添 300 部', both spread across
    the column in display type: one headline over two lines, its line of
    figures no deck."""
    page = ("老　旧　小　区　加　装　电　梯\n今　年　再　添　300　部\n◆本报记者 程远舟\n" + "\n".join(FOREIGN) + "\n")
    recs = articles(split(page))
    assert [(r.title, r.subtitle) for r in recs] == [("老旧小区加装电梯 今年再添300部", None)]


DIGEST_COLON_ITEMS = ("财经速览\n\n"
                      "　　前10个月全市税收收入增长6.2%：今年1至10月，全市税务部门累计组织税收\n收入386.5亿元，同比增长6.2%。（记者　伍清和）\n\n"
                      "　　溱阳港铁水联运量创新高：前10个月，溱阳港完成铁水联运量52.6万标准箱，\n同比增长27%，已超过去年全年水平。\n\n"
                      "　　全省首个“零碳园区”标准发布：《零碳园区建设与评价规范》省级地方标准\n日前发布，设置了32项评价指标。（据东穹社）\n")


def test_digest_items_with_their_titles_run_in_before_a_colon_are_items_of_their_own():
    """Under '财经速览', paragraphs opening on a headline's phrase and a colon
    ('溱阳港铁水联运量创新高：前10个月，…'): each an item, titled by the
    phrase, its text after the colon."""
    recs = articles(split(DIGEST_COLON_ITEMS))
    assert [(r.title, r.authors) for r in recs] == [("前10个月全市税收收入增长6.2%", ["伍清和"]), ("溱阳港铁水联运量创新高", []),
                                                   ("全省首个“零碳园区”标准发布", [])]
    assert recs[1].text.startswith("前10个月，溱阳港")


def test_an_interviews_speakers_before_their_colons_are_no_item_titles():
    """'《中国经营报》：…' / '统一石化董事长李嘉明：…': the interviewer's paper
    and the guest's post and name before the colon, paragraph after
    paragraph: who speaks, no digest item titles."""
    page = ("走进联合国的低碳润滑油\n本报记者　石健\n\n"
            "　　《中国经营报》：经过多年的发展，统一石化成为第一家碳达峰石化公司，公司有哪些独到之处？\n\n"
            "　　统一石化董事长李嘉明：2020年，我在行业中提出关注碳达峰时，多数人还不明白碳达峰是什么意思。\n\n"
            "　　《中国经营报》：目前，很多企业都在打造低碳品牌，统一石化在此方面有哪些发展经验？\n\n"
            "　　统一石化董事长李嘉明：作为润滑油液第一低碳品牌，统一石化率先实现了低碳体系的四大支撑。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("走进联合国的低碳润滑油", ["石健"])]


def test_what_officials_say_after_a_colon_stays_in_the_article():
    """'市商务局有关负责人表示：…', '王鹏还告诉记者：“…', '…采访时说：…'
    opening paragraphs one after another: quotations, no digest items."""
    page = ("消费市场持续回暖\n本报记者　伍清和\n\n"
            "　　市商务局有关负责人表示：今年以来全市消费市场持续回暖，餐饮和文旅消费增长较快。\n\n"
            "王鹏还告诉记者：“设定目标时可能需要考虑几个因素：首先是国内外形势，\n\n"
            "其次是稳健的货币政策和积极的财政政策。”\n\n"
            "唐杰在接受记者采访时说：“消费回暖的势头还会延续，服务消费潜力很大。”\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("消费市场持续回暖", ["伍清和"])]
    assert not any(p.heading for p in recs[0].paragraphs) and "还告诉记者：“设定" in recs[0].text


def test_a_bulleted_title_run_into_its_text_after_a_signed_item_opens_the_next_item():
    """'…等项目。（记者　鲍明远）' / blank / '●蓝陂食品中期分红每10股派5元　蓝陂食品
    公布…': the title run into its text on one line, taken apart, is the next
    item's title, not a line of text cut off at the column's edge."""
    page = ("公司速递\n\n"
            "●澄川重工拟定增募资30亿元　澄川重工公告称，公司拟向不超过35名特\n定对象发行股票，募集资金不超过30亿元，用于大型海上风电装备产业化\n等项目。（记者　鲍明远）\n\n"
            "●蓝陂食品中期分红每10股派5元　蓝陂食品公布半年度利润分配预案，\n拟向全体股东每10股派发现金红利5元（含税），合计派发现金约4.1亿元，\n占上半年净利润的62%。\n\n"
            "●北沅银行不良率降至1.12%　北沅银行半年报显示，截至6月末，该行资\n产总额1.86万亿元，较年初增长5.4%；不良贷款率1.12%，较年初下降\n0.05个百分点。（记者　闵秋池）\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("澄川重工拟定增募资30亿元", ["鲍明远"]), ("蓝陂食品中期分红每10股派5元", []),
                                                   ("北沅银行不良率降至1.12%", ["闵秋池"])]


def test_a_jump_line_broken_over_two_lines_closes_the_text_and_the_digest_item_below_opens():
    """'…预计发送旅客（下转第' / '7版）': the jump line broken at the
    column's edge sends the story on; the digest's first item under its
    label after it is an item of its own, not the story's crosshead."""
    page = ("中秋国庆假期铁路运输9月28日启动\n本报记者　聂晚舟\n\n"
            "  记者从汶江火车站获悉，今年中秋国庆假期铁路运输将从9月28日\n开始，至10月8日结束。\n"
            "  今年假期与中秋节相连，出行需求集中。铁路部门预计，\n假期运输期间汶江地区三个主要车站预计发送旅客（下转第\n7版）\n\n"
            "要闻速览\n\n●汶江二桥主体结构合龙\n\n"
            "  9月20日，汶江二桥主桥最后一段钢箱梁吊装到位，大桥\n主体结构实现合龙。汶江二桥全长2.4公里，计划明年6月建\n成通车。（记者　聂晚舟）\n\n"
            "●全市新增城市书房15家\n\n  今年以来，全市新增24小时城市书房15家，总数达到68家，\n全年累计接待读者逾120万人次。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["中秋国庆假期铁路运输9月28日启动", "汶江二桥主体结构合龙", "全市新增城市书房15家"]
    assert recs[0].text.rstrip().endswith("预计发送旅客") and "下转" not in recs[0].text


def test_a_letter_spaced_headlines_second_line_over_the_byline_is_no_names():
    """'枫 岭 县 农 产 品 冷' / '链 仓 投 用' / '记者 龚南星 通讯员 柯晓梅': the
    spaced line under the spaced headline's line, the byline with its
    roles under it, is the headline's end, not two letter-spaced names."""
    page = ("枫 岭 县 农 产 品 冷\n链 仓 投 用\n记者 龚南星 通讯员 柯晓梅\n\n" + "\n".join(FOREIGN) + "\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("枫岭县农产品冷链仓投用", ["龚南星", "柯晓梅"])]


def test_a_story_taken_up_from_another_page_after_a_caption_is_not_the_text_above():
    """'▲…分拣出口包裹。　本报记者　龙雨桐　摄' / '（上接第2版）126万人次，…': the
    jump line run into the line after a photo's caption opens the rest of
    another story; the text above ends at its caption and its writers are
    not the rest's."""
    page = ("汶江新区获批跨境电商综试区\n\n"
            "　　根据实施方案，新区将重点建设“一园三中心”，三年内支持企业在共建“一带一路”\n国家新建海外仓20个。\n"
            "　　新区还将设立5亿元跨境电商发展专项资金，对新开设海外仓的企业给予奖励。\n"
            "▲工人在汶江新区跨境电商产业园分拣出口包裹。　本报记者　龙雨桐　摄\n\n"
            "（上接第2版）126万人次，同比增长8.3%，其中10月1日为客流最高峰，预计发送\n\n旅客15.6万人次。\n"
            "　　为满足旅客出行需要，铁路部门将在假期加开旅客列车62列。（记者　邹远　通讯员　柏青）\n")
    recs = articles(split(page))
    assert recs[0].title == "汶江新区获批跨境电商综试区" and recs[0].authors == [] and "126万人次" not in recs[0].text
    assert any(r.text.startswith("126万人次") and r.authors == ["邹远", "柏青"] for r in recs)


def test_the_wind_and_air_line_under_a_weather_forecast_is_the_boxs_not_a_headline():
    """'今日天气' / '湄川市区　多云转小雨　8℃～15℃' / '东南风3级　空气质量：良' set
    between a digest's items: the wind and air quality close the weather
    box; the next item keeps its own title."""
    page = ("　【本周菜价环比回落】市价格监测中心数据显示，\n本周全市20种主要蔬菜平均零售价格为每斤3.12元，\n环比下降4.6%。（记者　顾小满）\n"
            "今日天气\n湄川市区　多云转小雨　8℃～15℃\n东南风3级　空气质量：良\n"
            "　【南门夜市延长营业时间】即日起，南门夜市营\n业时间由晚10时延长至次日凌晨1时，并新增特色\n小吃摊位60个。（苏晓禾）\n")
    recs = articles(split(page))
    assert [r.title.strip("【】") for r in recs] == ["本周菜价环比回落", "南门夜市延长营业时间"]


def test_a_tables_rows_with_thousands_parted_by_commas_stay_rows():
    """'锦峰汇　　锦峰　　86　　　　　18,420': a table's row, its cells set
    apart by spaces, a figure's thousands parted by a comma; rows so are the
    table's, not a contents list and its page numbers, and the article under
    the table keeps its headline."""
    page = ("财经要闻\n\n新盘首批开价低于二手\n记者　麦晓彤\n"
            "　　海晴发展旗下新盘昨日公布首张价单，涉及168个单位，平均呎价为16,780元，较同区屋苑\n近期二手成交价低约一成。\n\n"
            "上周主要一手楼盘销售\n楼盘　　　地区　　成交（伙）　平均呎价（元）\n锦峰汇　　锦峰　　86　　　　　18,420\n"
            "屿南一号　屿南　　52　　　　　14,960\n北屿荟　　北屿　　29　　　　　13,880\n\n"
            "甲厦租金连跌六季\n记者　温梓晴\n　　核心商业区甲级写字楼租金连续六个季度下跌，业主纷纷减租留客，\n"
            "部分大厦的租金已回到十年前的水平，代理行预计下半年仍有压力。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("新盘首批开价低于二手", ["麦晓彤"]), ("甲厦租金连跌六季", ["温梓晴"])]
    assert [p.text for p in recs[0].paragraphs if p.figure][-1] == "北屿荟 北屿 29 13,880"


def test_a_headline_over_a_story_taken_up_from_another_page_heads_it():
    """'半导体设备进口创新高' over '（接A1版）财政部门统计显示，…', under a table
    closing the article before: the headline of the story the front page
    began, not a crosshead of the article above."""
    page = ("科技产业\n\n电子股营收冲新高\n记者　陈冠宇\n"
            "　　半导体设备大厂昨日公布5月营收，半导体设备出货月增12.4%，年增38.1%，创历史新高，\n业者预计先进制程扩产需求强劲，设备进口仍将逐季成长。\n\n"
            "主要电子股5月营收（亿元）\n公司　　　营收　月增率　年增率\n瀚升　　　1286　12.4%　38.1%\n"
            "启泰电　　412　 -3.2%　9.7%\n港南精密　236　 5.8%　 21.4%\n资料来源：各公司\n\n"
            "半导体设备进口创新高\n\n"
            "  （接A1版）财政部门统计显示，今年前5月半导体制造设备进口金额达98.6亿美元，年增52.3%，业者指出，先进制程扩产需求强劲。\n\n"
            "  经济部门官员表示，半导体业者持续加码国内投资，政府将加快水电及用地等基础设施配套。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["电子股营收冲新高", "半导体设备进口创新高"]
    assert recs[1].text.startswith("（接A1版）财政部门")


def test_a_column_label_opens_the_piece_whose_headline_is_printed_after_it():
    """A commentary page: '社评' and its headline over the editorial, then a
    column's label ('经济漫谈') over a piece whose headline and byline come
    after its text. The label, not a paragraph break inside the editorial,
    is where the second piece begins."""
    page = ("社评\n稳定金融　更要稳定预期\n本地银行时隔两年再次上调最优惠利率，\n虽然幅度只有0.125厘，但象征意义不容\n"
            "忽视。资金成本上升的压力已经由同业\n市场传导至零售层面，市民的供楼和借\n贷成本将逐步增加。\n"
            "本港实行联系汇率制度，利率走势很大程\n度上取决于外围，当局可以做的并不多。\n但可以做、也应该做的，是稳定社会预期。\n\n"
            "当局一方面要坚守审慎监管的底线，确保\n银行体系稳健；另一方面，应加快推出支\n援中小企的融资措施，让市场看到经济的\n"
            "长远动力。金融稳定固然重要，预期稳定\n同样重要。\n\n"
            "经济漫谈\n近月不少读者来信，问及新兴市场债券基\n金是否值得趁低吸纳。这类资产过去一年\n表现不俗，部分债券收益率仍在7厘以上。\n"
            "不过，高息从来不是免费午餐。新兴市场\n债券的风险主要有三：汇率风险、信用风\n险和流动性风险。\n\n"
            "比较稳妥的做法，是以分散投资为原则，\n把这类资产控制在整体组合的一成左右。\n投资者切勿因为一时的高息而忽略本金。\n\n"
            "新兴市场债券的机会与风险\n■薛嘉朗\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("稳定金融 更要稳定预期", []), ("新兴市场债券的机会与风险", ["薛嘉朗"])]
    assert recs[0].text.endswith("预期稳定同样重要。") and "当局一方面" not in recs[1].text


def test_an_official_signing_a_piece_under_its_headline_is_its_byline():
    """'经验交流' pieces are signed by an official, the post and name (or the
    name and the post in brackets) right under the headline, the text under
    them: the byline, not a line of the headline; where another such line
    follows in reach, each is a voice of a roundup instead."""
    page = ("经验交流\n\n以“微改革”破解基层治理难题\n青岚港务集团副总经理　沈砚农\n\n"
            "  近年来，我们坚持问题导向，从一线职工反映最集中的“小事”入手，推进“微改革”，基层治理效能明显提升。\n\n"
            "  一是建立问题“直通车”。在各作业区设立意见箱和线上反映渠道，两年来共收集职工建议860余条。\n\n"
            "以“船员之家”建设稳定船员队伍\n贾承舟（远帆航运集团党委副书记）\n"
            "  船员是航运企业的核心力量。近年来，我们把“船员之家”建设作为稳定队伍的重要抓手，在12个主要港口设立船员服务站。\n"
            "  同时，建立船员家属联络机制，三年来，集团船员流失率由15%降至6%。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("以“微改革”破解基层治理难题", ["沈砚农"]),
                                                    ("以“船员之家”建设稳定船员队伍", ["贾承舟"])]
    roundup = ("代表委员谈民营经济\n"
               "全国人大代表、澄屿港务集团董事长　骆承礼\n"
               "　　“港口是开放的窗口，民营企业的货量占了一半以上，我们要把服务做得更细。”\n"
               "全国政协委员、岚阳大学经济学院教授　晏秋池\n"
               "　　“稳定预期最重要，政策要说到做到，让企业家安心投资。”\n")
    assert all(not r.authors for r in split(roundup))


def test_grassroots_digest_items_headed_by_a_place_and_its_news_are_items():
    """'基层动态' sets each item's head in bold, a village's or a town's name,
    a colon and its news, run into the text after a space; the text opens
    on that name again, often within a few characters of the column's edge
    ('柴桥镇：“订单农业”带农增收　柴桥镇与3家' / '面粉企业…'). A header line
    that runs the page number into the page's name ('第2版·三农一线　责任编辑：…')
    is the page's, no headline."""
    page = ("禾丰农民报\n2037年6月3日 星期三\n第2版·三农一线　责任编辑：闻麦秋\n全省夏粮收获进度过半\n"
            "　本报讯（特约记者　戚丰年　通讯员　苗佳禾）\n据省农业农村厅农情调度，截至6月2日，全省已收\n获小麦1260万亩，占种植面积的52.6%，进度比去\n"
            "年同期快3个百分点。\n基层动态\n"
            "　柴桥镇：“订单农业”带农增收　柴桥镇与3家\n面粉企业签订优质小麦收购订单4.2万亩，收购价\n每斤高出市场价0.1元，带动1800余户农户增收。\n（单小梁）\n"
            "　石滩村：土地托管“托”起好收成　石滩村合作\n社推行“全程托管”服务，为外出务工农户代耕代\n种代收，今年托管面积达到3600亩。\n"
            "　南渠乡：高标准农田建设开工　南渠乡2037年度\n高标准农田建设项目近日开工，计划新建改造农田\n2.5万亩，配套建设灌溉渠道42公里。（许穗）\n")
    recs = [r for r in split(page) if r.kind != "other"]
    assert [r.title for r in recs] == ["全省夏粮收获进度过半", "柴桥镇：“订单农业”带农增收", "石滩村：土地托管“托”起好收成",
                                       "南渠乡：高标准农田建设开工"]
    assert recs[0].authors == ["戚丰年", "苗佳禾"] and recs[1].text.startswith("柴桥镇与3家面粉企业")


def test_a_voice_quoted_over_the_headline_is_its_kicker():
    """'“一斤猪肉便宜了三块钱”' over '猪价下行，餐桌上的账怎么算？': a line that
    is one quotation whole, what someone in the story said, is the kicker;
    the line under it is the headline (a quoted name starting a headline
    broken over two lines, '“银发志愿队”' / '守护小区平安', is its first words)."""
    page = ("民生周刊\n\n“一斤猪肉便宜了三块钱”\n猪价下行，餐桌上的账怎么算？\n——枫川市“菜篮子”价格调查\n融媒体记者　付清越\n\n"
            "　　“一斤前腿肉比春节前便宜了三块钱，这个月家里多吃了好几顿红烧肉。”3月18日，在枫川市北关菜市场，"
            "市民秦大姐一边挑肉一边对记者说。\n\n"
            "“菜价跌了，你感觉到了吗？”\n叶菜价格一周回落近两成\n记者　鲁晓岚\n\n"
            "　　“上周一把菠菜还要三块五，今天两块钱就能拿下。”6月17日一早，在东门农贸市场，退休教师殷阿姨拎着满满一袋青菜。\n")
    recs = articles(split(page))
    assert [(r.kicker, r.title) for r in recs] == [("“一斤猪肉便宜了三块钱”", "猪价下行，餐桌上的账怎么算？"),
                                                   ("“菜价跌了，你感觉到了吗？”", "叶菜价格一周回落近两成")]
    named = ("社区\n\n“银发志愿队”\n守护小区平安\n本报记者　岑小禾\n\n"
             "　　每天早上7点，城东新区翠湖社区的“银发志愿队”准时出发，在小区里巡查一圈，已经坚持了三年。\n")
    assert [r.title.replace(" ", "") for r in articles(split(named))] == ["“银发志愿队”守护小区平安"]


def test_a_qas_guest_over_a_firms_question_and_an_explainer_under_a_columns_label():
    """'本期嘉宾：…律师　井小岚' over '企业问：…' introduces who answers: the Q&A's
    text. An explainer under a column's label ('新规速递') with its dashed
    subtitle and byline is one article: its '一、…' parts are crossheads, not
    a digest's items."""
    qa = ("企业合规问答\n跨境电商企业如何应对知识产权投诉\n本期嘉宾：沔阳恒信律师事务所律师　井小岚\n"
          "企业问：我们在境外电商平台销售的商品，突然被平台以“涉嫌侵犯外观设计专利”为由下架，应该怎么办？\n"
          "律师答：首先要核实投诉人的权利基础，查看专利是否有效、保护范围是否覆盖自家产品。\n")
    recs = articles(split(qa))
    assert [r.title for r in recs] == ["跨境电商企业如何应对知识产权投诉"] and recs[0].text.startswith("本期嘉宾")
    explainer = ("新规速递\n个人信息保护合规审计有了“操作手册”\n——《岚州市个人信息保护合规审计实施办法》要点解读\n"
                 "文／岚州市网信办政策法规处　谭望秋\n\n"
                 "《岚州市个人信息保护合规审计实施办法》自12月1日起施行，细化了合规审计的主体、频次、内容和法律责任。\n"
                 "一、哪些单位要做合规审计\n《办法》第三条规定，处理超过100万人个人信息的处理者，应当每两年至少开展一次合规审计。\n\n"
                 "二、审计重点看什么\n《办法》对审计内容作出列举，重点审查是否向个人告知接收方的名称、联系方式和处理目的。\n")
    recs = articles(split(explainer))
    assert [(r.title, r.authors) for r in recs] == [("个人信息保护合规审计有了“操作手册”", ["谭望秋"])]
    assert recs[0].text.endswith("处理目的。")


def test_a_magazines_writer_and_editor_credits_over_the_text_are_its_byline():
    """'撰文：本刊记者　甘露白　编辑：韦青禾' under a cover story's standfirst:
    the writer's credit first, then the editor's, over the text: its byline
    (a paper's credits line closing an article, '…记者 X 编辑 Y', is the
    page's); and a sentence of the text set large between its paragraphs,
    without quotation marks, is a pull quote, no headline."""
    page = ("封面故事\n县域消费的\n新账本\n"
            "大城市的商场客流见顶之后，县城的超市、影院和\n奶茶店正在悄悄改写中国消费的版图。\n"
            "撰文：本刊记者　甘露白　编辑：韦青禾\n\n"
            "　　早上七点半，南屿县城东的鲜丰超市还没开门，\n门口已经排起了二十多人的队。这天是每周二的\n“会员日”，鸡蛋、牛奶和冷冻水饺打八五折。\n\n"
            "　　类似的场景，正在越来越多的县城出现。据本\n刊对三个省份七个县的走访，县城超市的客单价普\n遍在80元到120元之间。\n\n"
            "县城消费者并不是“便宜就行”，\n他们对品质的要求提高得比我们\n想象的快。\n\n"
            "　　“县城消费者并不是‘便宜就行’，他们对品\n质的要求提高得比我们想象的快。”长期跟踪县域\n零售的分析师蓝知远说。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("县域消费的新账本", ["甘露白"])]
    assert recs[0].text.endswith("零售的分析师蓝知远说。") and "早上七点半" in recs[0].text
    assert any(p.figure and p.text.startswith("县城消费者并不是") for p in recs[0].paragraphs)
    # (the same lines printed again, as a text layer may hold a stretch twice, are no pull quote;
    # nor is a sentence standing alone among the long lines of flowing text)
    twice = page.replace("县城消费者并不是“便宜就行”，\n他们对品质的要求提高得比我们\n想象的快。\n\n",
                         "“县城消费者并不是‘便宜就行’，他们对品\n质的要求提高得比我们想象的快。”长期跟踪县域\n\n")
    assert not any(p.figure for r in articles(split(twice)) for p in r.paragraphs)
    from generator.clean import clean_lines
    from generator.split.lines import TEXT, _passages_set_large, rows_of, split_merged
    body = "　　县城的超市、影院和奶茶店正在悄悄改写中国消费的版图，会员日越办越多，客单价也在稳步提高。"
    flowing = [body, "", body, "", "只有抓住县城消费升级的时机，零售企业才能赢得下一个十年。", "",
               "　　业内人士认为，只有抓住县城消费升级的时机，零售企业才能赢得下一个十年，这需要在供应链上下足功夫。", "", body]
    rows = rows_of(split_merged(clean_lines(flowing)))
    alone = next(r for r in rows if r.text.startswith("只有"))
    alone.role = TEXT
    _passages_set_large(rows)
    assert alone.role == TEXT  # flowing text, no columns: a sentence standing alone is a paragraph


def test_a_front_pages_masthead_set_between_the_leads_headline_and_its_subtitle():
    """The paper's name, then the lead's headline, then the masthead's date,
    serial numbers and weather, then the headline's dashed subtitle: the name
    and the masthead are the page's, the headline and subtitle one group."""
    page = ("华屿金融时报\n3月末制造业中长期贷款余额增长24%\n2036年4月2日 星期三　农历丙辰年二月十六\n"
            "国内统一连续出版物号 CN 11-0275\n邮发代号 1-173　今日16版　第9412期\n晴　8℃～19℃\n"
            "——金融支持实体经济力度持续加大\n"
            "　本报北京讯（记者　詹以宁）人民银行1日\n发布的数据显示，3月末，本外币贷款余额同\n比增长9.1%；制造业中长期贷款余额同比增长\n"
            "24%，连续十个季度保持20%以上的增速。\n")
    recs = articles(split(page))
    assert [(r.title, r.subtitle, r.authors) for r in recs] == [
        ("3月末制造业中长期贷款余额增长24%", "——金融支持实体经济力度持续加大", ["詹以宁"])]
    assert not any("华屿金融时报" in (r.title or "") + (r.kicker or "") + r.text for r in split(page) if r.kind != "other")


def test_a_digests_items_each_opening_on_its_dateline_are_items_of_their_own():
    """'要闻简报' / '■本报讯（记者　乔映）…' / '■本报讯　…': each bulleted item
    opens on its own dateline, credited at its start: an item of its own,
    its reporter (after the bullet) its writer."""
    page = ("要闻简报\n"
            "　■本报讯　3月份，银行间市场共发行绿色\n债券1286亿元，同比增长42%，募集资金主要\n投向清洁能源、绿色交通和建筑节能领域。\n"
            "　■本报讯（记者　乔映）国家外汇管理局数\n据显示，3月末我国外汇储备规模为3.42万亿\n美元，较2月末上升186亿美元。\n"
            "　■本报讯（记者　段一鸣）一季度，全国期\n货市场累计成交额达到148万亿元，同比增长\n11.3%，农产品期货成交量增幅居各板块之首。\n")
    recs = [r for r in split(page) if r.kind != "other"]
    assert [r.authors for r in recs] == [[], ["乔映"], ["段一鸣"]]
    assert "国家外汇管理局" in recs[1].text and "期货" not in recs[1].text


def test_a_table_of_words_aligned_by_spaces_is_no_headline_nor_text():
    """'违规情形　　　　　处理措施' / '夸大产品收益、　　责令改正，对机' / …: a table
    of words set inside an article, each column's cells starting at one
    place line after line (a cell wrapped onto its own line among them): the
    table's, not a headline over the rest of the article; a list of guests,
    each name as long as the next, aligns by itself and is no table."""
    page = ("保险销售行为专项整治启动\n本报记者　骆星河\n\n"
            "　记者日前从启衡金融监管局获悉，全省将从5月起开\n展为期6个月的保险销售行为专项整治，重点整治夸大\n产品收益、隐瞒免责条款等问题。\n\n"
            "重点违规情形及处理措施\n违规情形　　　　　处理措施\n夸大产品收益、　　责令改正，对机\n隐瞒免责条款　　　构处以罚款\n"
            "冒用他人名义　　　暂停相关业务，\n销售保险　　　　　追究负责人责任\n诱导退保转保\n"
            "　启衡金融监管局有关负责人表示，对整治中发现的问\n题，将坚持“查处一起、通报一起”，并将整治情况纳\n入机构分类监管评级。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("保险销售行为专项整治启动", ["骆星河"])]
    assert recs[0].text.endswith("纳入机构分类监管评级。")
    assert "销售保险 追究负责人责任" in [p.text for p in recs[0].paragraphs if p.figure]
    from generator.clean import clean_lines
    from generator.split.lines import FIGURE, rows_of, split_merged
    from generator.clean import clean_line
    from generator.split.lines import _cells
    # (a box of figures, "五月入境旅客　　362.8万人次", is the boxes' to read; a
    # headline spaced out letter by letter has no cells)
    assert _cells(clean_line(1, "冒用他人名义　　　暂停相关业务，"))
    assert not _cells(clean_line(1, "五月入境旅客　　　362.8万人次")) and not _cells(clean_line(1, "云　岙　今　年"))
    guests = ["陶一川：用好汇率避险工具，别让利润被汇率吃掉。", "", "对话嘉宾", "邝明远　远帆智慧物流董事长",
              "苏晚晴　嘉穗农业集团总经理", "陶一川　鹭洲银行副行长", "主持人　郁沐晨　本报记者", ""]
    assert not any(r.role == FIGURE for r in rows_of(split_merged(clean_lines(guests))))


def test_signed_excerpts_take_their_writers_from_the_note_after_each():
    """'◇…' excerpts under a column's label, each closed by a note naming its
    writer after the post ('（作者为…研究员　祁霜）', one wrapped over two lines):
    each excerpt's writer."""
    page = ("观点集萃\n\n◇文旅融合要讲好“本地故事”\n　游客来汀川，不是为了看一条和别处一样的网红\n街。要深挖码头文化、老字号和非遗资源，让文旅\n"
            "产品带着本地的味道和温度。\n（作者为汀川市社会科学院研究员　祁霜）\n\n"
            "◇夜间经济不能只靠“烟火气”\n　夜间经济要从“吃吃喝喝”向文化消费延伸，让市\n民玩得开心、消费得放心，也要管好噪声和油烟。\n"
            "（作者为汀川大学商学院副教授、城市经济研究中\n心主任　葛青川）\n")
    recs = articles(split(page))
    assert [(r.title.lstrip("◇"), r.authors) for r in recs] == [("文旅融合要讲好“本地故事”", ["祁霜"]),
                                                              ("夜间经济不能只靠“烟火气”", ["葛青川"])]


def test_the_papers_own_voice_over_a_commentary_is_its_label():
    """'本报评论员文章' set over a commentary's headline labels the piece (the
    paper's own voice), as '社论' does: no part of the headline."""
    page = ("▷县域特色产业集群加速成长（A4）\n\n▷“秋季消费季”带火夜经济（A6）\n\n本报评论员文章\n\n让民营经济在开放中壮大\n\n"
            "  民营企业进出口占比首次超过六成，这是一个值\n\n得关注的信号。它说明，越来越多的民营企业有能\n\n"
            "力在更广阔的市场中锤炼本领、壮大实力，开放\n\n的大门只会越开越大。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["让民营经济在开放中壮大"] and recs[0].section.endswith("本报评论员文章")
    from generator.split.titles import genre_label
    assert genre_label("本报评论员文章") and genre_label("社论") and not genre_label("评论员队伍建设")


def _indented_column(text: str, width: int = 16) -> str:
    """A paragraph set in a narrow column, its first line indented."""
    return _column("\u3000\u3000" + text, width)


def test_a_page_read_column_by_column_still_indents_its_paragraphs():
    """A1 B1 A2 B2 A3, each column cut mid-sentence at a full line: the columns that go on
    start flush, a third of the paragraph starts on the page. They do not
    make it a page of flush paragraphs (a start after an open sentence is a
    column going on), so B2 ends its piece where A3, flush after a blank
    line, goes on from A's open sentence, and B2 goes back to B alone."""
    a1 = ["今年前三个季度，全省港口完成货物吞吐量十一亿吨，同比增长百分之六。", "航线加密是增长的主要原因。今年以来，全省港口新开通至东南亚、"]
    a2 = ["南亚方向的外贸航线七条，每周航班达到两百班，货物在港停留时间平均缩短了半天。", "新能源产品出口增势明显。今年前三个季度，经全省港口出口的锂电池和光伏组件货值合计增长四成，一"]
    a3 = "家船公司负责人告诉记者，四季度的舱位已基本订满，港口年内还将新增泊位两个。"
    b1 = ["全省普惠小微贷款余额日前突破六千亿元，同比增长百分之十九，首贷户数创下新高。", "首贷户增加得益于信用信息平台的推广。平台归集了税务、社保、水电、燃气等部门的涉企信息，银行可"]
    b2 = "据此为没有抵押物的小微企业授信。今年前三个季度，全省通过平台发放贷款三百亿元，同比增长四成。"
    text = "\n\n".join([
        "港口货物吞吐量稳步增长\n本报记者\u3000柯望舒", "\n".join(_indented_column(p) for p in a1),
        "小微企业首贷户数创新高\n本报记者\u3000聂远航", "\n".join(_indented_column(p) for p in b1),
        _column(a2[0], 16) + "\n" + _indented_column(a2[1]), _column(b2, 16), _column(a3, 16)]) + "\n"
    first, second = articles(split(text))
    assert [p.text for p in first.paragraphs] == [a1[0], a1[1] + a2[0], a2[1] + a3]
    assert [p.text for p in second.paragraphs] == [b1[0], b1[1] + b2]


def test_a_paragraph_after_a_leads_column_read_past_briefs_stays_with_the_lead():
    """A lead's column cut mid-word, a column of briefs, the lead's next
    column (it finishes the word), then after a blank line an indented
    paragraph: the column runs on past the blank line as often as it ends
    there, so the paragraph goes with the lead when it shares the lead's
    words more than the last brief's, by however little."""
    def col(text: str, width: int = 16) -> str:
        return _column(text, width)

    def ind(text: str) -> str:
        return col("\u3000" + text)
    a1 = ["市统计局日前发布数据，前三个季度全市实现地区生产总值八千六百亿元，同比增长百分之五点八。",
          "工业生产较快增长。今年前三个季度，在新兴产业的带动下，全市的规"]
    a2 = ["模以上工业增加值同比增长百分之七，其中高技术制造业增长百分之十四。", "投资结构继续优化。全市固定资产投资增长百分之四，其中制造业投资增长百分之十一。"]
    a3 = "“前三个季度经济运行总体平稳、稳中有进，但部分企业经营压力仍然较大。”市统计局新闻发言人说，四季度要推动政策落地见效。"
    briefs = ["■首条冷链班列开通", ind("十月十日，本市至西部陆港的首条冷链班列发车，满载水产品和水果。（记者\u3000邢书晚）"),
              "■跨境电商进口额增两成", ind("前三个季度，全市跨境电商进口额六十亿元，同比增长百分之二十一。（记者\u3000谭望川）")]
    text = "\n\n".join(["前三季度全市生产总值增长5.8%\n本报记者\u3000谭望川", "\n".join(ind(p) for p in a1), "经济简讯\n" + "\n".join(briefs),
                       col(a2[0]) + "\n" + ind(a2[1]), ind(a3)]) + "\n"
    lead, first, last = articles(split(text))
    assert [p.text for p in lead.paragraphs] == [a1[0], a1[1] + a2[0], a2[1], a3]
    assert (first.title, last.title) == ("首条冷链班列开通", "跨境电商进口额增两成")
    assert last.authors == ["谭望川"]


def test_a_sentence_sent_on_to_another_page_leaves_no_text_open_for_the_next_item():
    """"…推动园区从（下转第8版）": the sentence goes on on page 8, so the item
    under the next label, opening flush, is not its column going on."""
    text = "\n".join([
        "山区县“飞地园区”首批项目投产", "",
        "\u3000\u3000本报讯（记者\u3000莫知南）6月12日，位于高新区的“飞地园区”首批3个项目同时投产，",
        "涉及智能家居、新能源汽车零部件和医疗器械等领域，总投资11.2亿元。", "",
        "\u3000\u3000“飞地园区”是山区县与高新区合作共建的产业园区，山区县负责招商引资，",
        "高新区负责规划建设和运营管理，园区产生的税收按约定比例分成。", "",
        "\u3000\u3000山区县有关负责人表示，下一步将依托园区引进一批关联配套项",
        "目，推动园区从（下转第8版）", "",
        "市县传真", "",
        "桐溪：“亩均论英雄”盘活低效用地3200亩",
        "\u3000\u3000桐溪市推行工业用地“亩均效益”综合评价，对评价靠后的企业实行差别化电价、",
        "水价和用地政策。今年以来，全市已盘活低效工业用地3200亩。（记者\u3000韩一树）", "",
        "棠州：首个县域冷链物流中心投用",
        "\u3000\u3000棠州市白沙渡镇冷链物流中心日前建成投用，可满足周边5个乡镇果蔬的预冷、",
        "仓储和分拣需求。（记者\u3000蒋远）", ""])
    recs = articles(split(text))
    assert recs[0].paragraphs[-1].text.endswith("推动园区从（下转第8版）")
    assert [r.authors for r in recs] == [["莫知南"], ["韩一树"], ["蒋远"]]


def test_paragraphs_set_right_under_text_tell_that_a_page_indents():
    """Columns of a lead read between two short items: each of its columns
    goes on flush after a blank line, and a closing paragraph of an item
    comes after one too. The paragraphs set right under a line of text
    (no column break before them) all indent, so the page does, and the
    item's indented closing paragraph goes back to the item it is about."""
    def ind(text: str) -> str:
        return _column("\u3000" + text, 15)
    a1 = ["每天凌晨四点，北港冷链码头就忙碌起来。一箱箱刚采摘的荔枝经过预冷、分拣后装上冷藏车。",
          "“以前要在码头等船要等上大半天，现在有了农产品专属的绿色通"]
    a2 = ["道，随到随检随走。”果农殷春和说，他家今年的荔枝通过电商卖到了二十多个城市。",
          "今年七月以来，通过海运方式出岛的农产品已达到八万多吨，同比增长两成多。北港一家冷链物流公"]
    a3 = "司负责人介绍，码头新增了四条自动分拣线，每小时可处理水果三十吨。"
    text = "\n\n".join([
        "夏季农产品出岛提速\n本报记者\u3000秋映岚\n" + "\n".join(ind(p) for p in a1),
        "离岛免税店销售额增四成\n" + ind("本报讯（记者\u3000欧阳小曼）暑期以来，三家离岛免税店销售额九亿多元，同比增长四成，化妆品、手表和电子产品最受欢迎。"),
        _column(a2[0], 15) + "\n" + ind(a2[1]),
        "民宿经营者可申请“民宿贷”\n见习记者\u3000单云起\n" + ind("农村商业银行近日推出“民宿贷”，持证经营的民宿业主凭经营流水即可申请，最高额度五十万元。"),
        _column(a3, 15),
        ind("截至目前，全岛登记民宿一千二百多家，今年上半年民宿接待游客八十七万人次。")]) + "\n"
    lead, shop, inn = articles(split(text))
    assert [p.text for p in lead.paragraphs] == [a1[0], a1[1] + a2[0], a2[1] + a3]
    assert inn.paragraphs[-1].text.startswith("截至目前")


def test_a_place_and_its_news_over_a_text_naming_the_place_again_is_a_headline():
    """A column of local news heads each item "鹭川：港区新增两条外贸航线": a
    name (not always with 省, 市 or 县 to show it is a place), a colon and the
    news. The text under it names the place again near its start (after a
    dateline, too), which a speaker's turn in an interview never does."""
    items = [("鹭川：港区新增两条外贸集装箱航线", "鹭川港区日前新开通两条外贸集装箱航线，分别直达东南亚和南亚主要港口。（记者\u3000蒋远）"),
             ("桐溪：“亩均论英雄”盘活低效用地三千亩", "新华社霁江6月11日电（记者\u3000韩一树）今年以来，桐溪已盘活低效工业用地三千二百亩，新引进项目亩均税收四十二万元。"),
             ("柘阳：首个县域冷链物流中心投用", "6月10日，柘阳白沙渡镇冷链物流中心建成投用，可满足周边五个乡镇果蔬的预冷和仓储需求。（记者\u3000邵荷）")]
    text = "市县传真\n\n" + "\n\n".join(f"{head}\n\u3000\u3000{body}" for head, body in items) + "\n"
    assert [r.title for r in articles(split(text))] == [head for head, _ in items]


def test_a_headlines_last_word_wrapped_over_the_byline_is_no_name():
    """"…城商行科技金融服务靠前" / "发力" / "本报记者 王小明": the headline's line
    fills the column of the text below, and the word under it, set solid
    over the byline, is no name jieba knows: it is the headline's end
    wrapped at the column's edge, not a second author."""
    body = _column("\u3000\u3000从初创期的幼苗到长成参天大树，科技型企业的成长离不开金融的润泽和呵护。城商行纷纷设立科技支行，推出知识产权质押贷款。", 18)
    text = f"上一篇文章的结尾在这里。\n\n数字金融灌溉“科技之树”城市商业银行靠前\n发力\n本报记者\u3000王小明\n{body}\n"
    (rec,) = articles(split(text))
    assert (rec.title, rec.authors) == ("数字金融灌溉“科技之树”城市商业银行靠前发力", ["王小明"])


def test_a_column_read_between_the_two_halves_of_a_word_goes_to_the_text_before():
    """A page set block by block (no indent, a blank line after each
    block): A1 closes its sentence, B1 stops at a full line inside a word
    ("…带"), then A2, then B2 finishing the word ("动新家电…"). Nothing of B's
    own can stand between the halves of its word, so A2 is a column of the
    text printed before B."""
    def block(text: str) -> str:
        return _column(text, 15)
    a1 = ["晚上八点，老码头步行街人头攒动，夜间消费热度不减。烧烤摊前排起长队，几家文创小店门口挤满了拍照的年轻人。"]
    b1 = ["家里的旧冰箱、旧洗衣机怎么处理？越来越多的居民选择一键预约、上门回收。",
          "记者了解到，全市已在八十六个小区设立家电回收服务点，居民通过小程序下单后，回收人员上门。今年以来累计回收旧家电两万台，带"]
    a2 = ["今年五一以来，全市已打造夜间消费集聚区十二个，延长营业时间的商户超过三千家。", "市商务局表示，下一步将在夜间公交和停车上继续发力。"]
    b2 = ["动新家电销售一亿六千万元。", "“以前卖旧家电要讨价还价，现在扫个码就办好了。”一位居民说。"]
    text = "\n\n".join(["夜间经济点亮城市烟火气", "记者\u3000甘露", *map(block, a1), "二手家电回收站开到小区门口", "本报记者\u3000焦远",
                       *map(block, b1), *map(block, a2), *map(block, b2)]) + "\n"
    first, second = articles(split(text))
    assert [p.text for p in first.paragraphs] == a1 + a2
    assert [p.text for p in second.paragraphs] == [b1[0], b1[1] + b2[0], b2[1]]


def test_a_column_opening_on_a_figure_goes_on_from_a_verb_waiting_for_it():
    """A lead's column stops at a full line on "…增长", a column of briefs
    follows, then a paragraph opening "13.2%，…": a verb of change waits
    for its figure, so that column goes on from the lead, not the last brief."""
    lead = ["市统计局昨日发布数据，前两个月全市规模以上工业增加值同比增长百分之八点七。",
            "从行业看，电气机械和器材制造业增长二成多，汽车制造业增长一成半，计算机和其他电子设备制造业均增长"]
    rest = "13.2%，三大行业合计拉动全市工业增长5.6个百分点。"
    text = "\n\n".join(["前两月全市规上工业增加值增长8.7%", "本报记者\u3000温砚池", *(_column(p, 16) for p in lead),
                       "要闻简报", "市区新增公共充电桩1200个",
                       _column("今年以来，市区新建公共充电桩1200个，其中快充桩占比超过六成，年底前主城区将实现全覆盖。", 16),
                       _column(rest, 16)]) + "\n"
    first, brief = articles(split(text))
    assert [p.text for p in first.paragraphs] == [lead[0], lead[1] + rest]
    assert brief.title == "市区新增公共充电桩1200个"


def test_a_display_line_inside_a_text_whose_headline_is_stacked_over_the_next_headline_is_a_crosshead():
    """A text's headline printed after it, then at once the next article's
    headline (no text between): the stack parts by the words each line
    shares with the text on its side, so its first line heads the text
    above, and a display line inside that text is a crosshead."""
    assert _titles_and_crossheads_around("绿色金融债与绿色信贷双增\n\n外贸企业转内销开拓国内市场\n\n") == [
        ("绿色金融债与绿色信贷双增", ["商业银行以绿色信贷投放服务实体经济转型升级"]), ("外贸企业转内销开拓国内市场", [])]


@pytest.mark.parametrize("head", ["从“跟跑”“并跑”\n到“领跑”广汽研发团队\n书写“车间的故事”", "从“制造”\n迈向“智造”的老工业基地"])
def test_a_headline_line_opening_a_span_with_cong_goes_on_where_its_dao_stands(head):
    """"从“跟跑”“并跑”" over "到“领跑”…": 从 opens a span that the next
    line's 到 (迈向, 走向…) closes; one headline, no kicker over the rest."""
    rec = under_headline(head)
    assert rec.title.replace(" ", "") == head.replace("\n", "") and not rec.kicker


@pytest.mark.parametrize("head", ["炭黑企业利润承压高端化转型能否\n破局", "楼市成交量价有望\n企稳"])
def test_a_word_under_a_headline_line_stopped_on_a_waiting_word_finishes_the_headline(head):
    """"…高端化转型能否" / "破局": a headline line cannot stop on a word that
    waits for its verb, so the word set solid under it is the headline's
    end, not the name of who wrote it (the byline follows)."""
    rec = under_headline(head)
    assert rec.title == head.replace("\n", "") and rec.authors == ["王小明"]


def test_an_open_texts_column_after_a_closed_paragraph_on_a_page_without_indents_goes_back_by_its_words():
    """A1 B1 A2 B2 on a page that sets no indent, B1 ending at a paragraph's
    end: A stops mid-sentence at a full line, so the paragraph after B1's
    last may be A's column going on; it is when it shares A's words clearly
    more than B's, and B's own column comes back when the words turn again."""
    a1 = ("和黄医药宣布与武田制药达成呋喹替尼在中国以外地区开发及商业化的许可协议。武田制药取得呋喹替尼的FDA批准，用于治疗"
          "经治转移性结直肠癌，呋喹替尼也因此成为美国批准的第一个用于治疗该适应证的靶向疗法，这一批准较原定的目标审评日期")
    a1 = a1[:len(a1) // 14 * 14]
    a2 = ("提早了超过二十天。由于希望呋喹替尼在美国获得FDA批准后就推向全球市场，和黄医药选择牵手武田制药，借别人的船出海。"
          "和黄医药方面认为，呋喹替尼治疗结直肠癌获批的经验值得借鉴，武田制药的商业化能力帮了大忙。")
    b1 = ("沪深北三家交易所发布上市公司可持续发展报告指引征求意见稿，明确提出要强化上市公司环境、社会和治理信息披露。"
          "业内人士认为，意见稿立足资本市场实际，按照强制披露、引导披露和鼓励披露的层级设置差异化要求。")
    b2 = ("意见稿充分考虑上市公司可持续发展治理和披露现状，设置过渡期安排和缓释措施，给予上市公司充裕的时间做好能力建设。"
          "业内人士建议，监管部门加强对上市公司环境、社会和治理信息披露的指导，提升披露质量。")
    text = (f"创新药如何从中国新到全球新\n\n{_column(a1)}\n\nESG信息披露迈入新阶段\n本报记者 杜丽娟\n\n{_column(b1)}\n\n"
            f"{_column(a2)}\n\n高质量信息披露要求\n\n{_column(b2)}\n")
    recs = articles(split(text))
    assert [r.title for r in recs] == ["创新药如何从中国新到全球新", "ESG信息披露迈入新阶段"]
    drug, esg = (r.text.replace("\n", "") for r in recs)
    assert "目标审评日期提早了超过二十天" in drug and "帮了大忙" in drug and "意见稿" not in drug
    assert "提升披露质量" in esg and "呋喹替尼" not in esg


def test_a_display_line_inside_a_headed_text_whose_neighbour_is_headed_below_is_a_crosshead():
    """A text under its full headline group (byline), a display line naming
    neither side, more of the text, then a headline group printed after the
    text under it and the next headline: the text above already has its
    headline, so the line can head only a part of it."""
    a1 = ("在汀澜高新区的澜芯微电子公司，一间不足百平方米的测试实验室里，工程师们正对一批刚下线的功率芯片做高温老化测试。"
          "就在五年前，这里生产的芯片还只能用在小家电上；如今，它们已经装进了新能源汽车的电驱系统。")
    a2 = ("澜芯微电子成立于十年前，创始人陶景行是从海外回来的半导体工程师。陶景行说，车规级芯片对可靠性要求极高，"
          "一颗芯片要经过上千小时的测试，整车厂才肯让它上车。为了拿到第一张车企订单，团队反复改进芯片工艺，测试了三年。")
    c = ("本报讯（通讯员　聂远舟）汀澜市低空经济应用场景发布会日前举行，面向社会发布物流配送、应急救援、城市巡检等应用场景，"
         "无人机起降点和物流航线继续增加。")
    text = (f"十年磨一“芯”　汀澜企业闯出自主创新路\n文/倪照川\n\n{_column(a1, 22)}\n\n啃  下  “  从  0  到  1  ”  的\n硬  骨  头\n\n{_column(a2, 22)}\n\n"
            f"芯片企业加快车规认证\n记者　卜青\n低空经济应用场景发布会举行\n\n{_column(c, 22)}\n")
    recs = split(text)
    assert not any("啃" in r.title for r in recs)
    chip = next(r for r in recs if "测试实验室" in r.text)
    assert [p.text for p in chip.paragraphs if p.heading] == ["啃下“从0到1”的硬骨头"] and "陶景行" in chip.text


def test_an_editors_note_after_a_text_introduces_the_series_piece_under_it():
    """"编者按：…" read on right after an article's last paragraph, then a
    series' numbered label over a headline wrapped in a narrow strip: the
    note is the next piece's, not the end of the article above, and
    "住有所居①" is the series' label, no line of the headline."""
    a = ("市住房和城乡建设局有关负责人表示，今年一季度全市二手房成交量同比增长百分之十八点七，带押过户对盘活存量住房、"
         "促进二手房交易起到了积极作用。")
    note = "编者按：住房问题关系千家万户。即日起，本报推出“住有所居”系列报道，走进保障性住房建设一线。敬请关注。"
    b = ("走进榕湄市江北新区的青年公寓，一套三十五平方米的一居室里，床、衣柜、书桌、洗衣机一应俱全，拎包即可入住，"
         "月租金比周边同类房源便宜近三成。今年，全市计划再筹集保障性租赁住房八千套。")
    text = (f"二手房带押过户全面推开\n本报记者 温以宁\n\n{_column(a)}\n\n{_column(note)}\n住有所居①\n保障性租赁住房\n"
            f"今年再筹集8000套\n本报记者　龚晓岚\n\n{_column(b)}\n")
    recs = split(text)
    housing = next(r for r in recs if "青年公寓" in r.text)
    assert (housing.title, housing.kicker) == ("保障性租赁住房今年再筹集8000套", "住有所居①")
    first = next(r for r in recs if "带押过户对盘活" in r.text)
    assert "编者按" not in first.text


def test_a_dash_subtitle_under_a_stack_of_headlines_in_a_narrow_strip_is_the_subtitle():
    """Under a stack of display lines with no punctuation (the headline of
    the text above, printed after it, a column's label and the next
    headline, wrapped in a narrow strip), a dash line is the subtitle, not
    a sentence the lines above run into."""
    a = ("通知还明确，职工可提取住房公积金用于支付购房首付款，在本市租房的职工每年提取额度由一点八万元提高到二点四万元。"
         "这是榕湄今年第二次优化住房公积金政策。")
    b = ("“没想到房子还背着贷款，也能直接过户，前后只跑了一趟。”三月中旬，市民鲍先生在不动产登记中心办完了二手房的交易手续，"
         "带押过户为他省下了一笔过桥费用。")
    text = (f"本报3月26日讯（记者　卢川）{_column(a, 15)}\n\n榕湄调整住房公积金\n贷款政策\n楼市观察\n榕湄二手房“带押\n过户”全面推开\n"
            f"——平均办理时间缩短至1个工作日\n记者　温以宁\n\n{_column(b, 15)}\n")
    recs = articles(split(text))
    second = next(r for r in recs if "鲍先生" in r.text)
    assert second.title == "榕湄二手房“带押过户”全面推开" and second.subtitle == "——平均办理时间缩短至1个工作日"


def test_a_headline_after_a_digest_labels_first_item_is_its_next_item_not_the_articles_crosshead():
    """"外贸快讯" over a short item, set after an article with crossheads:
    the headline after the item is the strip's next item, not a crosshead
    of the article the strip follows (as one after a box would be)."""
    lead = ("鹤浦海关日前发布数据，今年一季度，鹤浦市货物贸易进出口总值六百一十二亿元，同比增长百分之九点一，外贸企业订单饱满。"
            "从商品结构看，电动汽车、锂电池、光伏产品合计出口六十八亿元，同比增长三成以上。")
    part = ("从市场看，鹤浦对东盟、中东、拉美等新兴市场进出口分别增长一成以上，跨境电商企业在中东、东南亚和南美加快布局海外仓。"
            "鹤浦海关有关负责人表示，将继续深化通关便利化改革，帮助外贸企业降低通关成本，稳住外贸基本盘。")
    item_1 = "4月19日，满载冷冻水产品和果蔬的鹤浦首趟中欧班列冷链专列从鹤浦国际陆港发车，货值约两千一百万元。"
    item_2 = "今年以来，鹤浦跨境电商综合试验区新增公共海外仓九个，分布在中东、东南亚和南美等地，全市公共海外仓总数达到三十七个。"
    def indented(paragraph: str) -> str:
        return "    " + _column(paragraph, 24)
    text = (f"稳规模　优结构\n本报记者　庞照影\n\n{indented(lead)}\n\n市场多元化步伐加快\n\n{indented(part)}\n\n"
            f"▲4月18日，鹤浦港集装箱码头一派繁忙景象。\n本报记者　庞照影　摄\n\n"
            f"外贸快讯\n首趟中欧班列冷链专列发车\n{indented(item_1)}\n（记者　戴听雨）\n\n跨境电商综试区新增海外仓9个\n{indented(item_2)}\n")
    recs = articles(split(text))
    assert [r.title for r in recs][-1] == "跨境电商综试区新增海外仓9个"
    assert "三十七个" not in recs[0].text


def test_a_word_set_solid_over_text_after_a_lone_commentator_signature_is_no_name():
    """"本报评论员" signs alone; the word after a blank line, set solid over
    the lines of a notice ("通知"), is the notice's label, not a name the
    role was waiting for (names set apart stand alone, each on its line)."""
    body = ("一季度鹤浦外贸交出了一份稳中有进的答卷。越是形势复杂，越要积极作为，稳外贸也需要职能部门坚定前行、持续发力。"
            "以更大的力度为企业排忧解难，鹤浦外贸就一定能在全年跑出好成绩。")
    notice = "2037年鹤浦出口商品展览会定于6月10日至12日举办，有意参展的企业请于5月10日前向市商务局外贸处报名。"
    text = f"鹤浦时评\n{_column(body, 24)}\n积极作为　坚定前行\n本报评论员\n\n通知\n{_column(notice, 24)}\n"
    recs = split(text)
    comment = next(r for r in recs if "跑出好成绩" in r.text)
    assert comment.authors == [] and "通知" not in (comment.byline or "")
    assert not any(r.authors == ["通知"] for r in recs)


def test_display_lines_set_solid_over_an_adverts_hotline_head_no_text_above_them():
    """After a short article, "漳屿能源集团 / 家庭屋顶光伏 / 免费勘察　上门安装"
    set solid over "热线：0×××-7365××××": an advert's display type, not a
    headline printed after the article's last paragraph (which it would
    cut off for itself, sharing its words)."""
    p1 = "截至6月底，漳屿全市分布式光伏累计并网装机容量达到306万千瓦，同比增长41%，其中工商业屋顶光伏占比超过六成。"
    p2 = "上半年全市分布式光伏发电量19.8亿千瓦时，相当于节约标准煤约60万吨。（记者　阮青禾）"
    text = (f"分布式光伏装机\n突破300万千瓦\n\n　　{_column(p1, 13)}\n\n　　{_column(p2, 13)}\n\n"
            "漳屿能源集团\n家庭屋顶光伏\n免费勘察　上门安装\n热线：0×××-7365××××\n")
    recs = articles(split(text))
    assert [(r.title, r.authors) for r in recs] == [("分布式光伏装机 突破300万千瓦", ["阮青禾"])]
    assert "节约标准煤" in recs[0].text


def test_a_text_shared_by_an_interview_and_a_report_headed_after_it_is_not_cut_inside_the_dialogue():
    """An interview under its headline runs on into a report whose headline
    is printed after it: the cut falls where the turns stop, never between
    a question and its answer or inside an answer."""
    intro = "雁汀精研轴承公司是一家专注于精密微型轴承的民营企业，去年入选国家级专精特新企业。近日，记者专访了公司董事长邝云深。"
    turns = ["记者：精研轴承为什么选择微型轴承这个细分领域？",
             "邝云深：微型轴承市场规模不算大，但技术门槛高。我们二十多年只做一件事，就是把这颗小珠子做精做透。",
             "记者：企业是如何保持创新能力的？",
             "邝云深：我们每年拿出销售收入的百分之八投入研发，研发人员占员工总数的四分之一。",
             "去年公司新增发明专利十七项，营业收入达到九点六亿元，同比增长百分之二十二。",
             "记者：对民营企业发展有什么期待？",
             "邝云深：这两年，融资、用地、人才引进等方面的政策支持越来越实在，我们希望继续专注主业。"]
    report = ["记者从雁汀市统计局获悉，前三季度，雁汀民营经济实现增加值二千一百亿元，同比增长百分之七点四，民营经济增加值占全市经济总量的比重达到六成以上。",
              "分行业看，民营工业增加值增长百分之八点一，民营经济增加值增长对全市经济增长的贡献率超过七成。（记者　闻听澜）"]
    text = ("企业家访谈\n做细分领域的\n“隐形冠军”\n——访雁汀精研轴承公司董事长邝云深\n本报记者　葛一苇\n\n"
            + "\n".join(_column(p, 17) for p in [intro] + turns) + "\n\n" + "\n".join(_column(p, 17) for p in report)
            + "\n前三季度雁汀民营经济\n增加值增长7.4%\n\n责任编辑：韩小宁\n")
    recs = articles(split(text))
    talk = next(r for r in recs if "隐形冠军" in r.title)
    assert "继续专注主业" in talk.text.replace("\n", "") and "统计局" not in talk.text


def test_a_headline_line_stopped_on_a_waiting_word_is_neither_kicker_nor_deck_over_its_rest():
    """"…企业融资成本有望" over "进一步下降": the upper line stops on a word
    waiting for its verb, so the line under it finishes the headline (no
    kicker above it, no deck under it), read on without a space."""
    rec = under_headline("资本市场改革持续深化　企业融资成本有望\n进一步下降")
    assert (rec.title, rec.kicker, rec.subtitle) == ("资本市场改革持续深化 企业融资成本有望进一步下降", None, None)


def test_a_stack_of_display_lines_is_not_cut_after_a_line_stopped_on_a_waiting_word():
    """A headline printed after its text ("Sora扰动网文界　IP变现成本有望" /
    "下降"), the next text right under it: its last word, though it names
    what the next text reports (figures that fell), finishes the line
    above, which waits for it; it heads no text of its own."""
    a = ("网文IP的影视化改编一直是网文产业的重要商业化路径之一。自OpenAI发布Sora后，多家网文平台表示，文生视频技术将有力助推网文IP的视频化，"
         "降低影视改编的成本。不过，AI在影视行业的应用基本上以辅助性工具为主。")
    b = ("随着产业生态的逐渐完善，我国半导体自主可控的程度进一步提高。海关数据显示，去年集成电路进口数量较上年下降百分之十点八，"
         "进口金额同比下降百分之十五点四，价格下降明显。")
    text = f"{_column(a, 22)}\n\nSora扰动网文界　IP变现成本有望\n下降\n\n{_column(b, 22)}\n"
    recs = split(text)
    assert not any(r.title == "下降" for r in recs)
    ip = next(r for r in recs if "网文IP" in r.text)
    assert ip.title == "Sora扰动网文界 IP变现成本有望下降"


def test_a_line_over_the_headline_that_the_lead_opens_with_word_for_word_is_its_kicker():
    """"精品体育赛事正在受到社会各界的高度重视" set over "体育产业呼唤赛事IP化",
    the lead opening with that very sentence: the line is drawn from the
    lead and set over the headline, not the headline's first part."""
    lead = ("精品体育赛事正在受到社会各界的高度重视。记者注意到，国家体育总局、相关体育项目协会以及多个地区正在遴选精品体育赛事案例，"
            "项目覆盖马拉松、滑雪等大众项目，以及马术、轮滑等相对小众的运动类别。")
    text = f"精品体育赛事正在受到社会各界的高度重视\n体育产业呼唤赛事IP化\n文｜周明瑶\n\n{_column('　　' + lead, 24)}\n"
    (rec,) = articles(split(text))
    assert (rec.title, rec.kicker, rec.authors) == ("体育产业呼唤赛事IP化", "精品体育赛事正在受到社会各界的高度重视", ["周明瑶"])


def test_a_line_over_the_headline_that_a_sentence_of_the_lead_repeats_is_its_kicker():
    """"中小微企业联系千家万户" over "积极作为坚定前行", the lead's second
    paragraph opening "中小微企业联系千家万户，是…": a clause of the lead
    set over the headline is its kicker."""
    lead = ["人勤春来早，机器轰鸣响，返岗生产忙。记者近日在基层采访时看到，不少中小微企业抢抓市场机遇，积极谋划经营发展。",
            "中小微企业联系千家万户，是激励创新、带动投资、促进消费的重要力量，也是稳就业的主力军。"]
    text = ("中小微企业联系千家万户\n积极作为坚定前行\n——中小微企业发展一线观察\n\n"
            + "\n".join(_column(p, 22) for p in lead) + "\n")
    (rec,) = articles(split(text))
    assert (rec.title, rec.kicker) == ("积极作为坚定前行", "中小微企业联系千家万户")


def test_a_line_over_the_headline_that_the_lead_repeats_after_its_dateline_is_its_kicker():
    """The lead's first sentence comes after its dateline's bracket
    ("…讯（记者 罗兰颖）工业软件是…，"): a line over the headline that the
    sentence repeats word for word is still the kicker drawn from it."""
    lead = ("本报广州11月18日讯（记者　罗兰颖）工业软件是现代工业制造的大脑和神经系统，它将物理世界与数字世界紧密相连，"
            "不仅极大提升了工业设计的效率，还显著降低了制造成本。")
    text = f"工业软件是现代工业制造的大脑和神经系统\n发展工业软件，助力工业强国梦\n\n{_column(lead, 22)}\n"
    (rec,) = articles(split(text))
    assert (rec.title, rec.kicker) == ("发展工业软件，助力工业强国梦", "工业软件是现代工业制造的大脑和神经系统")


def test_a_text_headed_after_it_past_an_editors_credit_keeps_its_headline_from_the_next_text():
    """'…听取意见建议。' / '（责任编辑：邱燕）' / headline and byline / the next
    article's text / its own headline and byline after it: the editor's
    credit closes the text the first headline was printed after, so that
    headline's words are weighed against that text too; the text under it,
    about another subject that only shares a phrase with it, is not cut in
    two between the two headlines."""
    first = ["作为市场化配置资源的主战场，资本市场高质量发展相关议题受到市场关注，证监会连日召开座谈会汇聚合力。",
             "证监会表示，将坚持市场化法治化方向，坚定不移深化资本市场改革，增强投资者信心，推动资本市场高质量发展。"]
    second = ["人勤春来早，返岗生产忙。记者近日在基层采访时看到，不少中小微企业积极作为，探索高质量发展之路，展现了坚定前行的信心和底气。",
              "天津一家汽车电控企业迎来了一年中最繁忙的生产季，一家法国客户一次性签了八年的订单，车间里热火朝天。",
              "在浙江，一家铝箔餐盒企业新春开工第一天就有超过九成员工到岗，企业负责人说今年一季度国内销售额预计同比增长三成。",
              "天津提供的服务不止于此。当地政府帮助企业对接外部市场资源，推荐企业参加各类展会，为企业开拓市场提供支持。",
              "有关部门发布的减税措施将延续至2027年底，进一步助力中小微企业积极作为、坚定前行，未来前景可期。"]
    third = ["交通运输部近日透露，去年全国交通固定资产投资完成3.9万亿元，新开通高速公路里程创下新高。"]
    page = "\n".join(["\n".join(_column("\u3000\u3000" + p, 30) for p in first), "（责任编辑：邱燕）",
                      "证监会汇聚合力强信心 推动资本市场高质量发展", "本报记者 罗辑 哈尔滨报道",
                      "\n".join(_column("\u3000\u3000" + p, 30) for p in second), "（下转第2版）",
                      "积极作为坚定前行", "□ 秦斌勇", "\n".join(_column("\u3000\u3000" + p, 30) for p in third),
                      "全国交通投资创历史新高", ""])
    arts = articles(split(page))
    assert [(a.title.replace(" ", ""), a.authors) for a in arts[:2]] == [
        ("证监会汇聚合力强信心推动资本市场高质量发展", ["罗辑"]), ("积极作为坚定前行", ["秦斌勇"])]
    assert arts[1].text.startswith("人勤春来早") and "天津提供的服务" in arts[1].text


@pytest.mark.parametrize("label", ["一句话新闻", "县域一句话"])
def test_a_one_sentence_news_strip_is_a_digest_whose_signed_items_stand_apart(label):
    """'一句话新闻' over '●…增长14%。' / '●…2100家。（记者　涂远舟）' / …: the
    one-sentence news strip is a digest like '简讯', its items credited one
    by one, so each bulleted item is an item of its own, not one article
    under the strip's name."""
    items = ["　　●埕阳至南岭高速公路9月货\n车通行量同比增长14%。",
             "　　●市人社局发放稳岗返还资金\n3800万元，惠及企业2100家。（记\n者　涂远舟）",
             "　　●埕阳经开区新签约项目11个，\n总投资86亿元。",
             "　　●全市10月将发放第二批家电\n消费券500万元。（记者　芮知秋）"]
    page = f"{label}\n" + "\n".join(items) + "\n\n校对：鲁西桐　　美编：晏可\n"
    recs = articles(split(page))
    assert [r.text.count("●") for r in recs] == [1, 1, 1, 1]
    assert [r.authors for r in recs] == [[], ["涂远舟"], [], ["芮知秋"]]


def _solid_page(crosshead: str) -> str:
    """A page whose paragraphs are set solid and whose articles are parted
    by a blank line: kicker, headline and byline, three paragraphs, a lone
    line, two more paragraphs; then a second article under its headline
    and dateline."""
    para = "\u3000\u3000{}"
    first = ["3月上旬的滨江大地春寒未退，各地重点项目工地上却早已是一派繁忙景象，打桩船一字排开。",
             "记者从省发展改革委获悉，全省今年计划实施的重大项目已开工八成以上，开工率比去年同期明显提高，前两个月完成投资同比增长一成多，为全年稳投资打下了基础。",
             "各地在建项目加快推进，港口、铁路、水利和城市更新项目同时铺开，施工单位抢抓晴好天气，日夜两班倒赶进度，工地上的塔吊和混凝土泵车一刻不停。",
             "审批环节跑出了加速度。去年以来，全省推行串联改并联、容缺受理，用地预审、环评、能评等事项同步办理，一般工业投资的审批时间由平均126天压缩到62天。",
             "在滨江经济开发区，一个动力电池隔膜项目从签约到开工仅用了四十多天，企业负责人说这在过去不可想象。"]
    second = ["本报讯（记者 林晓岚）滨江省产业链协同发展基金日前完成设立，基金总规模50亿元，首期到位20亿元。",
              "基金将重点投向新能源汽车、新材料和高端装备等产业链上的配套中小企业，帮助企业扩大产能。"]
    return "\n".join(["2038年3月11日 星期四 第5版 经济观察", "", "扩大有效投资·项目一线行", "一季度全省重大项目开工提速",
                      "本报记者\u3000罗秋禾", *(_column(para.format(p), 36) for p in first[:3]), crosshead,
                      *(_column(para.format(p), 36) for p in first[3:]), "", "滨江设立50亿元产业链协同发展基金",
                      *(_column(para.format(p), 36) for p in second), ""])


def test_a_lone_line_set_solid_inside_a_text_on_a_page_that_parts_articles_by_blank_lines_is_a_crosshead():
    """'审批提速：从“串联”到“并联”' between two paragraphs, no blank line on
    either side, on a page that sets its paragraphs solid and puts a blank
    line over every headline that surely opens an article: the line opens a
    part of the text its headline group heads, whatever its words share."""
    arts = articles(split(_solid_page("审批提速：从“串联”到“并联”")))
    assert [a.title for a in arts] == ["一季度全省重大项目开工提速", "滨江设立50亿元产业链协同发展基金"]
    assert "动力电池隔膜项目" in arts[0].text and arts[0].authors == ["罗秋禾"]


def test_a_line_right_over_a_tables_head_row_is_the_tables_title_whatever_its_words():
    """'1—2月全省主要经济指标' set solid over '指标　绝对值　同比增长（%）' and
    rows of figures, inside a report: a short unpunctuated line right over
    the head row of a table is that table's title (no unit line under it,
    no word like 情况 or 数据 in it), not a headline heading the report's
    rest."""
    page = "\n".join([
        "1—2月全省规上工业增加值增长7.2%", "本报记者\u3000施雯",
        "\u3000\u3000省统计局10日发布数据，1—2月，全省规模以上工业增加值同比增长7.2%，增速比",
        "去年全年加快0.9个百分点。全省40个工业大类行业中，有31个行业增加值实现增长。",
        "1—2月全省主要经济指标",
        "指标\u3000\u3000\u3000\u3000\u3000\u3000绝对值\u3000\u3000\u3000\u3000同比增长（%）",
        "规上工业增加值\u3000\u3000\u3000\u3000—\u3000\u3000\u3000\u30007.2",
        "固定资产投资\u3000\u3000\u3000\u30002986亿元\u3000\u3000\u30009.8",
        "社会消费品零售总额\u3000\u3000\u30003412亿元\u3000\u3000\u30006.1",
        "进出口总额\u3000\u3000\u3000\u3000\u30001275亿元\u3000\u3000\u30008.4",
        "数据来源：省统计局",
        "\u3000\u3000从产品看，新能源汽车、工业机器人、集成电路产量分别增长38.6%、24.1%和19.7%。",
        "消费市场平稳回升，春节假期全省重点商贸企业销售额增长9.3%，餐饮收入增长12.6%。",
        "\u3000\u3000省统计局新闻发言人表示，开年以来全省经济运行延续恢复向好态势，但外需不",
        "确定因素仍然较多，部分中小企业经营压力较大，巩固回升基础仍需持续用力。", ""])
    arts = articles(split(page))
    assert [a.title for a in arts] == ["1—2月全省规上工业增加值增长7.2%"]
    assert "从产品看" in arts[0].text and arts[0].authors == ["施雯"]


def test_a_quoted_crosshead_is_set_as_long_as_its_sibling_counting_words_not_quotation_marks():
    """'良种良法配套' … '“稻米+”链条延伸': the second line, its quotation marks
    left out, is as long as the crosshead the text already holds, so it is
    the report's next crosshead even where the parts it parts share next to
    no words (growing rice, then selling it)."""
    page = "\n".join([
        "澧南水稻亩产再创新高", "", "——澧南县水稻产业发展见闻", "本报记者\u3000易禾",
        "\u3000\u3000金秋九月，澧南县万亩水稻示范片里稻浪翻滚。由省农科院专家组成的测产组对示范片",
        "进行实割测产，平均亩产达到756.3公斤，再创全县水稻单产新高。", "", "良种良法配套", "",
        "\u3000\u3000“今年我们推广的是抗倒伏、耐高温的新品种，再加上测土配方施肥、无人机飞防，亩产",
        "自然就上去了。”县农技站站长说。全县今年水稻良种覆盖率达到98%，机插秧面积提高到76%。",
        "▲澧南县九渡镇的稻田里，收割机正在抢收。\u3000\u3000本报记者\u3000易禾\u3000摄", "",
        "“稻米+”链条延伸",
        "\u3000\u3000卖出好价钱才是关键。近年来，当地培育大米加工企业32家，打造区域公用品牌，品牌",
        "售价比普通大米每公斤高出2元以上。县里还发展稻虾共作等综合种养模式18.6万亩。", ""])
    arts = articles(split(page))
    assert [a.title for a in arts] == ["澧南水稻亩产再创新高"] and "品牌" in arts[0].text


def test_a_price_table_of_item_unit_and_price_rows_stays_inside_its_report():
    """'品种　单位　价格（元）' / '尿素　吨　2180' / … / '油菜种子　公斤　68': rows
    of an item, its unit and one price are a table's (one figure a row),
    its last row too though it reads like a contents entry; the report
    goes on after it and is no contents."""
    page = "\n".join([
        "秋种农资供应充足价格总体平稳", "本报记者\u3000言诺", "",
        "\u3000\u3000秋种在即，记者走访多个农资市场了解到，目前化肥、种子、农药等农资货源充",
        "足，价格总体平稳，部分品种价格较去年同期略有回落。",
        "本周主要农资零售价格",
        "品种\u3000\u3000\u3000\u3000\u3000\u3000单位\u3000\u3000价格（元）",
        "尿素\u3000\u3000\u3000\u3000\u3000\u3000吨\u3000\u3000\u30002180",
        "复合肥（45%）\u3000 吨\u3000\u3000\u30002950",
        "小麦种子\u3000\u3000\u3000\u3000公斤\u3000\u30006.8",
        "油菜种子\u3000\u3000\u3000\u3000公斤\u3000\u300068", "",
        "\u3000\u3000县市场监管局提醒，农民购买农资要到证照齐全的正规门店，索要并保存好购货凭",
        "证，发现假冒伪劣农资可拨打12315投诉举报。", ""])
    arts = articles(split(page))
    assert [(a.title, a.authors) for a in arts] == [("秋种农资供应充足价格总体平稳", ["言诺"])]
    assert "投诉举报" in arts[0].text


def test_a_price_list_of_names_and_prices_with_their_units_is_a_table_inside_the_report():
    """'猪肉（精瘦肉）　29.5元/公斤' / '鸡蛋　10.8元/公斤' / …: short lines of a
    name and a price with its unit are a price list's rows, under its
    title, not a headline group; the paragraph after them is the same
    report's."""
    page = "\n".join([
        "猪肉蔬菜价格平稳\u3000鸡蛋小幅上涨", "", "记者\u3000万宁", "",
        "  据市发展改革委价格监测，本周城区农副产品价格总体平稳，猪肉、蔬菜价格与上周基本",
        "持平，鸡蛋价格小幅上涨。", "本周城区农贸市场部分商品零售均价",
        "猪肉（精瘦肉）\u300029.5元/公斤", "鸡蛋\u3000\u3000\u3000\u3000\u3000\u300010.8元/公斤",
        "大白菜\u3000\u3000\u3000\u3000\u30002.4元/公斤", "西红柿\u3000\u3000\u3000\u3000\u30007.6元/公斤",
        "草鱼\u3000\u3000\u3000\u3000\u3000\u300017.0元/公斤", "",
        "  监测人员分析，近期气温下降，部分蔬菜生长放缓，但本地储备蔬菜和外地调入量充足，",
        "预计年底前蔬菜价格不会出现大幅波动。", ""])
    arts = articles(split(page))
    assert [(a.title.replace(" ", ""), a.authors) for a in arts] == [("猪肉蔬菜价格平稳鸡蛋小幅上涨", ["万宁"])]
    assert "大幅波动" in arts[0].text


def test_a_full_headline_group_at_the_foot_of_the_page_heads_the_text_above_it_whatever_its_words():
    """An interview under its headline, then texts whose headline groups
    are printed after them, the last group (headline and byline) right
    over the page's footer: nothing under it
    for it to head, so it heads the text above it even when it repeats few
    of that text's words, and the group before it keeps its own text."""
    first = ["一年一度的全国两会于3月4日正式拉开帷幕，今年经济发展的一系列目标将在这一重大会议中揭晓。",
             "受访专家认为，预计今年国内生产总值增速目标或将设定在5%左右，新质生产力等议题备受关注。"]
    second = ["日内瓦国际车展在阔别四年后再度回归，在不少欧洲本土车企缺席的情形下，积极参展的品牌成为焦点。",
              "2月26日，车展拉开帷幕，多家企业联袂亮相，带来包括混动车型在内的10款智能电动新车。"]
    talk = ["“在创新这块儿，尤其是AI领域，整个通信产业链的企业都越来越重视AI创新。”中兴通讯副总裁说。",
            "中兴通讯副总裁表示，AI创新需要通信产业协作，5G在通信产业的价值仍在释放，产业协作的空间很大。"]
    page = "\n".join(["对话中兴通讯副总裁：AI创新需要产业协作", "", "\n".join(_column("    " + p, 24) for p in talk),
                      "\n".join(_column("    " + p, 24) for p in first), "（责任编辑：孔佳）",
                      "2024年GDP增速目标或设定为5%左右　新质生产力", "备受关注", "本报记者 谭志娟 济南报道", "",
                      "\n".join(_column("    " + p, 24) for p in second),
                      "高科技加持全球智能网联赛道  中国车企奏响出海“多", "重奏”", "本报记者 黄峰颖 毛红 武汉报道", "",
                      "欢迎订阅 全年定价360元", "2023年5月10日 星期三 公司 第12版", ""])
    arts = articles(split(page))
    assert [(a.title.replace(" ", "")[:8], a.text[:6]) for a in arts] == [
        ("对话中兴通讯副总", "“在创新这块"), ("2024年GDP", "一年一度的全"), ("高科技加持全球智", "日内瓦国际车")]
    assert arts[2].authors == ["黄峰颖", "毛红"]


def test_a_line_closing_no_sentence_over_an_indented_paragraph_is_no_rest_of_the_open_text_above():
    """'…大模型的上半场是知识工' (cut at the column's edge) / blank /
    '金融活水灌溉“科技之树”浦发银行靠前发力' / '　　从初创期的幼苗，…': the
    line fills the column but closes no sentence, and an indented paragraph
    follows, so it cannot be the open paragraph's last line: it is display
    type, the headline of the text under it."""
    above = ["二〇二三年，国产大模型密集面市，一度被业界冠以百模大战之称。业内人士认为，当前人工智能正在从昂贵走向低成本，最终将成为每个人都用得起的设施和终端。大模型的上半场是知识工"]
    below = ["从初创期的幼苗，到长成枝繁叶茂的参天大树，科技型企业的成长离不开金融春雨的润泽和呵护。",
             "近年来，浦发银行围绕科技型企业全生命周期的金融需求，推出专属产品体系，科技贷款余额持续增长。"]
    page = "\n".join(["中美AI差距在拉大？听听从业者怎么说", "本报记者\u3000李静", "",
                      *(_column("\u3000\u3000" + p, 21) for p in above), "", "金融活水灌溉“科技之树”浦发银行靠前发力",
                      *(_column("\u3000\u3000" + p, 21) for p in below), ""])
    arts = articles(split(page))
    assert [a.title for a in arts] == ["中美AI差距在拉大？听听从业者怎么说", "金融活水灌溉“科技之树”浦发银行靠前发力"]
    assert arts[1].text.startswith("从初创期的幼苗")


def test_a_flush_line_ending_on_a_colon_over_a_display_line_is_the_headlines_first_half():
    """'…起到了推动作用。' / '绿色保险竞逐“下半场”:' / '突破口在何处?' /
    '　　“…”': on a page that indents its paragraphs, the flush-left line
    after a closed paragraph that ends on a colon, set solid over a display
    line, opens the next article's headline; it is no lead-in of the text
    above."""
    above = ["2023年以来，多家保险公司自主创新科技成果颇丰，特别是在大数据、云计算等技术领域取得了较大突破。",
             "多家公司推出的智能外呼助手和实时数据中台等，对于保险大模型的应用落地起到了推动作用。"]
    below = ["“我最大的感受就是，行业对科技创新特别重视。”一位保险公司负责人说，下一步要把技术用在服务上。",
             "业内人士认为，保险科技的下半场，比拼的是技术与业务的深度融合，而不只是投入的多少。"]
    page = "\n".join(["险企加码科技投入", "本报记者\u3000李静", "", *(_column("\u3000\u3000" + p, 18) for p in above),
                      "绿色保险竞逐“下半场”:", "突破口在何处?", *(_column("\u3000\u3000" + p, 18) for p in below), ""])
    arts = articles(split(page))
    assert [a.title.replace(" ", "") for a in arts] == ["险企加码科技投入", "绿色保险竞逐“下半场”:突破口在何处?"]
    assert arts[0].text.endswith("起到了推动作用。")


def test_an_official_acts_title_over_its_number_is_no_crosshead():
    # a notice printed in full after a meeting's report: "（第5号）" under its
    # title marks an act of government, whatever the two texts share
    page = ("市政府常务会议研究部署营商环境工作\n\n"
            "　会议指出，要持续优化营商环境，推\n动涉企行政检查规范化，减少对企业正\n常生产经营的干扰，让企业安心发展。\n\n"
            "　会议要求，各级各部门主要负责同\n志要亲自抓优化营商环境工作，建立\n领导联系重点企业制度，及时帮助企\n业解决实际困难。\n\n"
            "柳 岸 市 人 民 政 府 通 告\n　　　　　（第5号）\n\n"
            "　为进一步优化营商环境，规范涉企\n行政检查行为，市人民政府决定在全\n市推行涉企行政检查“扫码入企”制\n度。现将有关事项通告如下：\n\n"
            "　一、各级行政执法部门对企业开展\n行政检查，应当通过扫码登记检查事\n项，未经登记不得入企检查。\n\n"
            "　二、企业可通过热线反映检查中的\n问题，有关部门应当及时核实处理。\n特此通告。\n")
    recs = articles(split(page))
    assert [r.title.replace("（第5号）", "") for r in recs] == ["市政府常务会议研究部署营商环境工作", "柳岸市人民政府通告"]


def test_briefs_under_a_boxs_label_each_keep_their_headline():
    # a box "证券违法处罚摘要" of briefs, each under a one-line headline about
    # as long as the others and a paragraph of text: no crossheads, though
    # the briefs share their subject with each other and the report above
    page = ("多部门联合整治证券违法违规行为\n本报记者　陆知秋\n"
            "  记者从证券监管部门获悉，今年前5个月，证券监管系统共作出行政处罚\n决定一百多件，罚没款合计三十多亿元，同比分别增长两成和三成。\n"
            "  从案件类型看，信息披露违法仍是查处重点，内幕交易和操纵市场\n案件也有所增加，中介机构未勤勉尽责被一并追责。\n"
            "证券违法处罚摘要\n"
            "某科技公司虚增营业收入被罚九百万元\n"
            "  证监局近日对某科技股份有限公司作出行政处罚决定。经查，该公司\n通过虚构销售业务虚增营业收入，对时任董事长处以罚款。\n"
            "利用内幕信息交易某股票被罚没二百余万元\n"
            "  经查，时任某化工公司董事的亲属在知悉重大资产重组的内幕信息\n后买入该公司股票，证监局没收其违法所得并处以罚款。\n"
            "一家会计师事务所审计未勤勉尽责被罚\n"
            "  该会计师事务所在为某科技公司提供年报审计服务时，未执行必要\n的函证程序，证监局没收其业务收入并处以罚款。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["多部门联合整治证券违法违规行为", "某科技公司虚增营业收入被罚九百万元",
                                       "利用内幕信息交易某股票被罚没二百余万元", "一家会计师事务所审计未勤勉尽责被罚"]


def test_a_standfirst_over_a_credits_line_goes_with_the_headline_above():
    # a magazine's opening: headline, a standfirst sharing no word with it,
    # the credits line, the editor's line, then the story
    page = ("专题报道\n\n一座小城的远航梦\n\n"
            "从贴牌加工到自建品牌走向世界，\n这个地方用了整整五年。它的做法\n能否被别处借鉴？\n\n"
            "文｜本刊记者　秦望舒\n编辑｜柯蓝\n\n"
            "　　清晨六点，产业园的直播间已经\n亮起灯光。运营主管对着镜头，用英语\n介绍一款折叠露营椅。\n\n"
            "　　“一场直播能成交好几百单。”她说。\n五年前，她所在的公司还只做代工，\n如今自有品牌卖到了四十多个国家。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("一座小城的远航梦", ["秦望舒"])]


def test_a_papers_name_over_its_date_line_read_last_is_the_header():
    # extraction read the page's header after the last story, whose
    # headline is printed after its text: the paper's name is no headline line
    page = ("  记者从人民银行分行获悉，一季度全市新增小微企业首贷户\n2860户，同比增长23%，首贷金额31.4亿元。\n"
            "  今年以来，辖内银行持续开展“首贷服务进园区”行动，深入园区、\n商圈走访企业1.8万家。（记者　钟小满）\n"
            "小微企业首贷户增长23%\n\n"
            "岚江都市报\n2036年4月16日 星期三\nA08　经济\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["小微企业首贷户增长23%"]


def test_a_quotation_over_its_speaker_is_no_standfirst():
    # a box of sayings under its label: each quotation over "——who said it"
    page = ("  全年新增装机规模创下新高，企业订单排到了明年三季度。\n（记者　柯一苇）\n\n"
            "观点集萃\n"
            "“储能行业比拼的不再是价格，而是谁能活得更久。”\n"
            "——某储能科技公司海外事业部负责人　严青\n"
            "“县城消费的潜力，藏在老百姓的日常需要里。”\n"
            "——某大学商学院教授　谷雨\n"
            "“数据跑在屏幕上没有用，要跑进决策里。”\n"
            "——某管理咨询公司合伙人　钱之\n")
    assert [r.title for r in articles(split(page)) if "集萃" in r.title] == []


def test_contents_under_a_two_language_heading_set_apart_stay_contents():
    # "目录　CONTENTS", a blank line, then entries numbered before their
    # titles, section labels among them: the contents, up to the blank line;
    # the editor's letter after it keeps its own headline
    page = ("经纬周刊\n2037年1月上　总第88期\n\n目录　CONTENTS\n\n"
            "卷首语\n04　稳字当头再出发\n封面故事\n10　县域经济的新答卷\n18　一座小城的品牌突围　本刊记者　邹远\n"
            "人物\n46　把小五金做成大产业\n专栏\n54　利率下行时的家庭理财　谢观澜\n\n"
            "卷首语\n\n稳字当头再出发\n"
            "　　新年伊始，照例要说几句展望的话。外部需求会不会继续走弱？\n消费复苏的势头能否延续？这些问题，我们和读者一样关心。\n"
            "　　但有一点是确定的：越是环境复杂，越要把自己的事情做好。\n这一期，我们走进十几家中小企业，记录他们的应对之道。\n"
            "　　有的企业把订单从海外转向国内，有的把产品从代工做成品牌，\n有的把车间搬进了数字工厂。他们的故事未必惊天动地，却实实在在。\n"
            "　　新的一年，本刊将继续关注这些在不确定中寻找确定的人们，\n也期待读者朋友把身边的故事告诉我们。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["稳字当头再出发"]


def test_an_end_mark_after_the_last_sentence_closes_the_article():
    # "…就一直开下去。■": the mark a magazine sets after an article's last
    # sentence; the short line after it heads the next piece
    page = ("裁缝铺里的三十年\n文／本刊记者　许知秋\n"
            "　　清晨六点，老街尽头的裁缝铺就亮了灯。钟巧云戴上老花镜，\n把一块藏青色的布料铺在案板上，用划粉细细描出线条。\n"
            "　　三十年里，街上的店铺换了一茬又一茬，她的铺子一直都在。\n夜深了，钟巧云还在踩着缝纫机。她说，只要还踩得动，就一直开下去。■\n"
            "夜市摊主的账本\n"
            "　　晚上八点，青石街上人头攒动，烤串的烟火和糖画的香甜交织在\n一起。摊主老周翻开账本，今年的营业额比去年多了两成。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["裁缝铺里的三十年", "夜市摊主的账本"]


def test_a_column_label_over_its_english_name_labels_the_headline_under_it():
    # "卷　首　语" / "EDITOR'S NOTE" / "稳字当头再出发": the column's label in
    # two languages over the editor's headline
    page = ("3　经纬周刊\n\n卷　首　语\nEDITOR'S NOTE\n稳字当头再出发\n\n"
            "　　新年伊始，照例要说几句展望的话。外部需求会不会继续走弱？消费\n复苏的势头能否延续？这些问题，我们和读者一样关心。\n"
            "　　但有一点是确定的：越是环境复杂，越要把自己的事情做好。这一期，\n我们走进十几家中小企业，记录他们的应对之道。\n"
            "　　有的企业把订单从海外转向国内，有的把产品从代工做成品牌，有的把\n车间搬进了数字工厂。他们的故事未必惊天动地，却实实在在。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["稳字当头再出发"]


def test_a_cartoon_between_paragraphs_is_no_headline():
    # "漫画：《…》" / "X　作": a cartoon printed inside a commentary; the
    # paragraphs after it go on with the commentary
    page = ("让小微企业少跑腿\n\n石青岚\n\n"
            "　　办一张营业执照要跑几趟？过去，这个问题难倒过不少小老板。如今\n“一网通办”推开，多数事项网上就能办完。\n\n"
            "　　可也有店主反映，线上材料一改再改，审核标准说法不一，\n跑腿少了，操心却没少。\n\n"
            "漫画：《一改再改》\n邝小禾　作\n\n"
            "　　便民不能只在流程图上。把标准讲清楚、把材料减下来，让小微企业\n真正省时省心，改革才算落了地。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["让小微企业少跑腿"]
    assert "改革才算落了地" in recs[0].text


def test_a_digest_item_headline_set_solid_over_its_text_opens_the_next_item():
    # two bulleted items in a narrow column: the first headline set apart,
    # the second, nearly as wide as the column, run solid into its text;
    # each bulleted line heads its own item
    page = ("法治快讯\n\n●全市法院涉企执行案件平均用时缩短9\n天\n\n"
            "本报讯（通讯员　严小秋）今年以来，\n全市法院执结涉企案件8600件，平均\n执行用时52天，比去年同期缩短9天。\n"
            "全市法院还开通涉企执行“快车道”，\n对小额案件实行快立快执快结。\n\n"
            "●首家破产事务服务中心在高新区挂牌\n8月12日，全市首家破产事务服务中心\n在高新区挂牌，由法院、税务部门和\n"
            "银行派员入驻，为困境企业提供重整\n咨询服务。（记者　舒一帆）\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["全市法院涉企执行案件平均用时缩短9天", "首家破产事务服务中心在高新区挂牌"]


def test_an_interviewers_repeated_name_before_a_colon_is_no_run_in_headline():
    # "远方财经周刊：…？" opening every question: the magazine asks, no digest
    # item's title run into its text
    page = ("对话企业家\n\n蔺远舟：出海先要练好内功\n\n文｜本刊记者　谭小鱼\n\n"
            "　　远方财经周刊：今年贵公司的海外订单增长了多少，主要来自哪些市场？\n\n"
            "　　蔺远舟：增长了四成左右，东南亚和中东贡献最多，欧洲市场也在恢复。\n\n"
            "　　远方财经周刊：海外建厂的计划推进到哪一步了，会优先考虑哪里？\n\n"
            "　　蔺远舟：第一座工厂明年投产，选址在东南亚，离客户更近一些。\n\n"
            "　　远方财经周刊：您怎么看当前的汇率波动，企业应该怎样应对？\n\n"
            "　　蔺远舟：我们用远期结汇锁定大部分敞口，不去赌汇率的方向。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["蔺远舟：出海先要练好内功"]
    questions = [p.text for p in recs[0].paragraphs if p.text.endswith("？")]
    assert len(questions) == 3 and all(q.startswith("远方财经周刊：") for q in questions)


def test_a_magazine_and_column_name_with_its_english_is_a_running_header():
    page = ("远方财经｜对话 DIALOGUE\n\n蔺远舟：出海先要练好内功\n\n文｜本刊记者　谭小鱼\n\n"
            "　　今年以来，蔺远舟的行程表排得满满当当，一半时间在海外。\n他说，出海不是把货卖出去就完了，要先把内功练好。\n\n"
            "　　这家做小家电起家的企业，海外收入已占四成。记者在总部见到了他。\n")
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("蔺远舟：出海先要练好内功", None)]


def test_a_persons_name_and_colon_set_solid_over_a_line_is_the_headlines_first_line():
    page = ("蔺远舟：\n出海先要练好内功\n\n文｜本刊记者　谭小鱼\n\n"
            "　　今年以来，蔺远舟的行程表排得满满当当，一半时间在海外。\n他说，出海不是把货卖出去就完了，要先把内功练好。\n\n"
            "　　这家做小家电起家的企业，海外收入已占四成。记者在总部见到了他。\n")
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("蔺远舟：出海先要练好内功", None)]


def test_a_signature_in_brackets_over_a_price_box_signs_the_text_above():
    # "…越织越密。" / "（谷小满）" / blank / a box of prices: the bracketed
    # name signs the piece; it is no head of the table under it
    page = ("记者手记\n算清种菜的“明白账”\n"
            "　　走访中，菜农们都说今年的菜价稳中有降，可化肥、人工\n都在涨，一亩大棚的收益并不宽裕。\n"
            "　　让菜农多挣钱，要在品种和品牌上下功夫，把好菜卖出\n好价钱，这本“明白账”才能越算越明白。\n"
            "（谷小满）\n\n"
            "本周蔬菜批发价格\n（元/公斤）\n大白菜　1.40\n白萝卜　1.10\n青椒　　4.60\n番茄　　5.00\n\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("算清种菜的“明白账”", ["谷小满"])]


def test_a_name_under_a_headline_that_signs_the_text_again_is_its_byline():
    # "父亲的存折" / "岑远" / text … "　　　　　岑远": the writer's name under
    # the headline and set flush right at the end
    page = ("父亲的存折\n岑远\n"
            "　　父亲有一本存折，用塑料袋包着，压在衣柜最底层。每到月\n底，他都要去银行把工资存进去，再一笔一笔对着存折核一遍。\n"
            "　　如今父亲也学会了手机银行，可那本存折他还留着。他说，\n看得见的数字，心里才踏实。\n"
            "　　　　　　　　　　　　　　　　　　　　　　　　岑远\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("父亲的存折", ["岑远"])]


def test_speakers_posts_and_names_over_their_words_stay_in_the_roundup():
    # "代表委员说" / headline / "全国人大代表、…　NAME" over each speaker's
    # words, set as running text: one piece, each speaker a label inside it
    page = ("代表委员说\n让民营企业敢闯敢投\n"
            "全国人大代表、汀州农商银行行长　韦知远\n"
            "民营企业融资难，难在缺抵押、缺信用记录。建议扩大知识产权\n质押融资规模，让轻资产的科技企业也能贷到款。\n"
            "全国政协委员、汀州大学商学院教授　范青\n"
            "稳预期比给政策更重要。政策要保持连续性，企业才敢做三年\n五年的长远打算，把钱投到研发和设备更新上。\n"
            "全国人大代表、汀州纺织集团技术总监　沈可为\n"
            "传统产业不是夕阳产业。建议加大技改贴息力度，支持老厂房\n上马智能产线，让传统企业焕发新活力。\n"
            "（本报记者　蓝一舟　整理）\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("让民营企业敢闯敢投", ["蓝一舟"])]
    labels = [p.text for p in recs[0].paragraphs if p.heading]
    assert labels == ["全国人大代表、汀州农商银行行长 韦知远", "全国政协委员、汀州大学商学院教授 范青",
                      "全国人大代表、汀州纺织集团技术总监 沈可为"]


def test_an_unsigned_piece_closed_by_the_advert_mark_is_an_advert():
    # an advertorial set as news: unsigned, its contact line and "（广告）"
    # set solid under its last line
    page = ("岑港经开区新签约项目12个\n本报记者　贺一川\n"
            "　　6月以来，岑港经开区新签约项目12个，总投资86亿元，其中先进\n制造业项目9个。项目全部投产后，预计年产值超过120亿元。\n\n"
            "企业风采\n"
            "精工铸就品质　创新赢得未来\n"
            "　　岑港恒达精密机械有限公司创立于2010年，专注于精密轴承的研发和\n制造，产品远销二十多个国家和地区，年产各类轴承800万套。\n"
            "　　恒达精密诚邀各界朋友洽谈合作、共谋发展。\n"
            "合作热线：0×××-6812××××\n（广告）\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["岑港经开区新签约项目12个"]


def test_the_advert_label_over_the_next_advert_does_not_mark_the_brief_above():
    # "广告" as the label over an advert printed right under an unsigned
    # brief: the brief stays news
    page = ("环球速览\n\n"
            "　【萨隆】萨隆央行8日宣布下调基准利率0.25个百分点，这是该行\n年内第二次降息，以支持疲软的国内消费和投资。\n\n"
            "　【北陆】北陆联邦统计局9日公布，该国10月工业产出同比增长2.1%，\n增速连续三个月回升，制造业订单明显改善。\n"
            "广告\n海屿国际旅行社\n南洋群岛十日游　每人6980元起\n咨询电话：0×××-8866××××\n")
    recs = articles(split(page))
    assert [r.text[:4] for r in recs] == ["【萨隆】", "【北陆】"]


def test_a_writer_signing_again_under_the_text_closes_that_text():
    # "苗青禾" under the headline and again flush right under the last
    # sentence: the signature is the same writer's, no piece of its own
    page = ("营商环境要让企业说了算\n\n苗青禾\n\n"
            "　　评价营商环境，不能只看出台了多少文件，更要看企业的真实感受。\n一家企业办一次事顺不顺，往往比一组数据更能说明问题。\n\n"
            "　　把企业当作“考官”，多听企业说真话，才能让企业安心发展。\n"
            "　　　　　　　　　　　　　　　　　　　　　　　　苗青禾\n\n"
            "来论\n\n小店经济也要守规矩\n\n◎ 柴一野\n\n"
            "　　街角的早餐铺、巷子里的修鞋摊，小店虽小，却连着就业和民生。\n占道经营、油烟扰民等问题也要管住，烟火气和规矩可以兼得。\n")
    recs = split(page)
    assert [(r.title, r.authors) for r in recs if r.kind in ("article", "commentary")] == [
        ("营商环境要让企业说了算", ["苗青禾"]), ("小店经济也要守规矩", ["柴一野"])]
    assert not [r for r in recs if r.kind == "other" and "苗青禾" in r.text]


def test_a_dashed_name_with_the_post_in_brackets_signs_the_view_above():
    # "——晏清和（…学院院长）" under a closed sentence: the writer of the short
    # view above; the next view's headline follows
    page = ("观点\n数字乡村建设要防止“重建轻用”\n"
            "一些地方数字乡村平台建起来后点击量寥寥，信息更新停留在一两年前。\n数字乡村建设不能只比投入多少，更要看农民用不用、用得好不好。\n"
            "——宁远山（汀州农业大学经济管理学院院长）\n"
            "让“小切口”撬动基层治理“大变化”\n"
            "基层治理千头万绪，最忌大而化之。从一个停车位、一部电梯入手，\n把群众身边的小事办实办好，基层治理的大文章才能越写越精彩。\n"
            "——沈南星（汀州省社会科学院社会学研究所研究员）\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("数字乡村建设要防止“重建轻用”", ["宁远山"]),
                                                    ("让“小切口”撬动基层治理“大变化”", ["沈南星"])]


def test_an_editors_note_whose_one_paragraph_is_two_units_is_no_article():
    # a column's label over "编者按　…", the note's sentence run over its
    # lines: the note, no article; the essay under it keeps its headline
    page = ("汀州日报\n2037年11月14日 星期二　第7版\n\n"
            "学习贯彻省第十五次党代会精神\n"
            "　　编者按　省第十四次党代会擘画了汀州未来五年的发展\n蓝图。本版今起开设专栏，邀请专家学者撰写理论文章，\n敬请关注。\n\n"
            "以县域经济高质量发展夯实共同富裕基础\n作者：温敬亭\n"
            "　　县域是城乡融合发展的关键纽带，也是推进共同富裕的重要单元。全省\n62个县（市）常住人口占全省的六成以上，县域生产总值占全省近一半。\n"
            "　　县域发展归根到底要靠产业。要立足资源禀赋，做强一县一业，引导\n城市产业链向县域梯度转移，让农民就近就业、就地增收。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["以县域经济高质量发展夯实共同富裕基础"]


def test_a_campaign_label_over_a_headline_is_no_part_of_it():
    # (set solid, as a page read with its blank lines taken out)
    page = ("学习贯彻省委十二届七次全会精神\n用好红色资源赓续精神血脉\n尉青　房晓\n"
            "　　汀阳是革命老区，红色资源星罗棋布。用好这些资源，要把保护放在\n第一位，把红色遗址的修缮纳入城市更新规划。\n\n"
            "　　用好红色资源，还要讲好红色故事，让红色文化走进课堂、走进社区。\n")
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("用好红色资源赓续精神血脉", "学习贯彻省委十二届七次全会精神")]


def test_authors_with_their_institutions_in_brackets_under_a_subtitle_are_the_byline():
    page = ("以科技金融赋能新质生产力发展\n——兼论科技型中小企业融资难题的破解路径\n"
            "霍青山（汀江财经大学金融学院）　应小路（汀江省科技金融研究院）\n\n"
            "　　科技型中小企业是培育新质生产力的生力军，但轻资产、高风险的特点，\n使其难以获得传统信贷支持。截至去年末，科技型中小企业贷款余额\n"
            "2140亿元，仅占全部企业贷款的6.3%。\n"
            "　　破解融资难题，关键是构建与科技创新规律相适应的金融服务体系。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("以科技金融赋能新质生产力发展", ["霍青山", "应小路"])]


def test_the_papers_desk_set_flush_right_signs_the_piece_above():
    # "本报理论部" set flush right under the last answer: the desk signs the
    # Q&A; the next headline opens a piece of its own
    page = ("理论热点面对面\n怎样理解“新质生产力”？\n\n"
            "　　问：新质生产力“新”在哪里？\n　　答：它以科技创新为主导，摆脱了传统\n增长方式，具有高科技、高效能、高质量特征。\n"
            "　　问：普通劳动者能做些什么？\n　　答：不断学习新知识、掌握新技能，在岗\n位上用好新技术，就是为发展新质生产力出力。\n"
            "　　　　　　　　　　　　　　本报理论部\n"
            "基层治理贵在“接地气”\n青崖学院　晁小川\n"
            "　　治理好不好，要到群众中去找答案。走进楼道院落，听听居民的家长里\n短，许多问题就有了解决的办法。干部多下沉一步，群众就多一分信任。\n")
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("怎样理解“新质生产力”？", "理论热点面对面"), ("基层治理贵在“接地气”", None)]


def test_a_short_last_paragraph_after_a_blank_line_stays_with_its_commentary():
    # "…不搞“千城一面”。" / blank / "城市更新是一项长期工程，…": the
    # commentary's last paragraph, on its headline's subject, not a scrap
    # (a page of views in a narrow column, blank lines only between pieces)
    page = (
            "澄江日报\u30002037年9月21日 星期一\n"
            "评论·观点\u3000A3\n"
            "\n"
            "以“绣花功夫”答好\n"
            "城市更新这道必答题\n"
            "本报评论员\n"
            "\n"
            "\u3000城市更新不是大拆大建，而是一场需要耐心和细\n"
            "心的“微手术”。日前召开的全市城市更新工作推\n"
            "进会提出，今年将完成120个老旧小区改造，惠及\n"
            "居民4万户。\n"
            "\u3000答好这道必答题，要把群众满意作为第一标准。\n"
            "改什么、怎么改、先改哪里，都应该问计于民，让\n"
            "居民从“旁观者”变成“参与者”。要坚持留改拆\n"
            "并举，保护好老街巷的烟火气和历史文脉，不搞\n"
            "“千城一面”。\n"
            "\n"
            "\u3000城市更新是一项长期工程，既要只争朝夕，也要\n"
            "久久为功。以“绣花功夫”精耕细作，澄江这座老\n"
            "城必将焕发新的活力。\n"
            "\n"
            "观点集萃\n"
            "◇“一老一小”是最大的民生\n"
            "\u3000养老托育服务连着千家万户。建议把社区嵌入式\n"
            "养老托育设施纳入城市更新规划同步建设，用好闲\n"
            "置校舍、厂房等存量资源，让老人在家门口养老、\n"
            "孩子在家门口入托。\n"
            "（作者为澄江师范学院社会工作系教授\u3000甘小棠）\n"
            "\n"
            "◇文旅融合要讲好“本地故事”\n"
            "\u3000游客来澄江，不是为了看一条和别处一样的网红\n"
            "街。要深挖码头文化、老字号和非遗资源，让文旅\n"
            "产品带着本地的味道和温度。\n"
            "（作者为澄江市社会科学院研究员\u3000祁小霜）\n"
            "\n"
            "◇夜间经济不能只靠“烟火气”\n"
            "\u3000夜间经济要从“吃吃喝喝”向文化、体育、购物\n"
            "多业态延伸，同时配套好夜间公交、停车和安全管\n"
            "理，让市民游客夜游得舒心、消费得放心。\n"
            "（作者为澄江大学商学院副教授、城市经济研究中\n"
            "心主任\u3000葛远川）\n"
            "\n"
            "\n"
            "提升基层干部“数字本领”正当其时\n"
            "邵小川（澄江市委党校副教授）\n"
            "\u3000当前，“一网通办”“一网统管”已延伸到街道\n"
            "社区，基层干部能不能用好数字工具，直接关系群\n"
            "众办事的体验。\n"
            "\u3000提高站位是前提。要把数字素养纳入干部教育培\n"
            "训的必修内容，引导基层干部从“要我学”转向\n"
            "“我要学”。\n"
            "\u3000学用结合是关键。培训不能停留在讲概念、看演\n"
            "示，要围绕群众高频办理的事项开展实操演练，做\n"
            "到学一项、会一项、用一项。\n"
            "\u3000机制保障是支撑。要精简各类政务应用和填报系\n"
            "统，防止“指尖上的形式主义”，把干部从重复填\n"
            "表中解放出来，腾出更多时间走进群众。\n"
    )
    recs = articles(split(page))
    assert [r.title.replace(" ", "") for r in recs][:2] == ["以“绣花功夫”答好城市更新这道必答题", "“一老一小”是最大的民生"]
    assert "久久为功" in recs[0].text


def test_a_view_signed_by_its_authors_note_takes_the_bulleted_line_above_as_headline():
    page = ("观点集萃\n◇“一老一小”是最大的民生\n"
            "　养老托育服务连着千家万户。建议把社区嵌入式养老托育设施纳入城市\n更新规划，让老人在家门口养老、孩子在家门口入托。\n"
            "（作者为汀川师范学院社会工作系教授　甘小棠）\n\n"
            "◇文旅融合要讲好“本地故事”\n"
            "　游客来汀川，不是为了看一条和别处一样的网红街。要深挖码头文化、\n老字号和非遗资源，让文旅产品带着本地的味道。\n"
            "（作者为汀川市社会科学院研究员　祁小霜）\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("“一老一小”是最大的民生", ["甘小棠"]), ("文旅融合要讲好“本地故事”", ["祁小霜"])]


def test_a_short_line_set_solid_under_the_lead_is_a_crosshead_where_headlines_stand_apart():
    # every article's headline after a blank line; "成交重回万亿" set solid
    # between the lead paragraph and the next: the report's crosshead
    page = (
            "澄海证券报\n"
            "A03\u3000市场·行情\n"
            "2038年11月9日 星期二\n"
            "\n"
            "澜 证 综 指 放 量 站 上 3800 点\n"
            "\n"
            "——两市成交额重回1.1万亿元，储能、券商板块领涨\n"
            "\n"
            "■本报记者\u3000祁远川\n"
            "  11月8日，A股主要指数集体收涨。截至收盘，\n"
            "澜证综指上涨1.86%，报3811.47点，时隔五个\n"
            "月重新站上3800点；澜证成指上涨2.34%，报1\n"
            "2688.15点；创新板指上涨3.02%，报2574.39\n"
            "点。\n"
            "成交重回万亿\n"
            "  两市合计成交1.12万亿元，较前一交易日放\n"
            "大2760亿元，为9月下旬以来首次重回万亿元。\n"
            "盘面上，个股普涨，两市上涨个股超过4200只，\n"
            "涨停个股86只。行业板块中，储能、券商、半\n"
            "导体设备涨幅居前，其中储能板块指数大涨5.\n"
            "7%，连续三个交易日走强；煤炭、银行等防御\n"
            "性板块小幅回调。\n"
            "表：11月8日主要指数表现\n"
            "指数\u3000\u3000\u3000收盘\u3000\u3000 涨跌幅\n"
            "澜证综指\u30003811.47\u3000+1.86%\n"
            "澜证成指\u300012688.15 +2.34%\n"
            "创新板指\u30002574.39\u3000+3.02%\n"
            "数据来源：澄海证券交易所\n"
            "  资金面上，当日主力资金净流入218亿元，\n"
            "\n"
            "为近两个月来最大单日净流入；融资余额连续\n"
            "六个交易日增加，最新报1.63万亿元。“成交\n"
            "量有效放大，说明增量资金正在入场。”一位\n"
            "公募基金经理对记者表示。\n"
            "\n"
            "后市如何看\n"
            "  对于后市，多家机构认为，三季度上市公司\n"
            "业绩整体改善，叠加稳增长政策持续发力，市\n"
            "场风险偏好有望继续回升；但短期快速上涨后，\n"
            "指数在3850点附近可能面临一定压力，投资者\n"
            "宜关注业绩确定性较高的板块，避免追高。\n"
            "\n"
            "  澄海大学金融研究院研究员杭书远认为，本\n"
            "轮反弹能否延续，取决于四季度经济数据和企\n"
            "业盈利能否进一步确认向好，“量能能否维持\n"
            "在万亿元以上是一个重要观察指标”。\n"
            "\n"
            "\n"
            "板块追踪\n"
            "储能板块三连阳：订单与估值共振\n"
            "\n"
            "岱川证券分析师\u3000蒲远帆\n"
            "  储能板块近三个交易日累计上涨14.2%，板\n"
            "块内23只个股中有19只创下年内新高。我们认\n"
            "为，此轮上涨既有基本面支撑，也有估值修复\n"
            "的因素。\n"
            "\n"
            "  从基本面看，今年前三季度国内新型储能新\n"
            "增装机同比增长58%，海外大储订单持续放量，\n"
            "板块龙头公司三季度净利润环比增长超过三成。\n"
            "从估值看，板块市盈率此前一度跌至近五年\n"
            "10%分位以下，具备修复空间。\n"
            "  风险方面，需警惕电芯价格再次下行和海外\n"
            "贸易政策变化。建议关注具备系统集成能力和\n"
            "海外渠道优势的龙头企业。\n"
            "\n"
    )
    recs = articles(split(page))
    assert [r.title for r in recs][:2] == ["澜证综指放量站上3800点", "储能板块三连阳：订单与估值共振"]


def test_a_change_measured_under_a_line_is_that_headlines_second_line():
    # "5月新房成交" / "环比增长23%" over a dashed subtitle: the measured
    # change needs what changed, so the two lines are one headline
    page = ("楼市观察\n5月棠城新房成交\n环比增长23%\n——“以旧换新”带动改善需求入市\n记者　卢晚晴\n"
            "　　记者从棠城市房地产交易中心获悉，5月全市新建商品住房网签成交\n4368套，环比增长23.1%，成交量创今年以来月度新高。\n"
            "　　从成交结构看，改善型住房成交占比达到41%，比一季度提高9个\n百分点。\n")
    recs = articles(split(page))
    assert [(r.title.replace(" ", ""), r.kicker) for r in recs] == [("5月棠城新房成交环比增长23%", None)]


def test_items_under_a_speed_read_label_are_items_not_crossheads():
    # "楼市速读" / "●…" / text / "●…" / text after an article: a digest of its own
    page = (
            "保租房“拎包入住”受青睐\u3000\u3000本报记者\u3000温小川\n"
            "\u3000\u3000在棠城高新区人才公寓项目，\n"
            "一套40平方米的一室户月租金1680\n"
            "元，比周边同类房源低约两成，空\n"
            "调、洗衣机、床和衣柜一应俱全。\n"
            "项目运营方介绍，今年3月开业以\n"
            "来，520套房源已出租九成以上，\n"
            "租户大多是周边园区的年轻职工。\n"
            "\u3000\u3000据了解，今年棠城计划筹集保\n"
            "障性租赁住房8000套（间），目前\n"
            "已开工5600套（间）。市住建局表\n"
            "示，将通过新建、改建、盘活存量\n"
            "等方式，力争三年内新增保租房\n"
            "2.5万套（间）。\n"
            "\n"
            "楼市速读\n"
            "●城北两宗宅地底价成交\n"
            "\u3000\u30006月13日，棠城市城北片区两\n"
            "宗住宅用地以底价成交，总成交价\n"
            "9.6亿元，楼面价每平方米6800元，\n"
            "竞得者均为本地国有企业。\n"
            "\n"
            "●6月首周新房网签环比增一成\n"
            "\u3000\u3000据市房地产交易中心数据，6\n"
            "月1日至7日，全市新建商品住房网\n"
            "签成交1046套，环比增长10.3%，\n"
            "其中城南新区成交占三成。\n"
            "\n"
    )
    recs = articles(split(page))
    assert [r.title for r in recs] == ["保租房“拎包入住”受青睐", "城北两宗宅地底价成交", "6月首周新房网签环比增一成"]


def test_a_text_sent_on_to_another_page_takes_no_column_after_it():
    # "…市里启动了今年首" / "次" / "（下转第6版）": the sentence goes on on page
    # 6; the next item's wrapped dateline goes on in its own column
    page = (
            "沣城日报\n"
            "2038年7月25日 星期日\n"
            "第5版\u3000能源·电力\n"
            "责任编辑：宁望舒\n"
            "\n"
            "迎\u3000峰\u3000度\u3000夏\u3000电\u3000力\n"
            "负\u3000荷\u3000创\u3000新\u3000高\n"
            "\n"
            "——最高用电负荷达1268万千瓦，电力供应平稳有序\n"
            "\n"
            "本报记者\u3000车小岚\n"
            "见习记者\u3000奚小禾\n"
            "\n"
            "\u3000\u30007月24日14时25分，沣城\n"
            "电网最高用电负荷达到1268万\n"
            "千瓦，比去年最高负荷增长\n"
            "9.3%，今年以来第三次创下历\n"
            "史新高。当日全网用电量2.61\n"
            "亿千瓦时，同样刷新纪录。\n"
            "\n"
            "\u3000\u3000持续高温是负荷攀升的主\n"
            "要原因。7月中旬以来，全市\n"
            "最高气温连续12天超过37摄氏\n"
            "度，空调负荷占到最高用电负\n"
            "\n"
            "荷的四成左右。与此同时，工\n"
            "业生产保持较快增长，全市规\n"
            "上工业企业用电量同比增长\n"
            "7.8%。\n"
            "\n"
            "▲7月24日，供电公司员工在\n"
            "城东变电站巡视设备。\n"
            "奚小禾\u3000摄\n"
            "\n"
            "\u3000\u3000面对用电高峰，沣城多措\n"
            "并举保障电力供应。今年迎峰\n"
            "度夏前，全市新投运500千伏\n"
            "变电站1座、220千伏变电站3\n"
            "座，新增变电容量210万千伏\n"
            "安；外购电通道输送能力提升\n"
            "\n"
            "至420万千瓦，比去年增加60\n"
            "万千瓦。\n"
            "\n"
            "\u3000\u3000新型储能首次成规模参与\n"
            "顶峰。在沣城储能电站集群，\n"
            "12座电化学储能电站在用电晚\n"
            "高峰同时放电，最大放电功率\n"
            "86万千瓦，相当于一座中型火\n"
            "沣城日报·能源\u30002038.7.25\n"
            "电厂的出力。“白天光伏发电\n"
            "多时充电，晚上负荷高峰时放\n"
            "电，储能正在成为电网的‘超\n"
            "\n"
            "级充电宝’。”沣城供电公司\n"
            "调度控制中心主任阎书明说。\n"
            "\n"
            "\u3000\u3000需求侧也在发挥作用。今\n"
            "年全市已有1360家工商业用户\n"
            "签订需求响应协议，可调节负\n"
            "荷达到92万千瓦。7月24日晚\n"
            "高峰时段，市里启动了今年首\n"
            "次\n"
            "（下转第6版）\n"
            "\n"
            "分布式光伏装机突破300万千\n"
            "瓦\n"
            "\n"
            "\u3000\u3000本报讯（通讯员\u3000匡小禾\n"
            "\u3000记者\u3000车小岚）截至6月底，\n"
            "\n"
            "全市分布式光伏累计装机容量\n"
            "达到312万千瓦，比去年底增\n"
            "长21%，其中工商业屋顶光伏\n"
            "占六成以上。上半年分布式光\n"
            "伏发电量18.6亿千瓦时，相当\n"
            "于节约标准煤56万吨。\n"
            "\n"
    )
    recs = articles(split(page))
    assert [(r.title.replace(" ", ""), r.lines) for r in recs] == [("迎峰度夏电力负荷创新高", (6, 63)), ("分布式光伏装机突破300万千瓦", (66, 77))]


def test_a_boxs_supplier_credit_is_no_kicker_of_the_next_headline():
    page = ("用电提示\n1.空调温度宜设置在26℃以上。\n2.错峰使用大功率电器。\n（沣城供电公司提供）\n\n"
            "“绿电”交易量同比翻番\n\n□ 本报记者　庞小渡\n\n"
            "　　今年上半年，电力交易中心组织绿色电力交易电量24.8亿千瓦时，\n同比增长112%，参与交易的用电企业达到386家。\n"
            "　　“海外客户越来越看重产品的碳足迹，用上绿电，出口订单更有\n底气。”一家光伏组件企业的负责人说。\n")
    recs = articles(split(page))
    assert [(r.title, r.kicker) for r in recs] == [("“绿电”交易量同比翻番", None)]


def test_the_bodies_running_a_page_together_are_no_headline_line():
    # "溪城市税务局　溪城日报社　合办": the page's hosts, a credit, not a kicker
    from generator.clean import clean_lines
    from generator.split.lines import EDITOR, rows_of, split_merged

    rows = rows_of(split_merged(clean_lines(["溪城市税务局　溪城日报社　合办", "政策问答", "个税年度汇算，这些问题您需要知道"])))
    assert [r.role == EDITOR for r in rows] == [True, False, False]


def test_a_boxs_label_after_a_text_is_no_headline_printed_after_it():
    # the Q&A's headline over it; "办税提示" and its lines after it are a box
    page = (
            "溪城日报\n"
            "2039年2月26日 星期六\n"
            "第8版\u3000税收·服务\n"
            "溪城市税务局\u3000溪城日报社\u3000合办\n"
            "\n"
            "政策问答\n"
            "\n"
            "2038年度个税汇算3月1日开始\n"
            "\n"
            "个税年度汇算，这些问题您需要知道\n"
            "\n"
            "    2038年度个人所得税综合所得汇算清缴将于2039年3月1日开始，\n"
            "6月30日结束。哪些人需要办理汇算？如何办理更便捷？记者就纳税\n"
            "人关心的问题采访了溪城市税务局个人所得税处有关负责人。\n"
            "\n"
            "    问：哪些人需要办理年度汇算？\n"
            "\n"
            "    答：一般来说，2038年已预缴税额大于年度应纳税额且申请退税\n"
            "的，或者综合所得收入超过12万元且需要补税金额超过400元的，需\n"
            "要办理年度汇算。因适用所得项目错误或者扣缴义务人未依法履行扣\n"
            "缴义务，造成少申报或者未申报综合所得的，也应当依法办理。\n"
            "\n"
            "    问：哪些情形可以免于办理？\n"
            "\n"
            "    答：纳税人已依法预缴个人所得税且符合下列情形之一的，无需\n"
            "办理：年度汇算需补税但综合所得收入全年不超过12万元的；年度汇\n"
            "算需补税金额不超过400元的；已预缴税额与年度应纳税额一致或者\n"
            "不申请退税的。\n"
            "\n"
            "    问：今年汇算有哪些新变化？\n"
            "\n"
            "    答：一是婴幼儿照护、子女教育两项专项附加扣除标准继续执行\n"
            "每个子女每月2000元；二是个人养老金缴费可在规定限额内据实扣除；\n"
            "三是税务部门将根据纳税人以往申报情况，为更多人提供“预填服务”，\n"
            "纳税人确认后即可提交。\n"
            "\n"
            "    问：可以通过哪些渠道办理？\n"
            "\n"
            "    答：纳税人可以通过手机个人所得税APP、自然人电子税务局网\n"
            "页端办理，也可以委托任职受雇单位、涉税专业服务机构代为办理。\n"
            "确有困难的，可到办税服务厅办理。\n"
            "\n"
            "    问：汇算期间会不会“排队”？\n"
            "\n"
            "    答：为避免集中办理造成拥堵，3月1日至3月20日实行预约办理，\n"
            "纳税人可在APP上预约具体日期。3月21日以后，无需预约，随时可以\n"
            "办理。\n"
            "\n"
            "    问：申请退税后多久能到账？\n"
            "\n"
            "    答：税务部门审核通过后，退税款一般会在较短时间内退到纳税\n"
            "人指定的银行账户。需要提醒的是，纳税人应当如实填报，对于虚假\n"
            "申报、骗取退税的，税务部门将依法追究责任。\n"
            "（本报记者\u3000柯小雪\u3000通讯员\u3000庞小夏\u3000整理）\n"
            "\n"
            "办税提示\n"
            "预约时间：3月1日—3月20日\n"
            "办理渠道：个人所得税APP、自然人电子税务局\n"
            "咨询热线：0×××-8123××××\n"
            "（溪城市税务局提供）\n"
            "\n"
            "去年我市新增减税降费及退税缓费86亿元\n"
            "\n"
            "    本报讯（通讯员\u3000庞小夏）记者从溪城市税务局获悉，2038年全\n"
            "市新增减税降费及退税缓费86.3亿元，其中支持科技创新和制造业发\n"
            "展的政策减税41.6亿元，小微企业和个体工商户享受减免24.8亿元。\n"
            "\n"
            "    从行业看，制造业企业享受的优惠占总额的47%，研发费用加计\n"
            "扣除政策惠及企业2160户，比上年增加318户。\n"
            "\n"
    )
    recs = articles(split(page))
    assert [r.title for r in recs] == ["个税年度汇算，这些问题您需要知道", "去年我市新增减税降费及退税缓费86亿元"]


def test_a_tender_notice_printed_in_full_is_no_article():
    page = (
            "沅城高新区标准厂房三期项目施工招标公告\n"
            "招标编号：YZCT-2039-017\n"
            "1.招标条件：本项目已由沅城高新区经济发展局批准建设，\n"
            "招标人为沅城市城市建设投资集团有限公司，项目资金来自\n"
            "企业自筹，现对该项目施工进行公开招标。\n"
            "2.项目概况：建设地点位于沅城高新区创业大道南侧，总建\n"
            "筑面积约12.6万平方米，计划工期540日历天。\n"
            "3.投标人资格要求：具备建筑工程施工总承包一级及以上资\n"
            "质，本次招标不接受联合体投标。\n"
            "4.招标文件获取：2039年4月8日至4月14日，在沅城市公共\n"
            "资源交易平台下载。\n"
            "招标人：沅城市城市建设投资集团有限公司\n"
            "联系电话：0×××-8816××××\n"
            "本版邮箱：zhxw@yzrb.cn\n"
    )
    assert articles(split(page)) == []


def test_an_annual_report_summary_printed_in_full_is_no_article():
    page = ("证券代码：773502　证券简称：鹤城电力　公告编号：2039-018\n"
            "鹤城电力股份有限公司2038年年度报告摘要\n"
            "1.本年度报告摘要来自年度报告全文，投资者应当到证监会指定媒体仔细阅读年度报告全文。\n"
            "2.本公司董事会、监事会及董事、高级管理人员保证年度报告内容的真实、准确、完整。\n"
            "3.董事会审议通过的利润分配预案：向全体股东每10股派发现金红利3.20元（含税）。\n")
    assert articles(split(page)) == []


def test_a_charts_number_title_and_unit_are_no_headline():
    # "图1" / "地区生产总值" / "（亿元）" / rows: the chart printed after the
    # report keeps the report's own headline
    page = (
            "汀城日报\n"
            "\n"
            "2038年10月22日 星期五\n"
            "\n"
            "第4版\u3000数读经济\n"
            "\n"
            "责任编辑：施望秋\n"
            "\n"
            "制图：言小南\n"
            "\n"
            "前三季度汀城经济\n"
            "\n"
            "“成绩单”出炉\n"
            "\n"
            "本报记者\u3000鲁小舒\n"
            "\n"
            "制图\u3000言小南\n"
            "\n"
            "市统计局10月21日发布数据，\n"
            "\n"
            "前三季度全市地区生产总值\n"
            "\n"
            "4635亿元，同比增长5.6%，\n"
            "\n"
            "比上半年加快0.3个百分点。\n"
            "\n"
            "从三次产业看，工业和服务\n"
            "\n"
            "业“双轮驱动”特征明显，\n"
            "\n"
            "规上工业增加值增长8.1%，\n"
            "\n"
            "服务业增加值增长5.2%。消\n"
            "\n"
            "费和投资稳步回升，社会消\n"
            "\n"
            "费品零售总额增长6.4%，固\n"
            "\n"
            "定资产投资增长4.9%。\n"
            "\n"
            "图1\n"
            "\n"
            "地区生产总值\n"
            "\n"
            "（亿元）\n"
            "\n"
            "2036年\u30004126\n"
            "\n"
            "2037年\u30004389\n"
            "\n"
            "2038年\u30004635\n"
            "\n"
            "（均为前三季度）\n"
            "\n"
            "▲前三季度GDP三年\n"
            "\n"
            "连续跨越两个百亿台\n"
            "\n"
            "阶\n"
            "\n"
    )
    recs = articles(split(page))
    assert [r.title.replace(" ", "") for r in recs] == ["前三季度汀城经济“成绩单”出炉"]


def test_numbered_cases_under_a_report_are_its_parts():
    # "案例一：…" / text / "案例二：…" (its title wrapped into a clause) under
    # the report that releases them, signed once: one article
    page = ("省高院发布金融借款纠纷典型案例\n本报记者　岑小川\n\n"
            "  6月26日，省高级人民法院发布金融借款纠纷典型案例，涉及贷款用途、\n利率上限和担保责任等问题，引导金融机构依法合规经营。\n\n"
            "案例一：借款人隐瞒用途骗取贷款被判提前还款\n\n"
            "  【基本案情】韩某以“经营周转”名义向某银行借款300万元，实际用\n于购买理财产品。法院判决韩某立即归还全部本息。\n\n"
            "案例二：小贷公司“砍头息”不计入本金，超出法定上限的利息\n不予支持\n\n"
            "  【基本案情】某小贷公司向企业出借200万元，放款时预先扣除利息\n20万元。法院按实际出借的180万元认定本金。\n\n"
            "股东“抽逃出资”须在范围内担责\n本报通讯员　骆小舟\n\n"
            "  某机械公司因拖欠货款被判向供应商支付货款及违约金共计156万元，\n执行中公司账户无财产可供执行。\n")
    recs = articles(split(page))
    assert [r.title for r in recs] == ["省高院发布金融借款纠纷典型案例", "股东“抽逃出资”须在范围内担责"]


def test_numbered_cases_each_signed_are_pieces_of_their_own():
    page = (
            "洛汀晚报\u30002031年3月15日 星期六\n"
            "A12\u30003·15特刊·维权\n"
            "\n"
            "3·15国际消费者权益日\n"
            "去年全市为消费者挽回经济损失2860万元\n"
            "本报记者\u3000芮小夏\n"
            "  3月14日，洛汀市市场监管局通报2030年消费维权工作\n"
            "情况：全年共受理消费者投诉举报4.2万件，为消费者挽\n"
            "回经济损失2860万元，同比增长19%。\n"
            "  从投诉热点看，预付式消费、网络购物和二手车交易位\n"
            "列前三，其中预付式消费投诉占比达28%。“线上投诉量\n"
            "首次超过电话投诉。”市市场监管局消费者权益保护处负\n"
            "责人介绍，今年将推行“先行赔付”承诺，力争在商圈实\n"
            "现全覆盖。\n"
            "\n"
            "维权案例\n"
            "\n"
            "案例一：美容卡“转让”后被拒服务\n"
            "  2030年6月，刘女士在某美容院办理年卡，充值5000元。\n"
            "三个月后美容院易主，新店主以“旧账不认”为由拒绝提\n"
            "供服务。经消保委调解，新店主同意按原卡继续服务。\n"
            "（记者\u3000芮小夏\u3000整理）\n"
            "\n"
            "案例二：二手车里程表被“调表”\n"
            "  蒋先生从某二手车商处购车，合同载明行驶里程4.1万\n"
            "公里，后经4S店查询实际里程达12万公里。车商被认定构\n"
            "成欺诈，退还车款并赔偿三倍损失。（记者\u3000芮小夏\u3000整\n"
            "理）\n"
            "案例三：健身房闭店拒退费\n"
            "  某健身房突然闭店，200余名会员预付费无法退还。市\n"
            "场监管部门立案调查，督促经营者制定退费方案，已有\n"
            "160名会员拿回退款。（记者\u3000芮小夏\u3000整理）\n"
            "消费提示\n"
            "  办理预付卡前，请查验经营者营业执照，签订书面合同，\n"
            "不要一次性大额充值；发现经营异常，及时保存证据并拨\n"
            "打12315。\n"
    )
    recs = articles(split(page))
    assert [r.title for r in recs][1:] == ["案例一：美容卡“转让”后被拒服务", "案例二：二手车里程表被“调表”", "案例三：健身房闭店拒退费"]


def test_one_sentence_items_under_triangle_bullets_are_a_digests_items():
    # "财经速递" / "▲…" / one sentence: each item of the digest, however short
    page = (
            "财经速递\n"
            "\n"
            "▲柘城发放首笔数据\n"
            "资产质押贷款\n"
            "\u3000柘城农商银行日前以一家物流企业\n"
            "的数据资产作质押，发放贷款500万\n"
            "元。\n"
            "\n"
            "▲个人养老金开户超40万户\n"
            "\u3000截至6月末，柘城市个人养老金账\n"
            "户开户数达40.7万户，累计缴存6.3\n"
            "亿元。（记者\u3000苏小芷）\n"
            "\n"
            "▲金融消费纠纷调解中心揭牌\n"
            "\u30007月10日，柘城市金融消费纠纷调\n"
            "解中心揭牌，设立调解员23名，调解\n"
            "不收费。\n"
            "\n"
            "数字\n"
            "101.6亿元\n"
            "上半年保费收入\n"
            "40.7万户\n"
            "个人养老金开户数\n"
    )
    recs = articles(split(page))
    assert [r.title.replace(" ", "") for r in recs] == ["柘城发放首笔数据资产质押贷款", "个人养老金开户超40万户", "金融消费纠纷调解中心揭牌"]


def test_one_sentence_news_items_are_items_each():
    # "一句话新闻" over bulleted sentences, none credited: each is an item
    page = ("一句话新闻\n\n"
            "  ●沅城市区新增公共停车泊位\n2300个，均已接入全市智慧停车\n平台。\n\n"
            "  ●沅江区首个“共享菜园”开\n园，120块菜地由社区居民认领\n种植。\n\n"
            "  ●沅城至岚江城际公交开通，\n单程票价12元，每30分钟一班。\n")
    recs = articles(split(page))
    assert [r.text[:4] for r in recs] == ["●沅城市", "●沅江区", "●沅城至"]


def test_a_subject_line_over_its_predicate_is_one_headline():
    # "今年以来全城保险业" (no verb) / "赔付超八十亿元" (a verb first): one
    # headline broken between subject and predicate, no kicker
    page = ("霖城金融报\n第5版　银行·保险\n\n"
            "今年以来全城保险业\n赔付超八十亿元\n\n■本报记者　简小雨\n\n"
            "　　记者从霖城金融监管局获悉，\n今年1至8月，全市保险业累计赔付\n支出83.6亿元，同比增长12.1%，\n"
            "其中财产险赔付41.2亿元，人身险\n赔付42.4亿元。\n")
    recs = articles(split(page))
    assert [(r.title.replace(" ", ""), r.kicker) for r in recs] == [("今年以来全城保险业赔付超八十亿元", None)]


def test_labelled_parts_under_a_signed_headlines_lead_are_its_crossheads():
    # "【蔬菜】供应充足价格回落", "【肉蛋】…", "【水果】…" under the lead of a
    # headline with its byline: the market report's parts by subject
    page = (
            "蓼城农民报\n"
            "2040年2月26日 星期日\n"
            "第6版\u3000农产品市场\n"
            "责任编辑：闵晓禾\n"
            "\n"
            "节后菜价逐周回落\n"
            "猪肉价格低位企稳\n"
            "本报记者\u3000喻小唐\u3000通讯员\u3000费丰收\n"
            "\n"
            "春节过后，蓼城市场农产品供应充足，价格总\n"
            "体回落。据蓼城农产品批发市场的监测，2月2\n"
            "5日，28种主要蔬菜批发均价为每公斤4.62元，\n"
            "比节前一周下降13.4%，连续三周回落。\n"
            "\n"
            "【蔬菜】供应充足价格回落\n"
            "随着气温回升，本地大棚蔬菜和南方产区蔬菜\n"
            "大量上市，叶菜类价格降幅明显。菠菜、油麦\n"
            "菜批发价分别为每公斤4.20元和3.60元，比节\n"
            "前下降两成左右；西红柿、黄瓜等果菜类价格\n"
            "降幅相对较小。“现在每天进场的蔬菜有2800\n"
            "吨左右，比节前多了三成。”市场蔬菜交易区\n"
            "负责人说。\n"
            "\n"
            "【肉蛋】猪价低位震荡\n"
            "猪肉价格在低位企稳。2月25日，白条猪批发\n"
            "均价每公斤19.80元，与上周基本持平；鸡蛋\n"
            "批发价每公斤8.40元，小幅下跌2.3%。业内人\n"
            "士分析，节后猪肉消费进入淡季，加上生猪出\n"
            "栏量较大，短期内猪价难有明显上涨。\n"
            "\n"
            "【水果】柑橘类走俏\n"
            "\n"
            "水果市场中，本地柑橘、沃柑等应季水果走俏，\n"
            "价格保持稳定；进口车厘子随着到货量减少，\n"
            "价格较节前上涨一成左右。\n"
            "\n"
    )
    recs = articles(split(page))
    assert [(r.title.replace(" ", ""), r.authors) for r in recs] == [("节后菜价逐周回落猪肉价格低位企稳", ["喻小唐", "费丰收"])]


def test_run_in_titles_whose_text_opens_on_the_same_place_are_titles():
    # "云渡区发放首批“整村授信”贷款　云渡区首批" / …: a brief's title run in
    # before its text, which opens on the place the title opens on, however
    # little of it the column leaves on the line; "白石县" is no writer's name
    page = (
            "\u3000\u3000芩北县市场监管局有关负责人表示，下一步将开展\n"
            "个体工商户分型分类精准帮扶，全年力争新增经营主体\n"
            "1.5万户。\n"
            "区县快讯\n"
            "\u3000\u3000溪口镇冷链物流园投用\u30003月15日，溪口镇农产品\n"
            "冷链物流园正式投用。物流园总投资1.2亿元，建有冷\n"
            "库库容3万吨，可满足周边5个乡镇果蔬、水产品的预冷、\n"
            "仓储和分拣需求，预计每年可减少农产品损耗4000余吨。\n"
            "（通讯员\u3000甘小霖）\n"
            "\u3000\u3000云渡区发放首批“整村授信”贷款\u3000云渡区首批\n"
            "“整村授信”信用贷款日前发放，区农商银行向23个行\n"
            "政村的1480户农户发放无抵押信用贷款1.86亿元，户均\n"
            "12.6万元，主要用于发展特色种养和农村电商。\n"
            "\u3000\u3000白石县村级光伏电站去年增收1800万元\u3000白石县\n"
            "102座村级光伏电站去年累计发电2460万千瓦时，为村\n"
            "集体经济增收1800余万元。县里今年将对其中的36座电\n"
            "站进行增容改造，预计年发电量可再增加15%。（记者\n"
            "\u3000郁小星）\n"
            "\u3000\u3000芩南新区春季招聘会提供岗位1.2万个\u30003月16日，\n"
            "芩南新区春季大型招聘会在新区人力资源市场举行，\n"
            "186家企业提供就业岗位1.2万个，其中技术类岗位占比\n"
            "超过四成，当天初步达成就业意向2300余人。（通讯员\n"
            "\u3000庞小筠）\n"
    )
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [
        ("溪口镇冷链物流园投用", ["甘小霖"]), ("云渡区发放首批“整村授信”贷款", []),
        ("白石县村级光伏电站去年增收1800万元", ["郁小星"]), ("芩南新区春季招聘会提供岗位1.2万个", ["庞小筠"])]


def test_an_interviews_unlabelled_question_set_apart_is_no_headline():
    # questions set apart as paragraphs of their own, no "记者：" before
    # them; the next one, letter-spaced by justification, asks on
    page = (
            "院士访谈\n"
            "原始创新要甘坐“冷板凳”\n"
            "——访中国工程院院士、芷城大学材料学院教授岑小舒\n"
            "本报首席记者\u3000席小微\u3000记者\u3000雷小可\n"
            "\u3000\u30007月1日，芷城大学新材料研究院的实验室里，77岁的岑小舒院士正在和学\n"
            "生 讨 论 一 组 实 验 数 据 。 从 事 高 温 合 金 研 究 五 十 余 年 ， 他 带 领 团 队 研 制 的 多 种 新\n"
            "材料应用于航空发动机、燃气轮机等领域。围绕原始创新、成果转化和青年人\n"
            "才培养等话题，记者专访了岑小舒。\n"
            "\n"
            "\u3000\u3000这 些 年 我 国 新 材 料 产 业 发 展 很 快 ， 您 怎 么 看 当 前 面 临 的 主 要 短 板 ？\n"
            "\n"
            "\u3000\u3000产业规模上去了，但一些关键材料还是依赖进口，根子在原始创新不足。\n"
            "过去我们习惯跟踪模仿，别人做出来，我们再去追赶。跟踪可以缩小差距，但\n"
            "很 难 实 现 超 越 。 材 料 研 究 周 期 长 、 投 入 大 ， 一 种 新 合 金 从 实 验 室 到 装 上 发 动 机 ，\n"
            "往往要十年以上，必须耐得住寂寞。\n"
            "\n"
            "\u3000\u3000您说的“冷板凳”，对年轻科研人员意味着什么？\n"
            "\n"
            "\u3000\u3000意 味 着 不 能 急 功 近 利 。 我 常 跟 学 生 讲 ， 做 材 料 要 有 “ 十 年 磨 一 剑 ” 的 准 备 。\n"
            "现在有些评价体系过于看重论文数量和短期成果，年轻人压力很大，不敢选那\n"
            "些周期长、风险高的方向。我认为应该给他们更长的评价周期，允许失败，让\n"
            "他 们 安 心 做 真 问 题 。\n"
            "\n"
            "\u3000\u3000科研成果转化难一直是个老问题，您的团队是怎么做的？\n"
            "\n"
            "\u3000\u3000关键是让科研人员和企业坐到一张桌子上。我们团队从2031年开始和芷城\n"
            "的 三 家 企 业 共 建 联 合 实 验 室 ， 企 业 提 出 需 求 ， 我 们 一 起 攻 关 ， 中 试 也 放 在 企 业\n"
            "的生产线上做。这样出来的成果，企业用得上、愿意用。这几年团队有17项专\n"
            "利实现转化，合同金额超过4亿元。\n"
            "\n"
            "\u3000\u3000芷 川 正 在 建 设 区 域 科 技 创 新 中 心 ， 您 有 什 么 建 议 ？\n"
            "\n"
            "\u3000\u3000要在“专”字上下功夫。芷城有很好的材料产业基础，应当集中力量建设\n"
            "几个高水平的中试平台和检测认证平台，把上下游企业、高校院所串起来。同\n"
            "时 ， 要 舍 得 在 基 础 研 究 上 长 期 投 入 ， 基 础 研 究 稳 定 支 持 的 比 例 应 该 再 提 高 一 些 。\n"
            "\n"
            "\u3000\u3000您对青年学生有什么寄语？\n"
            "\n"
            "\u3000\u3000兴趣是最好的老师，坚持是最好的方法。科研路上没有捷径，只有一步一\n"
            "个 脚 印 。 希 望 年 轻 人 既 要 仰 望 星 空 ， 也 要 脚 踏 实 地 ， 把 研 究 做 到 生 产 一 线 去 。\n"
            "\n"
            "院士简介\n"
            "岑小舒，1962年生，材料学家，中国工程院院士，芷城大学材料学院教授，长\n"
            "期从事高温合金与先进结构材料研究。\n"
    )
    recs = articles(split(page))
    assert [r.title for r in recs] == ["原始创新要甘坐“冷板凳”"]


def test_a_features_numbered_parts_and_page_turn_keep_it_one_article():
    # "01" / crosshead … "02" / crosshead, and a page turn (folio, the next
    # page's running header) inside: one feature; its sidebar keeps its own
    page = (
            "观察｜OBSERVATION\u3000\u300024\n"
            "\n"
            "县城商业的\n"
            "“第二曲线”\n"
            "\n"
            "当一线城市的商场在为客流发愁时，不少县城的新商场、新品牌店却人头攒动。县域消费正在从“买\n"
            "得到”走向“买得好”，一场围绕县城商业的新竞赛已经开场。\n"
            "\n"
            "文｜本刊记者\u3000夏小秋\u3000实习记者\u3000裘小禾\n"
            "编辑｜班小云\n"
            "\n"
            "\u3000\u30003月的一个周末，位于中部某省的汀阳县，新开业的汀阳万象里购物中心人头攒动。一家连锁咖\n"
            "啡品牌的县城首店门口排起了长队，隔壁的潮玩店里，几个中学生正围着盲盒挑选。“开业第一个周\n"
            "末，客流超过了12万人次，相当于全县四分之一的人口。”商场运营负责人庞立言对本刊记者说。\n"
            "\n"
            "\u3000\u3000汀阳并非个例。据一家商业地产研究机构统计，2039年全国县城新开业的购物中心超过180个，\n"
            "占全国新开业购物中心总数的近三成；连锁餐饮、茶饮和零售品牌在县城新开门店数量同比增长超过\n"
            "40%。\n"
            "\n"
            "\u3000\u3000“以前买件像样的衣服、看场新上映的电影，都得开车一个多小时去市里，现在在家门口就能解\n"
            "决。”在汀阳县城工作的年轻公务员邬晓晴说，周末和朋友逛商场、喝咖啡、看电影，已经成了她的\n"
            "生活常态。\n"
            "\n"
            "01\n"
            "“首店”开进县城\n"
            "\n"
            "\u3000\u3000品牌下沉，背后是县城消费能力的提升。过去十年，县城居民人均可支配收入年均增长超过7%，\n"
            "一批在外务工、求学的年轻人回流县城，带来了新的消费观念。“县城年轻人的消费需求和大城市没\n"
            "有本质区别，他们要的是品质、体验和社交。”一位长期研究县域经济的学者说。\n"
            "\n"
            "\u3000\u3000与大城市相比，县城的商业租金低、竞争少，人力成本也相对较低。一家茶饮品牌的拓展负责人\n"
            "算了一笔账：县城门店的投资回收期一般在12至18个月，比一线城市短半年左右。“过去是品牌挑县\n"
            "城，现在是县城挑品牌。”他说。\n"
            "\n"
            "02\n"
            "从“买得到”到“买得好”\n"
            "\n"
            "\u3000\u3000县城商业的变化，不仅在于“多”，更在于“新”。在东部沿海的栖湾县，一家由老粮库改造的\n"
            "商业街区，把本地小吃、非遗手作和露营市集装进了同一个空间，周末夜间客流占到全天的六成。县\n"
            "里还引入即时零售平台，居民下单后最快30分钟就能收到商品。\n"
            "\n"
            "\u3000\u3000在西南山区的岚坪县，县城商业的“新”体现在另一个方向。当地把农产品直播基地设在了商场\n"
            "里，白天是卖场，晚上是直播间，山里的腊肉、菌菇通过直播卖到全国各地。去年，这个县的农产品\n"
            "网络零售额突破12亿元，比三年前翻了一番。\n"
            "\n"
            "县城年轻人的消费需求和大城市没有本质区别，他们要的是品质、体验和社交。\n"
            "\n"
            "24\u3000鉴明经济\u30002040年第6期\n"
            "\n"
            "观察｜OBSERVATION\u3000\u300025\n"
            "\n"
            "\u3000\u3000有关部门的数据显示，2039年县域社会消费品零售总额增速连续第三年高于城市。县域网络零售\n"
            "额同比增长18.6%，农村快递业务量占全国总量的比重提高到三分之一以上。\n"
            "\n"
            "\u3000\u3000消费升级也在倒逼县城商业补课。栖湾县商务部门负责人坦言，过去县城商业“重招商、轻运营”，\n"
            "商场建起来了，却缺少懂运营的人才和有特色的内容。如今，县里每年组织商户到大城市学习，还和\n"
            "高校合作开设零售管理培训班。\n"
            "\n"
            "03\n"
            "热闹之后的冷思考\n"
            "\n"
            "\u3000\u3000热闹背后，也有隐忧。一些县城在短时间内集中上马多个商业综合体，同质化竞争明显，部分项\n"
            "目开业不到两年就出现空置。“一个二三十万人口的县城，能养活几个购物中心，是要算清楚的。”\n"
            "一位商业地产从业者坦言。\n"
            "\n"
            "\u3000\u3000另一个问题是人才。不少县城商场的运营团队从大城市招来，却因为薪酬、生活配套等原因留不\n"
            "住人。“运营团队三年换了三拨，每换一次，招商思路就要变一次。”一家县城商场的招商经理说。\n"
            "\n"
            "\u3000\u3000也有县城开始探索差异化的路子。有的县城不再新建大型综合体，而是对老街、老厂房进行改造，\n"
            "发展小而美的特色商业；有的县城联合周边县市错位布局商业项目，避免“你有我也有”。\n"
            "\n"
            "\u3000\u3000业内人士认为，县城商业要走得远，关键在于找准定位，把本地特色和消费需求结合起来，而不\n"
            "是简单复制大城市的模式。同时，要补齐物流配送、停车、公共交通等短板，让县城商业的“第二曲\n"
            "线”真正成为拉动内需的新引擎。\n"
            "\n"
            "延伸阅读\n"
            "\n"
            "县域商业体系建设迈入新阶段\n"
            "\n"
            "\u3000\u30002039年起，多部门联合推动县域商业体系建设，提出到2041年，在具备条件的地区基本实现县县\n"
            "有连锁商贸企业和物流配送中心、乡镇有商贸中心、村村通快递。\n"
            "\n"
            "\u3000\u3000截至2039年底，全国已建设改造县级物流配送中心1600余个、乡镇商贸中心近5000个，县域商业\n"
            "设施短板正在加快补齐。（本刊记者\u3000裘小禾\u3000整理）\n"
            "\n"
            "鉴明经济\u30002040年第6期\u300025\n"
    )
    recs = articles(split(page))
    assert [(r.title, r.lines) for r in recs] == [("县城商业的“第二曲线”", (3, 74)), ("县域商业体系建设迈入新阶段", (76, 84))]


def test_a_headline_about_a_hotline_is_no_contact_line():
    from generator.split.lines import is_ad

    assert not is_ad("去年市民热线办结诉求112万件")
    assert is_ad("新闻热线 0731-8888××××") and is_ad("服务热线：96178")


def test_a_poem_set_solid_under_its_poet_is_the_poems_text():
    # "稻田" / "□岑小夏" / nine short lines closing no sentence / "街角的修鞋摊"
    # / "□邬明州": the poem's lines, one stanza, not a stack of headline lines
    page = (
            "梅雨季的菜市场\n"
            "\u3000梅雨一来，菜市场就换了一\n"
            "副模样。青石板的过道总是湿\n"
            "漉漉的，摊主们在头顶撑起五\n"
            "颜 六 色 的 塑 料 棚 ， 雨 水 顺 着 棚\n"
            "檐滴下来，在地上溅起细小的\n"
            "水花。\n"
            "\u3000这个季节的菜市场最热闹的\n"
            "是水产摊。刚上市的河虾在塑\n"
            "料盆里蹦跳，卖鱼的老周一边\n"
            "刮鳞一边跟熟客聊天，说今年\n"
            "的梅鱼比去年肥。隔壁卖菱角\n"
            "的阿婆，把剥好的嫩菱装在荷\n"
            "叶 里 ， 一 包 五 块 钱 ， 常 常 不 到\n"
            "中午就卖完了。\n"
            "\u3000我喜欢在雨天逛菜市场。人\n"
            "不多，摊主们也不急，有时间\n"
            "跟你说说哪样菜今天最新鲜，\n"
            "哪样东西过几天会便宜。买完\n"
            "菜，撑着伞慢慢走回家，篮子\n"
            "里是一整个季节的味道。\n"
            "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000◎季小河\n"
            "稻田\n"
            "□岑小夏\n"
            "六月的稻田\n"
            "是一块摊开的绿绸\n"
            "风从东边来\n"
            "把它抖成了波浪\n"
            "父亲站在田埂上\n"
            "算着今年的收成\n"
            "他不说话\n"
            "只是把烟袋\n"
            "在鞋底上磕了又磕\n"
            "街角的修鞋摊\n"
            "□邬明州\n"
            "\u3000我家楼下的街角，有一个修\n"
            "鞋摊，摊主是个五十来岁的男\n"
            "人，大家都叫他老杨。一把遮\n"
            "阳伞，一台手摇补鞋机，一个\n"
            "装满鞋钉和胶水的木箱，就是\n"
            "他 的 全 部 家 当 。\n"
            "\u3000老杨的手艺好，收费也公道，\n"
            "换个鞋跟十块钱，补个鞋底十\n"
            "五块。小区里的人都愿意找他，\n"
            "有时候鞋子没坏，路过也会停\n"
            "下来跟他聊几句。\n"
            "\u3000前些天，老杨说他儿子在城\n"
            "东开了一家洗护鞋的连锁店，\n"
            "让他过去帮忙。可他没去，还\n"
            "是 守 着 这 个 小 摊 。 “ 这 里 的 老\n"
            "主顾，离不开我嘛。”他笑着\n"
            "说。\n"
            "（作者单位：岚州市岚桥区文\n"
            "化馆）\n"
            "编辑：苇白\u3000\u3000投稿：lanshui@lzjjb.cn\n"
    )
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("梅雨季的菜市场", ["季小河"]), ("稻田", ["岑小夏"]), ("街角的修鞋摊", ["邬明州"])]


def test_a_columnists_name_and_post_under_the_headline_are_the_byline():
    # "汪浩然　置業地產研究部主管" / "文：蔡詠詩　註冊財務策劃師": the name, a
    # space, the post, under the headline: the writer, no line of the title
    page = ("樓市縱橫\n減辣一年樓價見底未\n汪浩然　置業地產研究部主管\n\n"
            "　　當局全面撤銷樓市「辣招」快滿一年，樓價指數累\n計回升約4%，成交量則比撤辣前增加近五成。\n\n"
            "【理財錦囊】\n退休儲蓄別只看回報率\n文：蔡詠詩　註冊財務策劃師\n"
            "　　每逢強積金年結，總有客戶拿着結單問：「點解我個基金今年只得3%？」\n其實，退休儲蓄是一場長跑，單看一年的回報率，很容易作出錯誤決定。\n")
    recs = articles(split(page))
    assert [(r.title, r.authors) for r in recs] == [("減辣一年樓價見底未", ["汪浩然"]), ("退休儲蓄別只看回報率", ["蔡詠詩"])]
