"""Plain data passed between pipeline stages.

Each stage takes and returns these dataclasses only, so that any stage can be
tested alone on hand-made inputs.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceDoc:
    """A decoded input file: read stage output."""

    name: str
    text: str
    encoding: str

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


@dataclass(frozen=True)
class Line:
    """One printed line after cleaning, with where it came from."""

    no: int  # 1-based line number in the source file
    text: str  # cleaned text; "" for a blank line
    raw: str = ""  # the printed line with its spacing (runs collapsed), for bylines and headlines
    frame_start: bool = False  # printed indented: a new text frame begins here
    md_level: int = 0  # 1..6 when the extraction marked it as a Markdown heading
    indent: float = 0.0  # leading white space in full-width units (U+3000 = 1, ASCII space = 0.5)
    gap: int = -1  # where in `raw` one wide gap (three spaces or more) parted the printed line; -1: none
    cells: tuple[float, ...] = ()  # where, in full-width units from the line's start, text resumes after a run of spaces inside it


@dataclass
class Unit:
    """A run of lines that plays one role on the page (headline, byline, body…)."""

    kind: str
    lines: list[Line]
    text: str = ""
    authors: list[str] = field(default_factory=list)

    @property
    def first(self) -> int:
        return self.lines[0].no

    @property
    def last(self) -> int:
        return self.lines[-1].no


@dataclass
class Paragraph:
    text: str
    heading: bool = False  # an in-article sub-heading
    figure: bool = False  # a line of a table or chart (cells separated by tabs)
    verse: bool = False  # a stanza of a poem: its lines (parted by "\n") kept as printed


@dataclass
class Record:
    """One catalog record: an article, a brief, or other printed matter."""

    seed: str
    kind: str
    lines: tuple[int, int]
    paragraphs: list[Paragraph]
    title: str = ""
    title_generated: bool = False
    subtitle: str | None = None
    byline: str | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    kicker: str | None = None  # the 引题 printed above the headline
    page: str | None = None  # the printed page or section ("A3", "第3版 要闻") from the page's header or footer
    what: str | None = None  # for `other`: what kind of matter it is
    id: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def is_page(self) -> bool:
        return self.kind != "other"


@dataclass
class Enrichment:
    tags: list[str] = field(default_factory=list)
    topics: list[tuple[str, float]] = field(default_factory=list)
    people: list[str] = field(default_factory=list)  # people in the news
    staff: list[str] = field(default_factory=list)  # the paper's own people named in the text beyond the byline
    orgs: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    related: list[tuple[str, list[str]]] = field(default_factory=list)  # (id, shared tags and organizations)
    summary: str = ""


@dataclass
class Article:
    """A record together with what the enrich stage learnt about it."""

    record: Record
    info: Enrichment
    path: str | None = None  # page path under docs/
    source: "SourceInfo | None" = None


@dataclass(frozen=True)
class SourceInfo:
    """What a seed file says about its own publication (or its sidecar
    seeds/<name>.yml says for it)."""

    seed: str
    publication: str | None = None
    issue: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd when printed
    pages: tuple[tuple[int, str], ...] = ()  # from the sidecar: (first line, printed page) in line order
