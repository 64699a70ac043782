"""Summaries: the sentences that state the news, as a reader would skim them.

A sentence ends at 。！？ outside quotation marks, so a summary never stops
inside an open quotation. The summary opens with the first sentence that
states something: not a question (痛点难点在哪里？) and not a quotation standing
alone (a scene or a voice the reporter opens with), unless nothing else is
there. It keeps to its length: a sentence that does not fit is cut at a
clause boundary outside quotation marks, and marked with an ellipsis.
"""
from __future__ import annotations

from ..model import Paragraph
from ..split.bylines import split_dateline

ENDS = "。！？!?"
OPEN = "“‘「『《（("
CLOSE = "”’」』》）)"
CLAUSE = "，；,;：:"
MIN_SENTENCE = 8


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph; a terminator inside quotation marks does not end one."""
    out: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
            if depth == 0 and i > start and text[i - 1] in ENDS:
                out.append(text[start:i + 1].strip())  # “……。” closes a sentence too
                start = i + 1
        elif ch in ENDS and depth == 0:
            end = i + 1
            while end < len(text) and text[end] in ENDS:
                end += 1
            out.append(text[start:end].strip())
            start = end
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return [s for s in out if s]


def balanced(sentence: str) -> bool:
    return sentence.count("“") == sentence.count("”") and sentence.count("《") == sentence.count("》")


def _states_news(sentence: str) -> bool:
    if sentence.endswith(("？", "?")):
        return False  # a question opens a feature, it does not state the news
    return not (sentence[0] in "“「" and sentence.rstrip(ENDS)[-1:] in "”」")  # a quotation on its own


def clip(sentence: str, room: int) -> str:
    """The longest opening of the sentence that fits `room` characters with an
    ellipsis, ending at a clause boundary outside quotation marks."""
    if len(sentence) <= room and balanced(sentence):
        return sentence
    depth, best = 0, 0
    for i, ch in enumerate(sentence[: room - 1]):
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif ch in CLAUSE and depth == 0:
            best = i
    if best == 0:  # no clause boundary: cut before any quotation still open
        depth, cut = 0, room - 1
        for i, ch in enumerate(sentence[: room - 1]):
            if ch in OPEN:
                if depth == 0:
                    cut = i
                depth += 1
            elif ch in CLOSE:
                depth = max(0, depth - 1)
        best = cut if depth else room - 1
    return sentence[:best].rstrip(CLAUSE) + "…"


def summarize(paragraphs: list[Paragraph], max_sentences: int, max_chars: int) -> str:
    found: list[str] = []
    for para in paragraphs:
        if para.heading or para.figure:
            continue
        text = para.text
        dated = split_dateline(text)
        if dated:
            text = dated[1]
        found += [s for s in sentences(text) if len(s) >= MIN_SENTENCE]
        if len(found) > max_sentences + 6:
            break
    if not found:
        text = next((p.text for p in paragraphs if not (p.heading or p.figure)), "")
        return clip(text, max_chars) if text else ""
    lead = next((k for k, s in enumerate(found) if _states_news(s) and balanced(s)), 0)
    chosen: list[str] = []
    for sentence in found[lead:]:
        room = max_chars - sum(len(s) for s in chosen)
        if len(sentence) > room or not balanced(sentence):
            if not chosen:  # too long, or its text lost a closing mark: cut where it is still whole
                chosen.append(clip(sentence, min(room, len(sentence))))
            break
        chosen.append(sentence)
        if len(chosen) >= max_sentences:
            break
    return "".join(chosen)
