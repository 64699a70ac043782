"""Assemble units into records: pair each headline group with its body.

Papers print headlines before their text, but PDF extraction often emits a
headline after the text it belongs to (the headline is a separate frame).
Which way a file runs is decided from evidence in the file itself:

* a headline group followed by a body that opens with a dateline
  ("新华社北京…电", "本报讯") heads that body: the headline comes first;
* a "X报道" or "文 / X" byline sits under its headline, above the text;
* a headline group followed by no text (end of file, a photo caption, a
  jump marker, a new frame) closes the text before it: the headline comes last;
* a file that opens with running text rather than a headline runs headline-last.
"""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field

from ..clean import clean_headline, ends_sentence, reflow
from ..model import Line, Paragraph, Record, Unit
from .bylines import AUTHOR_NOTE, parse_byline, split_dateline
from .units import AD, BODY, BYLINE, CREDIT, EDITOR, FIGURE, HEAD, JUMP, NOTE, SECTION, SUB, TOC

log = logging.getLogger(__name__)
SUBHEAD = "subhead"
CLUSTER_KINDS = (HEAD, SUB, SECTION, BYLINE)
END_MATTER = (NOTE, EDITOR, JUMP, CREDIT, TOC, AD)
MIN_ARTICLE_CHARS = 80


@dataclass
class Cluster:
    units: list[Unit]
    anchored: bool = False
    paired: bool = False

    def of(self, kind: str) -> list[Unit]:
        return [u for u in self.units if u.kind == kind]

    @property
    def has_head(self) -> bool:
        return any(u.kind in (HEAD, SUB) for u in self.units)


@dataclass
class Run:
    units: list[Unit] = field(default_factory=list)
    brief: bool = False
    teaser: bool = False
    cluster: Cluster | None = None
    bylines: list[Unit] = field(default_factory=list)
    dateline: tuple[str, list[str]] | None = None

    @property
    def chars(self) -> int:
        return sum(len(u.text) for u in self.units if u.kind in (BODY, SUBHEAD))

    @property
    def has_byline(self) -> bool:
        return bool(self.bylines) or self.dateline is not None


@dataclass
class Other:
    unit: Unit


Item = Cluster | Run | Other


# ---------------------------------------------------------------- headlines
@functools.lru_cache(maxsize=8192)
def _word_crosses(left: str, right: str) -> bool:
    """True when jieba reads a word across the join: 'Z取得明' + '显成效'."""
    from ..enrich.text import tokenizer

    joint = left[-3:] + right[:3]
    cut = len(left[-3:])
    pos = 0
    for word in tokenizer().cut(joint, HMM=False):
        if pos < cut < pos + len(word) and len(word) >= 2:
            return True
        pos += len(word)
    return False


def _is_caption(unit: Unit | None, after: Unit | Cluster | None) -> bool:
    """A short text directly followed by a photographer's credit is a picture caption."""
    return (isinstance(unit, Unit) and unit.kind == BODY and isinstance(after, Unit) and after.kind == CREDIT
            and len(unit.text) <= 300 and after.text.rstrip().endswith("摄"))


def _is_anchored(cluster: Cluster, prev: Unit | None, nxt: Unit | None, after_next: Unit | Cluster | None = None) -> bool:
    heads = cluster.of(HEAD)
    if cluster.of(BYLINE) or cluster.of(SUB) or cluster.of(SECTION):
        return True
    if any(u.lines[0].md_level in (1, 2) for u in heads):
        return True
    if heads and all(u.lines[0].md_level >= 3 for u in heads):
        return False
    if nxt is None or nxt.kind in END_MATTER or (nxt.kind == BODY and nxt.lines[0].frame_start):
        return True
    if _is_caption(nxt, after_next):
        return True
    if nxt.kind == BODY and split_dateline(nxt.lines[0].text):
        return True
    # After end matter, or after another headline group printed apart from it.
    # A picture credit ("视觉中国/图") sits inside an article and ends nothing.
    if prev is not None and prev.kind == CREDIT and not prev.text.rstrip().endswith("摄"):
        return False
    return prev is None or prev.kind in END_MATTER or prev.kind in (HEAD, SUB, SECTION)


def _clusters(units: list[Unit]) -> list[Unit | Cluster]:
    """Group headline, subtitle, section and byline units that stand together.

    Lines of one headline group sit close; two or more blank lines between
    them mean separate page elements (an ad slogan above an editorial)."""
    out: list[Unit | Cluster] = []
    i = 0
    while i < len(units):
        if units[i].kind not in CLUSTER_KINDS:
            out.append(units[i])
            i += 1
            continue
        j = i + 1
        while j < len(units) and units[j].kind in CLUSTER_KINDS and units[j].first - units[j - 1].last <= 2:
            j += 1
        out.append(Cluster(units[i:j]))
        i = j
    return out


def _resolve_heads(units: list[Unit]) -> list[Unit | Cluster]:
    """Decide which headline-like units head an article and which are sub-headings."""
    items = _clusters(units)
    resolved: list[Unit | Cluster] = []
    for k, item in enumerate(items):
        if not isinstance(item, Cluster) or not item.has_head:
            resolved.append(item)
            continue
        prev = items[k - 1] if k else None
        nxt = items[k + 1] if k + 1 < len(items) else None
        prev_u = prev.units[-1] if isinstance(prev, Cluster) else prev
        next_u = nxt.units[0] if isinstance(nxt, Cluster) else nxt
        after_next = items[k + 2] if k + 2 < len(items) else None
        if _is_anchored(item, prev_u, next_u, after_next):
            item.anchored = True
            resolved.append(item)
            continue
        for unit in item.units:
            fragment = (isinstance(next_u, Unit) and next_u.kind == BODY and not ends_sentence(unit.text)
                        and _word_crosses(unit.text, next_u.text))
            unit.kind = BODY if fragment else SUBHEAD
            resolved.append(unit)
    return resolved


# ---------------------------------------------------------------- orientation
def headline_last(items: list[Item]) -> bool:
    """Vote on which way headlines run in this file (see module docstring)."""
    before = after = 0
    first = next((it for it in items if not isinstance(it, Other)), None)
    if isinstance(first, Run) or (isinstance(first, Cluster) and not first.has_head):
        after += 1
    elif isinstance(first, Cluster):
        before += 1
    for k, item in enumerate(items):
        if not isinstance(item, Cluster) or not item.has_head or not item.anchored:
            continue
        nxt = items[k + 1] if k + 1 < len(items) else None
        prev = items[k - 1] if k else None
        if isinstance(nxt, Run) and not nxt.brief:
            if nxt.dateline:
                before += 2
            if any(re.search(r"报道$|^文\s*[/／:：]", u.text) for u in item.of(BYLINE)):
                before += 1
        elif isinstance(prev, Run) and not prev.brief and prev.chars >= 300:
            after += 1
    return after > before


# ---------------------------------------------------------------- runs
def _items(resolved: list[Unit | Cluster]) -> list[Item]:
    items: list[Item] = []
    run: Run | None = None

    def close() -> None:
        nonlocal run
        if run and run.units:
            items.append(run)
        run = None

    floating: list[Item] = []
    for entry in resolved:
        if isinstance(entry, Cluster):
            if run is not None and all(u.kind == SECTION for u in entry.units):
                # A running page header between two columns of one article:
                # kept as other matter, without cutting the article in two.
                floating.extend(Other(u) for u in entry.units)
                continue
            close()
            items.append(entry)
            continue
        unit = entry
        if unit.kind in (BODY, SUBHEAD):
            if run is None or (unit.kind == BODY and unit.lines[0].frame_start):
                close()
                run = Run()
                dated = split_dateline(unit.lines[0].raw) if unit.kind == BODY else None
                if dated:
                    run.dateline = (dated[0].text, dated[0].authors)
            run.units.append(unit)
        elif unit.kind == FIGURE:
            if run is None:
                run = Run()
            run.units.append(unit)
        elif unit.kind == NOTE and run:
            run.units.append(unit)
            close()
        elif unit.kind == CREDIT and run:
            run.units.append(unit)
            if run.chars <= 300 and unit.text.rstrip().endswith("摄"):
                run.brief = True
                close()
        else:
            if run and unit.kind == TOC:
                run.teaser = True  # text that points to another page is a teaser
            close()
            items.append(Other(unit))
    close()
    return items + floating


def _next(items: list[Item], k: int) -> Item | None:
    return items[k + 1] if k + 1 < len(items) else None


def _prev(items: list[Item], k: int) -> Item | None:
    return items[k - 1] if k > 0 else None


def _is_text(item: Item | None) -> bool:
    return isinstance(item, Run) and not item.brief and item.cluster is None


def _pair(items: list[Item], last: bool) -> None:
    """Give each headline group its body and each byline its article."""
    # Bylines standing alone open the text after them, or sign the text before.
    for k, item in enumerate(items):
        if isinstance(item, Cluster) and not item.has_head:
            nxt, prev = _next(items, k), _prev(items, k)
            opens_text = isinstance(nxt, Run) and not nxt.brief and nxt.chars >= 200
            signs_text = _is_text(prev) and not prev.has_byline
            if opens_text and not (signs_text and prev.cluster is not None):
                nxt.bylines.extend(item.of(BYLINE))
                item.paired = True
            elif signs_text:
                prev.bylines.extend(item.of(BYLINE))
                item.paired = True
    for k, item in enumerate(items):
        if not (isinstance(item, Cluster) and item.anchored):
            continue
        nxt, prev = _next(items, k), _prev(items, k)
        target = None
        if last and _is_text(prev):
            target = prev
        elif _is_text(nxt):
            target = nxt
        if target is None:
            continue
        target.cluster = item
        item.paired = True
        bylines = item.of(BYLINE)
        if target is prev and target.has_byline and bylines and isinstance(nxt, Run) and not nxt.has_byline:
            nxt.bylines.extend(bylines)  # the byline under this headline opens the next text
        else:
            target.bylines.extend(bylines)
    _merge_continuations(items)
    _attach_orphans(items)


def _merge_continuations(items: list[Item]) -> None:
    """Text after '(上接1版)' that runs into a reprinted headline belongs to it."""
    for k, item in enumerate(items):
        if not (_is_text(item) and isinstance(_prev(items, k), Other)):
            continue
        if not re.search(r"上接|续", _prev(items, k).unit.text):
            continue
        head, body = _next(items, k), items[k + 2] if k + 2 < len(items) else None
        if isinstance(head, Cluster) and isinstance(body, Run) and body.cluster is head and not head.of(BYLINE):
            body.units[:0] = item.units
            item.units = []


def _attach_orphans(items: list[Item]) -> None:
    """A full headline group with no text of its own was printed away from its
    text (a front-page lead): it heads the first text that has no headline."""
    for item in items:
        if not (isinstance(item, Cluster) and item.anchored and not item.paired):
            continue
        if not (item.of(SUB) or item.of(BYLINE)):
            continue
        first_text = next((r for r in items if isinstance(r, Run) and not r.brief), None)
        target = first_text if _is_text(first_text) and first_text.chars >= 200 else None
        if target is not None:
            target.cluster = item
            target.bylines.extend(item.of(BYLINE))
            item.paired = True


# ---------------------------------------------------------------- records
def _title_parts(cluster: Cluster) -> tuple[str, str | None, str | None]:
    heads = cluster.of(HEAD)
    subs = [u.text for u in cluster.of(SUB)]
    sections = [u.text for u in cluster.of(SECTION)]
    if not heads:
        return (subs[0] if subs else ""), None, (sections[0] if sections else None)
    top = [u for u in heads if u.lines[0].md_level == 1]
    main = top[0] if top else max(heads, key=lambda u: len(u.text))
    for unit in heads:
        if unit is main:
            continue
        if len(unit.text) <= 4 and unit.first < main.first:
            sections.append(unit.text)
        else:
            subs.insert(0, unit.text) if unit.first < main.first else subs.append(unit.text)
    title = clean_headline(" ".join(line.raw for line in main.lines)) if len(main.lines) > 1 else clean_headline(main.lines[0].raw)
    if len(main.lines) > 1:
        title = title.replace(" ", "") if all(len(line.text) < 20 for line in main.lines) else title
    return title, (" ".join(subs) or None), (" ".join(sections) or None)


def _paragraphs(units: list[Unit]) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    pending: list[Line] = []

    def flush() -> None:
        if pending:
            paragraphs.extend(reflow(pending))
            pending.clear()

    for unit in units:
        if unit.kind == BODY:
            if pending:
                pending.append(Line(no=0, text=""))
            pending.extend(unit.lines)
            continue
        flush()
        if unit.kind == SUBHEAD:
            paragraphs.append(Paragraph(text=unit.text, heading=True))
        elif unit.kind == FIGURE:
            paragraphs.extend(Paragraph(text=line.raw, figure=True) for line in unit.lines)
        else:
            paragraphs.append(Paragraph(text=unit.text if unit.kind != NOTE else "".join(l.text for l in unit.lines)))
    flush()
    return paragraphs


def _generated_title(paragraphs: list[Paragraph]) -> str:
    first = next((p.text for p in paragraphs if not p.heading), "")
    clause = re.split(r"[。！？；，,]", first, maxsplit=1)[0]
    return clause if len(clause) <= 24 else clause[:22] + "…"


def _kind(title: str, subtitle: str | None, section: str | None, paragraphs: list[Paragraph], units: list[Unit]) -> str:
    heads = f"{title} {subtitle or ''}"
    qa = sum(1 for p in paragraphs if re.match(r"^(?:记者|《[^》]{2,10}》)[:：]", p.text))
    if re.search(r"——访|^访|专访|对话", heads) or qa >= 2:
        return "interview"
    if any(u.kind == NOTE and AUTHOR_NOTE.match(u.text) for u in units) or (section and re.search(r"评|论|观点|手记", section)):
        return "commentary"
    return "article"


def _duplicated_share(run: Run, repeated: set[str]) -> float:
    total = dup = 0
    for unit in run.units:
        key = re.sub(r"\s", "", unit.text)
        total += len(key)
        if key in repeated:
            dup += len(key)
    return dup / total if total else 0.0


def _repeated_paragraphs(units: list[Unit]) -> set[str]:
    seen: dict[str, int] = {}
    for unit in units:
        if unit.kind == BODY:
            key = re.sub(r"\s", "", unit.text)
            if len(key) >= 30:
                seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n > 1}


def _authors(bylines: list[Unit], dateline: tuple[str, list[str]] | None) -> tuple[str | None, list[str]]:
    texts, names = [], []
    for unit in bylines:
        texts.append(unit.text)
        parsed = parse_byline(unit.lines[0].raw)
        extra = [l.text for l in unit.lines[1:]]
        found = parsed.authors if parsed else []
        if not parsed and re.fullmatch(r"[\u3400-\u9fff]{2,4}", unit.text):
            found = [unit.text]  # a bare name under a headline
        found = found + [t for t in extra if re.fullmatch(r"[\u3400-\u9fff]{2,4}", t)]
        if parsed is None:
            m = re.match(r"^\S+\s+(?P<name>[\u3400-\u9fff]{2,4})$", unit.text)  # "总编辑 曾纯"
            found = found or ([m.group("name")] if m else [])
        names.extend(n for n in found if n not in names)
    if dateline and not texts:
        texts.append(dateline[0])
        names.extend(n for n in dateline[1] if n not in names)
    return (" ".join(texts) or None), names


def _record(seed: str, kind: str, units: list[Unit], **fields) -> Record:
    numbers = [line.no for unit in units for line in unit.lines if line.no]
    return Record(seed=seed, kind=kind, lines=(min(numbers), max(numbers)), paragraphs=fields.pop("paragraphs", None) or _paragraphs(units), **fields)


def _as_printed(units: list[Unit]) -> list[Paragraph]:
    """Other matter is kept line by line, with its printed spacing."""
    return [Paragraph(text=line.raw) for unit in units for line in unit.lines]


def _describe_other(unit: Unit) -> str:
    return {TOC: "目录或导读", AD: "广告或报头", EDITOR: "编辑署名", JUMP: "转版标记", CREDIT: "图片署名",
            NOTE: "附注", SECTION: "栏目标记", BYLINE: "署名", HEAD: "无正文的标题", SUB: "无正文的标题"}.get(unit.kind, "其他")


def assemble(seed: str, units: list[Unit]) -> list[Record]:
    """Units of one file -> records in printed order."""
    repeated = _repeated_paragraphs(units)
    items = _items(_resolve_heads(units))
    last = headline_last(items)
    log.debug("%s: headlines %s their text", seed, "after" if last else "before")
    _pair(items, last)
    records: list[Record] = []
    for item in items:
        if isinstance(item, Other):
            records.append(_record(seed, "other", [item.unit], what=_describe_other(item.unit),
                                   paragraphs=_as_printed([item.unit])))
        elif isinstance(item, Cluster):
            if not item.paired:
                records.append(_record(seed, "other", item.units, what="无正文的标题", paragraphs=_as_printed(item.units)))
        elif item.units:
            records.append(_run_record(seed, item, repeated))
    _mark_pull_quotes(records)
    return sorted(records, key=lambda r: r.lines)


def _mark_pull_quotes(records: list[Record]) -> None:
    """A short untitled text printed again inside a longer article is a pull
    quote (or a teaser), not an article of its own."""
    squeezed = {id(r): re.sub(r"\s", "", r.text) for r in records if r.kind in ("article", "interview", "commentary")}
    for record in records:
        own = squeezed.get(id(record))
        if own is None or not record.title_generated or len(own) > 300:
            continue
        if any(own in other for key, other in squeezed.items() if key != id(record) and len(other) > len(own)):
            record.kind, record.what = "other", "引文或重复"


def _run_record(seed: str, run: Run, repeated: set[str]) -> Record:
    paragraphs = _paragraphs(run.units)
    cluster_units = run.cluster.units if run.cluster else []
    all_units = run.units + cluster_units + [u for u in run.bylines if u not in cluster_units]
    byline, authors = _authors(run.bylines, run.dateline)
    if run.brief:
        credit = run.units[-1]
        parsed = parse_byline(credit.lines[0].raw)
        return _record(seed, "brief", all_units, paragraphs=paragraphs[:-1] or paragraphs, title=_generated_title(paragraphs),
                       title_generated=True, byline=credit.text, authors=parsed.authors if parsed else [])
    running = [p.text for p in paragraphs if not (p.heading or p.figure)]
    text_chars = sum(len(t) for t in running)
    sentences = sum(len(re.findall(r"[。！？!?]", t)) for t in running)
    # Too little running text for an article: a table, a slogan, an ad's blurb.
    too_short = text_chars < MIN_ARTICLE_CHARS or (text_chars < 200 and sentences < 3)
    digest = run.cluster is None or not run.has_byline
    if too_short or (digest and (run.teaser or _duplicated_share(run, repeated) >= 0.5)):
        what = "表格或短文本" if too_short else "导读或目录"
        paras = [Paragraph(text=u.text) for u in cluster_units] + paragraphs
        return _record(seed, "other", all_units, what=what, paragraphs=paras, byline=byline)
    if run.cluster:
        title, subtitle, section = _title_parts(run.cluster)
        generated = not title
    else:
        title, subtitle, section, generated = "", None, None, True
    if generated:
        title = _generated_title(paragraphs)
    kind = _kind(title, subtitle, section, paragraphs, run.units)
    return _record(seed, kind, all_units, paragraphs=paragraphs, title=title, title_generated=generated,
                   subtitle=subtitle, byline=byline, section=section, authors=authors)
