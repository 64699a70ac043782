"""Splitting rules on small hand-made pages, and conservation on every seed."""
import collections
import re
from pathlib import Path

import pytest

from generator.model import SourceDoc
from generator.read import read_source
from generator.split import split_document

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").iterdir())
BODY_A = "\n".join(["在政策驱动与市场需求双引擎驱", "动下，我国绿色金融市场呈现加速扩容", "态势。多家上市银行绿色贷款余额同比增幅", "普遍超过百分之二十，部分城商行增速甚至突", "破一倍。商业银行以此为契机加大供给。", "绿色金融债发行与贷款余额双增，将带来两方面影响。"])
BODY_B = "\n".join(["国际经济形势不确定性加剧，外", "贸企业急需开拓国内市场，但转场", "并非易事：国内消费者对产品包装、品", "牌故事、营销方式的需求与海外市场", "存在显著差异，企业需要重新调研。", "外贸企业要转内销，前期往往面临不了解国内市场需求的挑战。", "电商平台近日纷纷发起了专项行动。"])


def split(text: str):
    return split_document(SourceDoc(name="t.txt", text=text, encoding="utf-8"))


def articles(records):
    return [r for r in records if r.kind in ("article", "interview", "commentary")]


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
