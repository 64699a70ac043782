import collections

import pytest

from generator.config import load_config
from generator.enrich import enrich, entities, related, summary, tags, terms, topics
from generator.enrich.text import tag_words
from generator.model import Paragraph
from generator.read import read_source
from generator.split import split_document

from conftest import ROOT, child_env

CONFIG = load_config(ROOT / "generator.yml")
VOCAB = CONFIG.vocabulary
CLUES = entities.Clues.from_data(VOCAB.entities)


def words(text: str) -> list[tuple[str, str]]:
    return tag_words(text, VOCAB.userdict)


def read(text: str, authors: list[str] = ()) -> entities.Entities:
    return entities.extract(text, words(text), list(authors), CLUES, words)


@pytest.fixture(scope="module")
def corpus():
    records = {p.name: split_document(read_source(p)) for p in sorted(CONFIG.seeds.iterdir())}
    articles = enrich(records, CONFIG)
    pages = [a for a in articles if a.record.is_page]
    return [a for a in pages if a.record.kind != "brief"], {a.record.id: a for a in pages}


# --- the corpus as a whole -------------------------------------------------

def test_tags_are_never_stop_words_numbers_names_or_the_papers_own_name(corpus):
    pages, _ = corpus
    for a in pages:
        own = {a.source.publication} if a.source and a.source.publication else set()
        for tag in a.info.tags:
            assert len(tag) >= 2 and tag not in VOCAB.stopwords and not tag.isdigit(), (a.record.title, tag)
            assert tag not in a.info.people and tag not in a.record.authors and tag not in own, (a.record.title, tag)


def test_every_article_has_tags_topics_and_summary(corpus):
    pages, _ = corpus
    for a in pages:
        assert 1 <= len(a.info.topics) <= 3 and a.info.summary and 1 <= len(a.info.tags) <= 8, a.record.title


def test_an_article_never_holds_a_tag_and_its_near_duplicate(corpus):
    pages, _ = corpus
    for a in pages:
        for longer in a.info.tags:
            for shorter in a.info.tags:
                if shorter != longer and shorter in longer:
                    assert tags.relation(longer, shorter) == "part", (a.record.title, longer, shorter)


def test_related_reading_shares_a_subject_and_says_which(corpus):
    pages, by_id = corpus
    linked = 0
    for a in pages:
        assert len(a.info.related) <= 5
        for rid, shared in a.info.related:
            other = by_id[rid]
            assert rid != a.record.id and shared
            assert all(s in a.info.tags + a.info.orgs and s in other.info.tags + other.info.orgs for s in shared)
        linked += bool(a.info.related)
    assert linked >= len(pages) // 2


def test_staff_are_authors_not_people_in_the_news(corpus):
    pages, _ = corpus
    for a in pages:
        assert not set(a.record.authors) & set(a.info.people), a.record.title


def test_synonyms_merge_into_one_tag(corpus):
    pages, _ = corpus
    assert not any({"AI", "人工智能"} <= set(a.info.tags) for a in pages)


def test_summaries_keep_their_cap_and_close_their_quotations(corpus):
    pages, _ = corpus
    cap = CONFIG.settings["summary"]["max_chars"]
    for a in pages:
        s = a.info.summary
        assert len(s) <= cap and s.count("“") == s.count("”"), (a.record.title, s)


# --- people ------------------------------------------------------------------

def test_a_name_is_read_whole_between_its_title_and_its_speech_verb():
    found = read("国家统计局副局长盛来运表示，经济回升向好。总经理励达说，要依靠科技创新。")
    assert found.people == ["励达", "盛来运"] or set(found.people) == {"盛来运", "励达"}


def test_reporters_in_the_dateline_are_staff_and_a_list_of_names_is_not_one_name():
    found = read("新华社北京2月29日电(记者吴雨张千千)中国人民银行29日表示,将优化支付服务。", ["吴雨", "张千千"])
    assert found.people == []
    assert not any(p.startswith("吴雨") for p in found.people)


def test_a_genre_after_a_book_title_and_a_glued_adverb_are_not_part_of_a_name():
    found = read("《新时代的中国绿色发展》白皮书指出，风电发展迅速。分析师王鹏还表示，前景可期。")
    assert found.people == ["王鹏"]


# --- organizations -------------------------------------------------------------

def test_an_organization_is_its_full_printed_name():
    found = read("全国政协委员、浙江财经大学副校长郑亚莉调研发现。天津易鼎丰动力科技有限公司迎来了繁忙的生产季。")
    assert "浙江财经大学" in found.orgs and "财经大学" not in found.orgs
    assert "天津易鼎丰动力科技有限公司" in found.orgs


def test_a_kind_of_body_or_a_word_inside_another_is_not_an_organization():
    found = read("上市公司要提高质量。360与银行合作建设银行专属大模型。新一轮科技革命正在兴起。")
    assert found.orgs == []


def test_companies_listed_before_deng_qiye_are_organizations():
    found = read("调研组先后深入龙岩市时代思康、晶旭半导体、龙合智能等企业，了解科技创新情况。")
    assert {"时代思康", "晶旭半导体", "龙合智能"} <= set(found.orgs)


def test_a_short_name_counts_for_the_full_name():
    found = read("宁波众远新材料科技有限公司总经理励达说，众远新材料的使命是做好粉材。众远新材料还在扩产。")
    assert found.orgs == ["宁波众远新材料科技有限公司"]
    assert found.org_aliases.get("众远新材料") == "宁波众远新材料科技有限公司"


# --- places --------------------------------------------------------------------

def test_places_are_real_place_names_only():
    found = read("深度合作惠及城市上市公司。安徽省怀宁县与福建、福建省的企业在美国参展。")
    assert set(found.places) <= {"安徽", "安徽省", "怀宁县", "福建", "美国"}
    assert "福建" in found.places and "福建省" not in found.places and "深度" not in found.places


# --- terms and tags ----------------------------------------------------------------

def candidates(text: str, title: str = "") -> dict[str, terms.Candidate]:
    return terms.candidates(words(text), words(title), text, VOCAB.stopwords, CLUES.predicates)


def test_a_recurring_run_of_words_is_one_term_and_its_pieces_count_only_alone():
    text = "跨境合规是首要问题。要加强跨境合规能力。跨境合规服务不足，跨境支付也慢。"
    found = candidates(text)
    assert found["跨境合规"].count == 3
    assert found["跨境"].nested >= 1


def test_a_verb_before_its_object_and_a_coordinated_half_are_not_terms():
    found = candidates("要筑牢战略性新兴产业。筑牢战略性新兴产业，战略性新兴产业是根基，战略性新兴产业要发展。"
                       "国民经济和社会发展统计公报显示增长。国民经济和社会发展统计公报发布。", title="解读统计公报")
    assert "筑牢战略性新兴产业" not in found
    assert "社会发展统计公报" not in found and "统计公报" in found


def test_the_specific_term_replaces_the_general_one_and_near_duplicates_merge():
    assert tags.relation("银行业", "银行") == "same"
    assert tags.relation("新能源汽车", "汽车") == "kind"
    assert tags.relation("大模型安全", "大模型") == "part"
    cands = {"新能源汽车": terms.Candidate(5, 0, 0, 1, "n"), "汽车": terms.Candidate(8, 0, 4, 1, "n"),
             "银行业": terms.Candidate(2, 0, 0, 1, "n"), "银行": terms.Candidate(6, 0, 0, 1, "n")}
    scores = {"汽车": 4.0, "新能源汽车": 3.0, "银行": 2.5, "银行业": 2.0}
    assert tags.pick(scores, cands, {}, 8, 1) == ["新能源汽车", "银行"]


def test_a_modifier_is_not_a_tag_but_a_trade_verb_is():
    modifier = terms.Candidate(count=10, title=0, nested=2, words=1, flag="n", objects=9)
    assert not tags.admissible("跨境", modifier, VOCAB.stopwords)
    trade_verb = terms.Candidate(count=6, title=0, nested=0, words=1, flag="v", objects=1, rarity=12.2)
    assert tags.admissible("出海", trade_verb, VOCAB.stopwords)
    predicate = terms.Candidate(count=6, title=0, nested=0, words=1, flag="v", objects=5, rarity=15.5)
    assert not tags.admissible("唱响", predicate, VOCAB.stopwords)


def test_mastheads_are_never_tags():
    cand = terms.Candidate(count=5, title=0, nested=0, words=1, flag="nz")
    assert not tags.admissible("证券日报", cand, VOCAB.stopwords)


def test_terms_rank_by_weight_then_character_order():
    scores = {"乙": 0.5, "甲": 0.5, "丙": 0.9, "丁": 0.1}
    assert tags.by_weight(scores) == ["丙", "乙", "甲", "丁"]  # 乙 U+4E59 sorts before 甲 U+7532


# --- topics ---------------------------------------------------------------------

def test_topic_keywords_count_as_whole_words_only():
    text = "新能源汽车销量大增，新能源汽车出口增长。"
    scores = topics.score_topics("", text, {"能源": ["新能源", "光伏"], "汽车": ["新能源汽车", "出口"]}, words(text), [])
    assert "能源" not in scores and "汽车" in scores


def test_a_topic_needs_two_keywords_and_editing_the_taxonomy_moves_articles():
    text = "银行加大贷款投放，银行信贷结构优化。"
    assert topics.assign_topics("", text, {"金融": ["银行", "贷款"]}, 3, 1.0)[0][0] == "金融"
    assert topics.assign_topics("", text, {"金融": ["银行", "债券"]}, 3, 1.0) == [("其他", 0.0)]
    assert topics.assign_topics("", text, {"能源": ["光伏"]}, 3, 1.0) == [("其他", 0.0)]


def test_the_default_taxonomy_has_farming_and_media():
    assert {"农业与农村", "文化与传媒"} <= set(VOCAB.taxonomy)
    text = "随着春耕旺季来临，化肥市场行情受到关注，各部门加大对种子、化肥等农资企业的支持。"
    assert topics.assign_topics("", text, VOCAB.taxonomy, 3, 2.0)[0][0] == "农业与农村"


# --- related reading -----------------------------------------------------------------

def test_related_reading_needs_a_subject_high_in_both_articles():
    subjects = [[["光伏", "储能"], []], [["光伏", "硅片"], []],
                [["a", "b", "c", "d", "e", "f", "g", "储能"], []], [["电池", "x"], ["宁德时代"]], [["y"], ["宁德时代"]]]
    links = related.related(subjects, 5)
    assert links[0] == [(1, ["光伏"])]
    assert all(j != 2 for j, _ in links[0])  # 储能 is the eighth tag there
    assert links[3] == [(4, ["宁德时代"])]


# --- summaries ------------------------------------------------------------------------

def test_a_summary_never_ends_inside_a_quotation_and_keeps_its_cap():
    para = Paragraph("痛点难点在哪里？郑亚莉说：“跨境直播已成为新风口。但相比国内直播，跨境直播受到制约。”她建议加快构建服务体系，"
                     "推动中小企业出海，" + "并提供一体化支持" * 20 + "。")
    s = summary.summarize([para], 3, 60)
    assert len(s) <= 60 and s.count("“") == s.count("”")
    assert not s.startswith("痛点")  # a question does not state the news


def test_sentences_end_only_outside_quotation_marks():
    assert summary.sentences("他说：“第一句。第二句。”随后离开。") == ["他说：“第一句。第二句。”", "随后离开。"]


def test_report_prints_the_corpus_figures():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "generator", "report"], cwd=ROOT, capture_output=True, text=True, timeout=300, env=child_env())
    assert out.returncode == 0
    for label in ("articles per source", "shared by 2+ articles", "topics:", "articles in 其他", "top people", "top organizations"):
        assert label in out.stdout


def test_a_latin_name_cut_at_its_hyphen_gives_no_term_opening_on_the_hyphen():
    text = "工商银行发布数字化品牌D-ICBC。D-ICBC数字生态发展迅速，D-ICBC成为新引擎。"
    assert not [t for t in candidates(text) if t.startswith("-")]
