"""Property-based fuzzing: random and mutated text through cleaning and splitting."""
import collections
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model import SourceDoc
from generator.split import split_document

SEED = (Path(__file__).resolve().parent.parent / "seeds" / "000_1c3e3f204002602b.txt").read_text(encoding="utf-8")
PIECES = ["本报记者 ", "新华社北京2月29日电(记者 王某)", "（作者系研究员）", "——访", "■ ", "文 / ", " 摄", "(上接1版)",
          "责任编辑：", "\n", "\n\n", " ", "。", "，", "“", "”", "# ", "### ", "\t", "P12", "www.x.cn", "—"]
CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",))
TEXT = st.lists(st.one_of(st.text(CHARS, max_size=30), st.sampled_from(PIECES),
                          st.text(alphabet="中小企业发展新质生产力银行数字经济人工智能", max_size=40)), max_size=60).map("".join)


def printed(text: str) -> collections.Counter:
    return collections.Counter(ch for ch in text if not ch.isspace() and ch not in "\u200b\ufeff")


def visible(text: str) -> collections.Counter:
    """Printed characters of an input: heading markers of the extraction are
    markup, and so are the ornaments and the subtitle's dash that open a line
    ("■ 绿色金融加速扩容", "▶▶▶对标新质生产力，", "——访…"): a headline's title
    reads without them, as the scorer compares titles (text keeps them where
    it prints them)."""
    text = re.sub(r"(?m)^[ \t\u3000]*#{1,6}[ \t\u3000]", "", text)
    return printed(re.sub(r"(?m)^[ \t\u3000]*(?:[■□▶►●◆◎▲]+|[—―]{1,2})", "", text))


def kept(records) -> collections.Counter:
    out = collections.Counter()
    for r in records:
        for field in (r.title, r.kicker, r.subtitle, r.byline, r.section, r.text):
            if field:
                out.update(printed(field))
    return out


def lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")  # as the read stage leaves it


def split(text: str):
    return split_document(SourceDoc(name="fuzz.txt", text=lf(text), encoding="utf-8"))


FUZZ = settings(max_examples=int(__import__("os").environ.get("FUZZ_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(TEXT)
def test_random_text_never_crashes_and_loses_nothing(text):
    records = split(text)
    missing = visible(lf(text)) - kept(records)
    assert not missing, missing


@FUZZ
@given(st.integers(0, len(SEED)), st.integers(0, 400), TEXT)
def test_mutated_seed_text_loses_nothing(start, length, insert):
    text = lf(SEED[:start] + insert + SEED[start + length:])
    records = split(text)
    assert not (visible(text) - kept(records))
