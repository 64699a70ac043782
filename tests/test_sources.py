"""Sources: what a file says about its paper, date and pages, and its sidecar (seeds/<name>.yml)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data

from conftest import ROOT, copy_project, run
from generator.enrich.sources import load_sidecar, page_of, source_info
from generator.errors import ConfigError
from generator.model import Paragraph, Record, SourceInfo
from generator.read import list_sources
from generator.render import readable_file_name, source_names, source_title, zh_date


def record(first: int, page: str | None = None) -> Record:
    return Record(seed="a.txt", kind="article", lines=(first, first + 5), paragraphs=[Paragraph("正文。")], page=page)


def test_a_sidecar_gives_publication_date_and_pages(tmp_path):
    (tmp_path / "a.yml").write_text("publication: 中国经营报\ndate: 2024-03-04\nissue: 第2540期\n"
                                    "pages: {1: A1 要闻, 180: A2}\n", encoding="utf-8")
    given = load_sidecar(tmp_path / "a.yml")
    assert given == {"publication": "中国经营报", "date": "2024-03-04", "issue": "第2540期",
                     "pages": ((1, "A1 要闻"), (180, "A2"))}
    (tmp_path / "b.yml").write_text("date: 2024年3月4日\npages: B8\n", encoding="utf-8")
    assert load_sidecar(tmp_path / "b.yml") == {"date": "2024-03-04", "pages": ((1, "B8"),)}
    assert load_sidecar(tmp_path / "missing.yml") == {}


@pytest.mark.parametrize("text, line, words", [
    ("publication: 证券日报\npublisher: x\n", 2, "unknown key 'publisher'"),
    ("date: 3月4日\n", 1, "'date' must be a date"),
    ("date: 2024-02-30\n", 1, "'date' must be a date"),
    ("pages: {first: A1}\n", 1, "'pages' keys must be line numbers"),
    ("pages: [A1, A2]\n", 1, "'pages' must be a page"),
    ("publication: [a, b]\n", 1, "'publication' must be a line of text"),
    ("- publication\n", 1, "expected keys"),
    ("date: [\n", 2, "malformed YAML"),
])
def test_a_bad_sidecar_is_one_line_naming_the_file_line_and_key(tmp_path, text, line, words):
    path = tmp_path / "002.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_sidecar(path)
    message = str(error.value)
    assert message.startswith(f"{path}:{line}: ") and words in message and "\n" not in message


def test_the_sidecar_wins_over_what_is_read(tmp_path):
    masthead = Record(seed="a.txt", kind="other", lines=(1, 2), what="页眉页脚",
                      paragraphs=[Paragraph("2024年3月5日 星期二  经济日报  第3版")])
    read = source_info("a.txt", [masthead])
    assert (read.publication, read.date) == ("经济日报", "2024-03-05")
    (tmp_path / "a.yml").write_text("date: 2024-03-06\n", encoding="utf-8")
    both = source_info("a.txt", [masthead], tmp_path)
    assert (both.publication, both.date) == ("经济日报", "2024-03-06")  # what the sidecar leaves out stays as read


def test_pages_from_the_sidecar_win_line_by_line():
    source = SourceInfo(seed="a.txt", pages=((1, "A1"), (100, "A2")))
    assert [page_of(record(n, "第9版"), source) for n in (1, 99, 100, 500)] == ["A1", "A1", "A2", "A2"]
    assert page_of(record(5, "第3版 要闻"), SourceInfo(seed="a.txt")) == "第3版 要闻"
    assert page_of(record(5), None) is None
    assert page_of(record(5, "B2"), SourceInfo(seed="a.txt", pages=((50, "A2"),))) == "B2"  # before the first named line


def test_sidecars_are_not_read_as_text(tmp_path):
    for name in ("002.txt", "002.yml", "003.txt", ".hidden"):
        (tmp_path / name).write_text("中文", encoding="utf-8")
    assert [p.name for p in list_sources(tmp_path)] == ["002.txt", "003.txt"]


def test_sources_are_named_by_paper_and_day_and_files_readably():
    assert zh_date("2024-03-04") == "2024年3月4日" and zh_date("2024-06") == "2024年6月" and zh_date(None) == ""
    assert source_title(SourceInfo(seed="x.txt", publication="中国经营报", date="2024-03-04")) == "中国经营报 2024年3月4日"
    assert source_title(SourceInfo(seed="x.txt", publication="证券日报")) == "证券日报"
    assert readable_file_name("000_1c3e3f204002602b.txt") == "文件 000"
    assert readable_file_name("经济日报-2024-03-05.txt") == "文件 经济日报 2024 03 05"
    assert source_title(SourceInfo(seed="003_a270c5a7f0462ccc.txt", date="2024-03-01")) == "文件 003 2024年3月1日"


def test_two_sources_of_one_name_are_told_apart():
    from generator.model import Article, Enrichment

    def article(seed: str, publication: str) -> Article:
        return Article(record=record(1), info=Enrichment(), source=SourceInfo(seed=seed, publication=publication))
    names = source_names({"a_1.txt": [article("a_1.txt", "证券日报")], "b_2.txt": [article("b_2.txt", "证券日报")],
                          "c.txt": [article("c.txt", "经济日报")]})
    assert names == {"a_1.txt": "证券日报（文件 a 1）", "b_2.txt": "证券日报（文件 b 2）", "c.txt": "经济日报"}


@pytest.fixture(scope="module")
def sidecar_project(tmp_path_factory) -> Path:
    """Two seeds, one of them with a sidecar naming its paper, day and pages."""
    project = tmp_path_factory.mktemp("sidecar")
    seeds = sorted(p for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")
    copy_project(project, list((seeds[0], seeds[3])))
    (project / "seeds" / (seeds[0].stem + ".yml")).write_text(
        "publication: 人民政协报\ndate: 2024-04-12\npages:\n  1: 第5版 经济\n  300: 第6版 农业\n", encoding="utf-8")
    return project


def test_articles_carry_the_sidecars_paper_date_and_page(sidecar_project):
    out = run(["-m", "generator", "export"], sidecar_project)
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    given = [r for r in records if r["seed"].startswith("000")]
    assert given and all(r["source"] == "人民政协报" and r["date"] == "2024-04-12" for r in given)
    assert all(r["source"] is None for r in records if not r["seed"].startswith("000"))
    built = run(["-m", "generator", "build"], sidecar_project)
    assert built.returncode == 0, built.stderr
    early = next(r for r in given if r["kind"] != "other" and r["lines"][0] < 300)
    late = next(r for r in given if r["kind"] != "other" and r["lines"][0] >= 300)
    for rec, page in ((early, "第5版 经济"), (late, "第6版 农业")):
        page_md = (sidecar_project / "docs" / rec["path"]).read_text(encoding="utf-8")
        _, front = get_data(page_md)
        assert (front["publication"], front["date"], front["page"]) == ("人民政协报", "2024-04-12", page)
        header = page_md.split('<div class="article-meta" markdown>')[1].split("</div>")[0]
        assert "人民政协报 2024年4月12日" in header and page in header
    sources = (sidecar_project / "docs" / "library" / "sources" / "index.md").read_text(encoding="utf-8")
    assert sources.index("人民政协报 2024年4月12日") < sources.index("## 未注明日期")  # dated first
    month = sidecar_project / "docs" / "library" / "dates" / "2024-04.md"
    assert "人民政协报 2024年4月12日" in month.read_text(encoding="utf-8")


def test_a_bad_sidecar_stops_the_build_with_one_line(sidecar_project, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(sidecar_project / "seeds", seeds)
    sidecar = next(seeds.glob("*.yml"))
    sidecar.write_text("publication: 人民政协报\ndate: 4月12日\n", encoding="utf-8")
    out = run(["-m", "generator", "export", "--seeds", str(seeds)], sidecar_project)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().splitlines() == [f"error: {sidecar}:2: 'date' must be a date such as 2024-03-04 or "
                                               "2024年3月4日, not '4月12日'"]
