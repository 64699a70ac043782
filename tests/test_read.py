import codecs
import os

import pytest

from generator.errors import InputError
from generator.read import read_source

from conftest import ROOT

SEEDS_OF_PROJECT = [p.name for p in sorted((ROOT / "seeds").iterdir())[3:5]]  # the `project` fixture's

TEXT = "中小企业加快数字化转型。\n第二行"


@pytest.mark.parametrize("data,encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("gbk"), "gb18030"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
])
def test_encodings_are_detected(tmp_path, data, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    doc = read_source(path)
    assert doc.text == TEXT and doc.encoding == encoding


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_are_normalised(tmp_path, newline):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.replace("\n", newline).encode("utf-8"))
    assert read_source(path).lines == ["中小企业加快数字化转型。", "第二行"]


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"), (b"   \n", "empty"), (b"\x00\x01\x02binary", "binary"), (b"only latin text", "no Chinese"),
])
def test_unusable_files_give_one_clear_line(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_source(path)
    message = str(err.value)
    assert message.startswith("bad.txt:") and reason in message and "\n" not in message


def test_a_single_huge_line(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("新质生产力" * 400_000, encoding="utf-8")
    assert len(read_source(path).text) == 2_000_000


TRADITIONAL = "行政院今日召開會議，討論經濟發展與產業轉型政策。經濟部長表示，臺灣半導體產業持續成長，出口金額創下歷史新高。\n"


@pytest.mark.parametrize("data,encoding", [
    (TEXT.encode("utf-16-le"), "utf-16-le"),
    (TEXT.encode("utf-16-be"), "utf-16-be"),
    ("一二三中国经济".encode("utf-16-le"), "utf-16-le"),  # no ASCII at all, and 一 has a zero byte
    (TEXT.encode("utf-32-le"), "utf-32-le"),
    (TEXT.encode("utf-32-be"), "utf-32-be"),
    (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32"),
    (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32"),
])
def test_wide_encodings_without_or_with_a_mark_are_detected(tmp_path, data, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    doc = read_source(path)
    assert doc.text.rstrip("\n") == data.decode(encoding).lstrip("\ufeff").rstrip("\n") and doc.encoding == encoding
    assert "\0" not in doc.text


@pytest.mark.parametrize("length", [6, 12, 30, len(TRADITIONAL)])
def test_big5_is_read_as_big5_not_as_gbk_mojibake(tmp_path, length):
    path = tmp_path / "a.txt"
    path.write_bytes(TRADITIONAL[:length].encode("big5"))
    doc = read_source(path)
    assert doc.text == TRADITIONAL[:length].replace("\r\n", "\n") and doc.encoding in ("big5hkscs", "cp950")


def test_simplified_and_traditional_chinese_in_gbk_stay_gbk(tmp_path):
    for text in (TEXT, TRADITIONAL, "朱镕基在会上讲话。"):  # 镕 is one of GBK's additions
        path = tmp_path / "a.txt"
        path.write_bytes(text.encode("gbk"))
        assert read_source(path).text == text and read_source(path).encoding == "gb18030"


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 40,  # every byte: binary
    b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 8 + b"\x00" * 64,
    "中国".encode("utf-16-le")[:3] + b"\x00" * 9,  # odd length: not UTF-16 either
])
def test_binary_is_refused_not_read_as_utf16(tmp_path, data):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=r"^bad\.txt: binary file"):
        read_source(path)


def test_folder_scan_reports_what_it_leaves_out(tmp_path):
    from generator.read import scan_sources

    seeds, outside = tmp_path / "seeds", tmp_path / "data"
    seeds.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("不应发布的内容。", encoding="utf-8")
    (seeds / "a.txt").write_text(TEXT, encoding="utf-8")
    (seeds / "..evil").write_text(TEXT, encoding="utf-8")
    (seeds / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (seeds / "sub").mkdir()
    (seeds / "leak.txt").symlink_to(outside / "secret.txt")
    (seeds / "alias.txt").symlink_to(seeds / "a.txt")  # inside the folder: read
    (seeds / "dangling.txt").symlink_to(tmp_path / "nowhere")
    os.mkfifo(seeds / "pipe.txt")
    (seeds / os.fsdecode(b"gbk-\xd6\xd0.txt")).write_text(TEXT, encoding="utf-8")
    files, left_out = scan_sources(seeds)
    assert [p.name for p in files] == ["a.txt", "alias.txt"]
    why = {line.split(": ", 1)[0]: line.split(": ", 1)[1] for line in left_out}
    assert why["..evil"].startswith("hidden file") and why[".hidden.txt"].startswith("hidden file")
    assert why["sub"].startswith("a folder") and why["pipe.txt"].startswith("not a regular file")
    assert why["dangling.txt"].startswith("broken link")
    assert why["leak.txt"].startswith("link to ") and "not followed" in why["leak.txt"] and "follow_links" in why["leak.txt"]
    assert why["gbk-\\xd6\\xd0.txt"].startswith("file name is not valid UTF-8")
    assert all("\n" not in line for line in left_out)
    files, _ = scan_sources(seeds, follow_links=True)
    assert [p.name for p in files] == ["a.txt", "alias.txt", "leak.txt"]


def test_a_pipe_put_in_place_of_a_file_does_not_hang_the_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(InputError, match="not a regular file"):
        read_source(tmp_path / "pipe.txt")


def test_an_unreadable_seed_is_skipped_with_one_line(project, monkeypatch):
    """Root reads any file, so the refusal of the system is played here."""
    from generator import read
    from generator.config import load_config
    from generator.pipeline import analyse_folder

    real_open = os.open

    def deny(path, *args, **kwargs):
        if str(path).endswith(SEEDS_OF_PROJECT[0]):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(read.os, "open", deny)
    outcome = analyse_folder(load_config(project / "generator.yml"), use_cache=False)
    assert outcome.skipped == [f"{SEEDS_OF_PROJECT[0]}: cannot read (Permission denied), skipped"]
    assert {a.record.seed for a in outcome.articles} == {SEEDS_OF_PROJECT[1]}
