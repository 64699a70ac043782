"""Summaries: the opening sentences of an article, as a reader would skim them."""
from __future__ import annotations

import re

from ..model import Paragraph
from ..split.bylines import split_dateline

SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]+[”’」』]?")


def summarize(paragraphs: list[Paragraph], max_sentences: int, max_chars: int) -> str:
    sentences: list[str] = []
    for para in paragraphs:
        if para.heading or para.figure:
            continue
        text = para.text
        dated = split_dateline(text)
        if dated:
            text = dated[1]
        for sentence in SENTENCE.findall(text) or [text]:
            sentence = sentence.strip()
            if len(sentence) < 8:
                continue
            if sentences and len("".join(sentences)) + len(sentence) > max_chars:
                return "".join(sentences)
            sentences.append(sentence)
            if len(sentences) >= max_sentences:
                return "".join(sentences)
    summary = "".join(sentences) or next((p.text for p in paragraphs if not (p.heading or p.figure)), "")
    return summary if len(summary) <= max_chars else summary[: max_chars - 1] + "…"
