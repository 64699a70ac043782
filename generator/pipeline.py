"""The pipeline, stage by stage: read -> clean/split -> enrich -> render -> write."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .enrich import enrich
from .errors import InputError
from .model import Article, Record
from .read import list_sources, read_source
from .render import render_site
from .site.writer import build_lock, write_output
from .split import split_document


@dataclass
class Outcome:
    articles: list[Article] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line per file that could not be used


def progress(items: list, label: str):
    """Yield items, drawing a progress bar on stderr only when it is a terminal."""
    show = sys.stderr.isatty() and len(items) > 1
    for n, item in enumerate(items, 1):
        if show:
            done = int(30 * n / len(items))
            sys.stderr.write(f"\r{label} [{'#' * done}{'.' * (30 - done)}] {n}/{len(items)}")
            sys.stderr.flush()
        yield item
    if show:
        sys.stderr.write("\n")


def split_folder(seeds: Path) -> tuple[dict[str, list[Record]], list[str]]:
    records: dict[str, list[Record]] = {}
    skipped: list[str] = []
    for path in progress(list_sources(seeds), "reading"):
        try:
            records[path.name] = split_document(read_source(path))
        except InputError as exc:
            skipped.append(str(exc))
    return records, skipped


def analyse(config: Config) -> Outcome:
    records, skipped = split_folder(config.seeds)
    return Outcome(articles=enrich(records, config), skipped=skipped)


def build(config: Config) -> Outcome:
    outcome = analyse(config)
    files = render_site(outcome.articles, config.templates, config.output, config.vocabulary.userdict)
    with build_lock(config.docs):
        write_output(files, config.docs, config.output)
    return outcome
