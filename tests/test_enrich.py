import collections

import pytest

from generator.config import load_config
from generator.enrich import enrich
from generator.enrich.topics import assign_topics
from generator.read import read_source
from generator.split import split_document

from conftest import ROOT


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
