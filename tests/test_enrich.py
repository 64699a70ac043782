import collections

import pytest

from generator.config import load_config
from generator.enrich import enrich
from generator.enrich.topics import assign_topics
from generator.read import read_source
from generator.split import split_document

from conftest import ROOT, child_env


@pytest.fixture(scope="module")
def corpus():
    config = load_config(ROOT / "generator.yml")
    records = {p.name: split_document(read_source(p)) for p in sorted(config.seeds.iterdir())}
    articles = enrich(records, config)
    pages = [a for a in articles if a.record.is_page]
    return config, [a for a in pages if a.record.kind != "brief"], {a.record.id for a in pages}


def test_tags_are_never_stop_words_numbers_or_single_characters(corpus):
    config, pages, _ = corpus
    for a in pages:
        for tag in a.info.tags:
            assert len(tag) >= 2 and tag not in config.vocabulary.stopwords and not tag.isdigit()


def test_every_article_has_tags_topics_and_summary(corpus):
    _, pages, _ = corpus
    for a in pages:
        assert 1 <= len(a.info.topics) <= 3 and a.info.summary and a.info.tags, a.record.title


def test_most_tags_connect_articles(corpus):
    _, pages, _ = corpus
    usage = collections.Counter(t for a in pages for t in a.info.tags)
    assert sum(1 for n in usage.values() if n >= 2) / len(usage) >= 0.6
    for a in pages:
        assert 3 <= len(a.info.tags) <= 8, (a.record.title, a.info.tags)
        assert sum(1 for t in a.info.tags if usage[t] >= 2) >= 2, (a.record.title, a.info.tags)


def test_related_never_points_to_itself_or_a_missing_page(corpus):
    _, pages, ids = corpus
    for a in pages:
        assert len(a.info.related) <= 5
        for rid, _ in a.info.related:
            assert rid != a.record.id and rid in ids


def test_synonyms_merge_into_one_tag(corpus):
    _, pages, _ = corpus
    tags = {t for a in pages for t in a.info.tags}
    assert not ({"AI", "人工智能"} <= tags)


def test_editing_the_taxonomy_moves_articles():
    text = "银行绿色贷款与绿色金融债双增，银行加大信贷投放。"
    assert assign_topics("", text, {"金融": ["银行", "贷款"]}, 3, 1.0)[0][0] == "金融"
    assert assign_topics("", text, {"能源": ["光伏"]}, 3, 1.0) == [("其他", 0.0)]


def test_choose_tags_prefers_terms_that_link_articles():
    from generator.enrich.tags import choose_tags

    docs = [collections.Counter({"银行": 5, "贷款": 3, "债券": 2, "独有甲": 9}),
            collections.Counter({"银行": 2, "贷款": 2, "债券": 1, "独有乙": 9}),
            collections.Counter({"光伏": 4, "债券": 3, "银行": 1, "独有丙": 9})]
    tags = choose_tags(docs, low=2, high=4)
    assert all(sum(1 for t in ts if any(t in other for j, other in enumerate(tags) if j != i)) >= 2 for i, ts in enumerate(tags))
    assert "独有甲" not in tags[0]


def test_report_prints_the_corpus_figures():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "generator", "report"], cwd=ROOT, capture_output=True, text=True, timeout=300, env=child_env())
    assert out.returncode == 0
    for words in ("articles per source", "shared by 2+ articles", "topics:", "articles in 其他", "top people", "top organizations"):
        assert words in out.stdout


def test_terms_rank_by_weight_then_character_order():
    from generator.enrich.tags import by_weight

    scores = {"乙": 0.5, "甲": 0.5, "丙": 0.9, "丁": 0.1}
    assert by_weight(scores) == ["丙", "乙", "甲", "丁"]  # 乙 U+4E59 sorts before 甲 U+7532
