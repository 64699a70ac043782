import codecs

import pytest

from generator.errors import InputError
from generator.read import read_source

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
